// Interaction latency inside the page, for the app and the peer alike:
// a one-shot capturing listener takes performance.now() when the event
// arrives; the measurement ends on the animation frame after the next one
// (double requestAnimationFrame), when the frame showing the change has been
// produced. Clicks and key presses are real input events from Playwright.
import { newContext, summary, PAINT_PROBE, log } from './common.mjs';
import { assessment, GROUPS, ITEMS, CODES, KEY_PREFIX, SEED_SCRIPT } from './data.mjs';

const CLICKS_PER_ITEM = 4; // 66 items × 4 = 264 clicks
const BASELINE_CLICKS = 30;
const TYPED = 'Aftale med boligselskabet'; // 25 key presses per note
const NOTE_ITEMS = 3;
const RESULT_REPEATS = 10;

/** The codes clicked on the k-th item: the scale rotated by k, the first CLICKS_PER_ITEM. */
export const codesFor = (k) => [...CODES.slice(k % CODES.length), ...CODES.slice(0, k % CODES.length)].slice(0, CLICKS_PER_ITEM);

/** Arms the probe for `type` (and, for a page change, a selector), acts, returns the probe's result. */
async function measured(page, type, act, until) {
  await page.evaluate(([t, sel]) => (sel ? window.__bench.armUntil(t, sel) : window.__bench.arm(t)), [type, until]);
  await act();
  return page.evaluate(() => window.__bench.pending);
}

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Types TYPED into `target`, timing each key press (keydown → paint) into `paint` and `busy`. */
async function typeTimed(page, target, paint, busy) {
  await page.locator(target).click();
  for (const ch of TYPED) {
    const r = await measured(page, 'keydown', () => page.keyboard.press(ch === ' ' ? 'Space' : ch));
    if (r) {
      paint.push(r.paint);
      if (r.busy != null) busy.push(r.busy);
    }
  }
}

/** Static text clicked: the measurement's floor (no work but the frame cadence). */
async function baseline(page, selector) {
  const out = [];
  for (let i = 0; i < BASELINE_CLICKS; i++) {
    const r = await measured(page, 'click', () => page.locator(selector).first().click());
    if (r) out.push(r.paint);
  }
  return out;
}

function summarise(parts) {
  const out = {};
  for (const [k, v] of Object.entries(parts)) out[k] = Array.isArray(v) && typeof v[0] !== 'string' ? summary(v) : v;
  return out;
}

/**
 * The app: rating clicks over all eight groups of an unanswered assessment
 * with all 66 items, group changes (the "next" link), note typing.
 */
export async function oursInteraction(browser, base) {
  const id = 'bench-clicks';
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(PAINT_PROBE);
  await page.addInitScript(SEED_SCRIPT, { [KEY_PREFIX + id]: JSON.stringify(assessment(id)) });
  await page.goto(`${base}#/selvevaluering/${id}/svar/${GROUPS[0].id}`);
  await page.waitForSelector(`label[for="r-${GROUPS[0].items[0].id}-1"]`);
  const floor = await baseline(page, 'main h1');

  const click = [];
  const clickFromEvent = [];
  const clickBusy = [];
  const pageChange = [];
  const expected = {};
  let missed = 0;
  let k = 0;
  for (const [gi, g] of GROUPS.entries()) {
    const first = `label[for="r-${g.items[0].id}-1"]`;
    if (gi > 0) {
      const r = await measured(page, 'click', () => page.locator('a.pager__next').click(), first);
      if (r) pageChange.push(r.paint);
      await page.waitForSelector(first);
    }
    for (const item of g.items) {
      for (const code of codesFor(k)) {
        const r = await measured(page, 'click', () => page.locator(`label[for="r-${item.id}-${code}"]`).click());
        if (r) {
          click.push(r.paint);
          clickFromEvent.push(r.fromEvent);
          if (r.busy != null) clickBusy.push(r.busy);
        } else missed++;
        expected[item.id] = code;
      }
      k++;
    }
  }
  const key = KEY_PREFIX + id;
  const answers = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.answers, key);
  const stored = await answers();
  const storedOk = ITEMS.filter((i) => stored[i]?.rating === expected[i]).length;

  const noteItems = GROUPS.at(-1).items.slice(0, NOTE_ITEMS).map((i) => i.id);
  const typing = [];
  const typingBusy = [];
  for (const it of noteItems) await typeTimed(page, `#note-${it}`, typing, typingBusy);
  const notes = await answers();
  const notesOk = noteItems.filter((it) => notes[it]?.note === TYPED).length;
  await ctx.close();
  log(`  ours: ${click.length} clicks (${missed} missed), ratings stored ${storedOk}/${ITEMS.length}, ${typing.length} key presses, notes stored ${notesOk}/${NOTE_ITEMS}`);
  return summarise({
    click,
    clickFromEvent,
    clickBusy,
    baseline: floor,
    pageChange,
    typing,
    typingBusy,
    missed,
    verified: `${storedOk}/${ITEMS.length} items stored with the last clicked rating; ${notesOk}/${NOTE_ITEMS} notes stored as typed`,
    errors,
  });
}

/** The peer: the same clicks on SurveyJS radio labels, page by page ("Videre"), comment typing. */
export async function peerInteraction(browser, base) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(PAINT_PROBE);
  await page.goto(base);
  const q = (item) => `.sd-question[data-name="${item}"]`;
  await page.waitForSelector(q(GROUPS[0].items[0].id));
  const floor = await baseline(page, '.sd-page__title');

  const click = [];
  const clickFromEvent = [];
  const clickBusy = [];
  const pageChange = [];
  const expected = {};
  let missed = 0;
  let k = 0;
  for (const [gi, g] of GROUPS.entries()) {
    const first = q(g.items[0].id);
    if (gi > 0) {
      const r = await measured(page, 'click', () => page.locator('.sd-navigation__next-btn').click(), first);
      if (r) pageChange.push(r.paint);
      await page.waitForSelector(first);
    }
    for (const item of g.items) {
      for (const code of codesFor(k)) {
        const label = `${q(item.id)} label:has(> input[value="${code}"])`;
        const r = await measured(page, 'click', () => page.locator(label).click());
        if (r) {
          click.push(r.paint);
          clickFromEvent.push(r.fromEvent);
          if (r.busy != null) clickBusy.push(r.busy);
        } else missed++;
        expected[item.id] = code;
      }
      k++;
    }
  }
  const data = () => page.evaluate(() => JSON.parse(localStorage.getItem('peer:selvevaluering') || '{}'));
  const stored = await data();
  const storedOk = ITEMS.filter((i) => stored[i] === expected[i]).length;

  const noteItems = GROUPS.at(-1).items.slice(0, NOTE_ITEMS).map((i) => i.id);
  const typing = [];
  const typingBusy = [];
  for (const it of noteItems) await typeTimed(page, `${q(it)} textarea`, typing, typingBusy);
  const notes = await data();
  const notesOk = noteItems.filter((it) => notes[`${it}-Comment`] === TYPED).length;
  await ctx.close();
  log(`  peer: ${click.length} clicks (${missed} missed), ratings stored ${storedOk}/${ITEMS.length}, ${typing.length} key presses, notes stored ${notesOk}/${NOTE_ITEMS}`);
  return summarise({
    click,
    clickFromEvent,
    clickBusy,
    baseline: floor,
    pageChange,
    typing,
    typingBusy,
    missed,
    verified: `${storedOk}/${ITEMS.length} items stored with the last clicked rating; ${notesOk}/${NOTE_ITEMS} comments stored as typed`,
    errors,
  });
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
