// Interaction latency inside the page, for the app and the peer alike.
// - click → paint: real mouse input from Playwright; a one-shot capturing
//   listener takes performance.now() when the click arrives; the measurement
//   ends after the next paint (a message posted from the next rAF). run.mjs runs
//   it in a Chromium without the 60 Hz frame limit (the budget: the app's and
//   the browser's work, not the wait for the screen's next refresh), and a
//   shorter sample (two groups, `{ groups, full: false }`) at 60 Hz.
// - cost: the same rating changes as in-page clicks, main-thread time of the
//   click's task plus the next frame's rendering (see PAINT_PROBE.cost).
// - key press → paint (notes) and next group/page → painted, as click → paint.
// - opening results, back to the overview, opening the action plan
//   (lib/navigation.mjs), after the full pass.
// The app is measured with 200 other (fully answered) assessments stored.
import { newContext, summary, settle, measured, PAINT_PROBE, log } from './common.mjs';
import { assessment, storedAssessments, GROUPS, ITEMS, CODES, KEY_PREFIX, SEED_SCRIPT } from './data.mjs';
import { oursNavigation, peerNavigation } from './navigation.mjs';

const CLICKS_PER_ITEM = 4; // 66 items × 4 = 264 clicks
const BASELINE_CLICKS = 30;
const TYPED = 'Aftale med boligselskabet'; // 25 key presses per note
const NOTE_ITEMS = 3;
const RESULT_REPEATS = 10;
export const OTHER_ASSESSMENTS = 200;

/** The codes clicked on the k-th item: the scale rotated by k, the first CLICKS_PER_ITEM. */
export const codesFor = (k) => [...CODES.slice(k % CODES.length), ...CODES.slice(0, k % CODES.length)].slice(0, CLICKS_PER_ITEM);


function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Types TYPED into `target`, timing each key press (keydown → paint). */
async function typeTimed(page, target, into) {
  await page.locator(target).click();
  for (const ch of TYPED) {
    const r = await measured(page, 'keydown', () => page.keyboard.press(ch === ' ' ? 'Space' : ch));
    if (r) into.push(r.paint);
  }
}

/** A plain paragraph clicked: the method's floor (nothing changes but what any click does). */
async function baseline(page, selector) {
  const out = [];
  for (let i = 0; i < BASELINE_CLICKS; i++) {
    const r = await measured(page, 'click', () => page.locator(selector).first().click());
    if (r) out.push(r.paint);
  }
  return out;
}

/**
 * Real clicks through every group: four ratings per item on the rating labels,
 * "next" between groups. `app` = { next, first(group), label(item, code) } (selectors).
 */
async function realClicks(page, app, groups = GROUPS) {
  const r = { click: [], clickFromEvent: [], pageChange: [], missed: 0, expected: {} };
  let k = 0;
  for (const [gi, g] of groups.entries()) {
    const first = app.first(g);
    if (gi > 0) {
      const m = await measured(page, 'click', () => page.locator(app.next).click(), first);
      if (m) r.pageChange.push(m.paint);
      await page.waitForSelector(first);
    }
    for (const item of g.items) {
      for (const code of codesFor(k)) {
        const m = await measured(page, 'click', () => page.locator(app.label(item.id, code)).click());
        if (m) {
          r.click.push(m.paint);
          r.clickFromEvent.push(m.fromEvent);
        } else r.missed++;
        r.expected[item.id] = code;
      }
      k++;
    }
  }
  return r;
}

/**
 * The cost pass: as many rating changes again (each different from the one
 * before), clicked in the page group by group; `toGroup(gi)` opens group gi.
 */
async function costPass(page, app, toGroup) {
  const r = { cost: [], work: [], render: [], missed: 0 };
  let k = 0;
  for (const [gi, g] of GROUPS.entries()) {
    await toGroup(gi);
    await page.waitForSelector(app.first(g));
    const selectors = g.items.flatMap((item, i) => codesFor(k + i + 4).map((code) => app.label(item.id, code)));
    k += g.items.length;
    for (const c of await page.evaluate((sel) => window.__bench.cost(sel), selectors)) {
      if (!c) {
        r.missed++;
        continue;
      }
      r.cost.push(c.cost);
      r.work.push(c.work);
      r.render.push(c.render);
    }
  }
  return r;
}

function summarise(parts) {
  const out = {};
  for (const [k, v] of Object.entries(parts)) out[k] = Array.isArray(v) && typeof v[0] === 'number' ? summary(v) : v;
  return out;
}

/**
 * Both apps the same way: floor, real clicks, check the stored ratings, notes
 * typed and checked, cost pass. `app` adds { floor (selector), note(item),
 * stored() → { ratings: {item: code}, notes: {item: text} }, toGroup(gi) }.
 */
async function drive(page, app, name, { groups = GROUPS, full = true } = {}) {
  const errors = watchErrors(page);
  await page.waitForSelector(app.first(GROUPS[0]));
  await settle(page);
  const floor = await baseline(page, app.floor);
  const real = await realClicks(page, app, groups);
  let stored = await app.stored();
  const clicked = Object.keys(real.expected);
  const ratingsOk = clicked.filter((i) => stored.ratings[i] === real.expected[i]).length;
  if (!full) {
    log(`  ${name}: ${real.click.length} clicks (${real.missed} missed), ratings stored ${ratingsOk}/${clicked.length}`);
    return summarise({
      click: real.click,
      clickFromEvent: real.clickFromEvent,
      baseline: floor,
      missed: real.missed,
      verified: `${ratingsOk}/${clicked.length} items stored with the last clicked rating`,
      errors,
    });
  }
  const noteItems = GROUPS.at(-1).items.slice(0, NOTE_ITEMS).map((i) => i.id);
  const typing = [];
  for (const it of noteItems) await typeTimed(page, app.note(it), typing);
  stored = await app.stored();
  const notesOk = noteItems.filter((it) => stored.notes[it] === TYPED).length;
  const cost = await costPass(page, app, app.toGroup);
  log(
    `  ${name}: ${real.click.length} clicks (${real.missed} missed), ratings stored ${ratingsOk}/${ITEMS.length}, ` +
      `${typing.length} key presses, notes stored ${notesOk}/${NOTE_ITEMS}, ${cost.cost.length} in-page clicks (${cost.missed} missed)`,
  );
  return summarise({
    click: real.click,
    clickFromEvent: real.clickFromEvent,
    cost: cost.cost,
    costWork: cost.work,
    costRender: cost.render,
    baseline: floor,
    pageChange: real.pageChange,
    typing,
    missed: real.missed + cost.missed,
    verified: `${ratingsOk}/${ITEMS.length} items stored with the last clicked rating; ${notesOk}/${NOTE_ITEMS} notes stored as typed`,
    errors,
  });
}

/** The app: an unanswered assessment with all 66 items (four sections), eight groups, and 200 other assessments stored. */
export async function oursInteraction(browser, base, opts) {
  const id = 'bench-clicks';
  const key = KEY_PREFIX + id;
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.addInitScript(PAINT_PROBE);
  await page.addInitScript(SEED_SCRIPT, { ...storedAssessments(OTHER_ASSESSMENTS), [key]: JSON.stringify(assessment(id)) });
  await page.goto(`${base}#/selvevaluering/${id}/svar/${GROUPS[0].id}`);
  const result = await drive(
    page,
    {
      floor: 'main p',
      next: 'a.pager__next',
      first: (g) => `label[for="r-${g.items[0].id}-1"]`,
      label: (item, code) => `label[for="r-${item}-${code}"]`,
      note: (item) => `#note-${item}`,
      toGroup: (gi) => page.evaluate((h) => (location.hash = h), `#/selvevaluering/${id}/svar/${GROUPS[gi].id}`),
      stored: async () => {
        const answers = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.answers, key);
        const pick = (f) => Object.fromEntries(Object.entries(answers).map(([i, a]) => [i, a[f]]));
        return { ratings: pick('rating'), notes: pick('note') };
      },
    },
    'ours',
    opts,
  );
  result.otherAssessments = OTHER_ASSESSMENTS;
  if (opts?.full !== false) {
    result.navigation = await oursNavigation(page, id);
    log(`  ours: results / overview / plan ${['results', 'overview', 'plan'].map((k) => result.navigation[k].p50).join(' / ')} ms p50${result.navigation.error ? ` (${result.navigation.error})` : ''}`);
  }
  await ctx.close();
  return result;
}

/** The peer: the same items on SurveyJS's eight pages ("Videre" between them). */
export async function peerInteraction(browser, base, opts) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.addInitScript(PAINT_PROBE);
  await page.goto(base);
  const q = (item) => `.sd-question[data-name="${item}"]`;
  const app = {
    floor: '.sd-page__description',
    next: '.sd-navigation__next-btn',
    first: (g) => q(g.items[0].id),
    label: (item, code) => `${q(item)} label:has(> input[value="${code}"])`,
    note: (item) => `${q(item)} textarea`,
    stored: async () => {
      const data = await page.evaluate(() => JSON.parse(localStorage.getItem('peer:selvevaluering') || '{}'));
      return {
        ratings: Object.fromEntries(ITEMS.map((i) => [i, data[i]])),
        notes: Object.fromEntries(ITEMS.map((i) => [i, data[`${i}-Comment`]])),
      };
    },
  };
  // Back to the first page: a reload (answers come back from localStorage); then "Videre".
  app.toGroup = async (gi) => {
    if (gi === 0) await page.reload();
    else await page.locator(app.next).click();
  };
  const result = await drive(page, app, 'peer', opts);
  if (opts?.full !== false) {
    result.navigation = await peerNavigation(page);
    log(`  peer: results / overview / plan ${['results', 'overview', 'plan'].map((k) => result.navigation[k].p50).join(' / ')} ms p50${result.navigation.error ? ` (${result.navigation.error})` : ''}`);
  }
  await ctx.close();
  return result;
}

/**
 * The app's results page for a fully answered assessment: from setting the
 * hash (#/selvevaluering/<id>/resultat) to the painted `.level-box`, after the
 * overview has rendered; repeated, going back to the overview between runs.
 */
export async function oursResults(browser, base) {
  const id = 'bench-full';
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(SEED_SCRIPT, { [KEY_PREFIX + id]: JSON.stringify(assessment(id, { answered: true, seed: 42 })) });
  const overview = `#/selvevaluering/${id}`;
  await page.goto(base + overview);
  await page.waitForSelector('main h1');
  await settle(page);
  const paint = [];
  const dom = [];
  for (let i = 0; i < RESULT_REPEATS; i++) {
    const r = await page.evaluate(
      (hash) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const timer = setTimeout(() => {
            mo.disconnect();
            resolve(null);
          }, 10000);
          const mo = new MutationObserver(() => {
            if (!document.querySelector('.level-box')) return;
            mo.disconnect();
            const tDom = performance.now();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                clearTimeout(timer);
                resolve({ dom: tDom - t0, paint: performance.now() - t0 });
              }),
            );
          });
          mo.observe(document.body, { childList: true, subtree: true });
          location.hash = hash;
        }),
      `${overview}/resultat`,
    );
    if (r) {
      paint.push(r.paint);
      dom.push(r.dom);
    }
    await page.evaluate((h) => (location.hash = h), overview);
    await page.waitForSelector('.level-box', { state: 'detached' });
    await page.waitForTimeout(100);
  }
  const level = await page
    .goto(`${base}${overview}/resultat`)
    .then(() => page.locator('.level-box__label').textContent())
    .catch(() => null);
  await ctx.close();
  log(`  results page: ${paint.length} runs, level shown: ${level}`);
  return summarise({ paint, dom, level, errors });
}
