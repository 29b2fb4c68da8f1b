// Seminar: many raters' answers merged and shown (target: 200 participants in
// ≤ 200 ms). A seminar with n participants' responses over all 66 items is
// stored the way the app stores it (`hfg:seminar:<id>`, kind "seminar"); the
// time is from setting the hash to the merged view (#/seminar/<id>/samlet) to
// its statistics being in the document and painted (double rAF).
// When the app has no seminar yet (#/seminar shows the "under development"
// page) or no merged view where SEMINAR says, the outcome is
// { status: 'skipped', reason: 'feature not built: …' }.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { newContext, summary, settle, log } from './common.mjs';
import { ITEMS, SEED_SCRIPT } from './data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const PARTICIPANTS = [10, 50, 200];
const REPEATS = 5;
const ROLES = ['Ledelse', 'Myndighed', 'Bostøtte', 'Boligorganisation'];

/** Where the app keeps seminars and shows the merged view; the only app-specific part. */
export const SEMINAR = {
  list: '#/seminar',
  home: (id) => `#/seminar/${id}`,
  merged: (id) => `#/seminar/${id}/samlet`,
  key: (id) => `hfg:seminar:${id}`,
  /** The merged view is shown when `summary` is there and one `item` per seminar item. */
  summary: '.merged-summary',
  item: '.merged-item',
};

/** A stored seminar (envelope) with n participants' responses over every item. */
export function seminarEnvelope(id, n) {
  const created = 1767225600000;
  let s = 12345;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
  // Raters roughly agree: per item a common rating, each rater one step either
  // way now and then; a few leave an item unanswered or say Ved ikke.
  const base = ITEMS.map(() => 1 + Math.floor(next() * 4));
  const responses = [];
  for (let p = 1; p <= n; p++) {
    responses.push({
      seminar: id,
      participant: `p-${String(p).padStart(4, '0')}`,
      name: `Deltager ${p}`,
      role: ROLES[p % ROLES.length],
      ratings: base.map((b) => {
        const x = next();
        if (x < 0.04) return null;
        if (x < 0.08) return 'ved-ikke';
        const y = next();
        return String(Math.min(4, Math.max(1, b + (y < 0.2 ? -1 : y > 0.8 ? 1 : 0))));
      }),
      at: created + p * 1000,
    });
  }
  return {
    schema: 1,
    kind: 'seminar',
    data: { def: { id, title: `Benchmarkseminar (${n} deltagere)`, items: ITEMS, roles: ROLES, created }, responses, consensus: {} },
  };
}

const entries = (id, n) => ({ [SEMINAR.key(id)]: JSON.stringify(seminarEnvelope(id, n)) });

/** The "under development" heading the app shows for areas not built yet. */
function comingSoonHeading() {
  const ui = parse(readFileSync(join(ROOT, 'src/content/da/ui.toml'), 'utf8'));
  return ui.soon?.heading ?? null;
}

/** One timing: from the seminar's page, hash → merged view painted. Null if it never shows. */
async function timeOnce(browser, base, id, n) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(SEED_SCRIPT, entries(id, n));
  await page.goto(base + SEMINAR.home(id));
  await page.waitForSelector('main h1');
  await settle(page);
  const r = await page.evaluate(
    ([hash, summary, item, items]) =>
      new Promise((resolve) => {
        const isReady = () => document.querySelector(summary) && document.querySelectorAll(item).length >= items;
        const t0 = performance.now();
        const timer = setTimeout(() => {
          mo.disconnect();
          resolve(null);
        }, 10000);
        const mo = new MutationObserver(() => {
          if (!isReady()) return;
          mo.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              clearTimeout(timer);
              resolve({ dom, paint: performance.now() - t0 });
            }),
          );
        });
        mo.observe(document.body, { childList: true, subtree: true });
        location.hash = hash;
      }),
    [SEMINAR.merged(id), SEMINAR.summary, SEMINAR.item, ITEMS.length],
  );
  const shown = r ? await page.locator(SEMINAR.summary).textContent() : null;
  await ctx.close();
  return { ...(r || {}), shown, errors };
}

/**
 * { status: 'skipped', reason } when the seminar or its merged view is not
 * built, else { status: 'measured', items, cases: [{ participants, paint, dom }] }.
 */
export async function seminar(browser, base) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(base + SEMINAR.list);
  await page.waitForSelector('main h1');
  const heading = comingSoonHeading();
  const soon = heading && (await page.locator('main').innerText()).includes(heading);
  await ctx.close();
  if (soon) {
    log(`  seminar: skipped, feature not built (${SEMINAR.list} shows „${heading}“)`);
    return { status: 'skipped', reason: `feature not built: ${SEMINAR.list} shows „${heading}“` };
  }
  const probe = await timeOnce(browser, base, 'bench-probe', 2);
  if (probe.paint == null) {
    const reason = `feature not built: no merged view at ${SEMINAR.merged('<id>')} for a stored seminar${probe.errors.length ? ` (${probe.errors[0]})` : ''}`;
    log(`  seminar: skipped, ${reason}`);
    return { status: 'skipped', reason };
  }
  const cases = [];
  for (const n of PARTICIPANTS) {
    const runs = [];
    for (let i = 0; i < REPEATS; i++) runs.push(await timeOnce(browser, base, `bench-${n}`, n));
    const ok = runs.filter((r) => r.paint != null);
    const c = {
      participants: n,
      paint: summary(ok.map((r) => r.paint)),
      dom: summary(ok.map((r) => r.dom)),
      shown: ok[0]?.shown ?? null,
      errors: [...new Set(runs.flatMap((r) => r.errors))],
    };
    log(`  seminar with ${n} participants × ${ITEMS.length} items: merged view painted p50 ${c.paint.p50} ms (“${c.shown}”)`);
    cases.push(c);
  }
  return { status: 'measured', items: ITEMS.length, cases };
}
