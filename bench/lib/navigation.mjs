// Moving between an assessment's pages, for the app and the peer alike, with
// the click → paint probe (PAINT_PROBE.armUntil in lib/common.mjs): from the
// click to the paint after the target page's selector is in the document.
// - ours: the overview (#/selvevaluering/<id>) → its "results" link
//   (.level-box) → the breadcrumb back to the overview (#overall-progress) →
//   its "action plan" link (#/selvevaluering/<id>/handleplan, the add form
//   .action-add); then back to the overview by setting the hash (not measured).
// - the peer, as a SurveyJS user would build the same: the last answer page →
//   "next" to the action plan page (its dynamic matrix's table) → the preview
//   of all answers (SurveyJS's preview button; the last group's last
//   question in a preview panel) → the first page's edit button back to the
//   first page ("next" shown again); then to the last answer page again
//   through the model (not measured).
// REPEATS rounds each; a selector that never shows is a missed round (the probe
// gives up after 10 s), so a changed page is "could not measure", not a hang.
import { measured, summary } from './common.mjs';
import { GROUPS } from './data.mjs';
import { PLAN_QUESTION } from '../export-items.mjs';

export const REPEATS = 10;
const WAIT = { timeout: 10_000 };

const ours = (id) => ({
  overview: `#/selvevaluering/${id}`,
  results: `#/selvevaluering/${id}/resultat`,
  plan: `#/selvevaluering/${id}/handleplan`,
  painted: { results: '.level-box', overview: '#overall-progress', plan: '.action-add' },
});

/** Clicks the first link to `hash` in `scope` (the real link), or sets the hash when there is none. */
async function follow(page, hash, scope = 'main') {
  const link = page.locator(`${scope} a[href="${hash}"]`).first();
  if (await link.count()) await link.click(WAIT);
  else await page.evaluate((h) => (location.hash = h), hash);
}

function result(times, missed, error, how) {
  const out = { how, missed, ...(error ? { error } : {}) };
  for (const [k, v] of Object.entries(times)) out[k] = summary(v);
  return out;
}

/** The app: results, back to the overview, action plan, REPEATS times, on assessment `id`. */
export async function oursNavigation(page, id) {
  const p = ours(id);
  const times = { results: [], overview: [], plan: [] };
  let missed = 0;
  let error = null;
  const how = {};
  const take = (k, m) => (m ? times[k].push(m.paint) : missed++);
  try {
    await page.evaluate((h) => (location.hash = h), p.overview);
    await page.waitForSelector(p.painted.overview, WAIT);
    how.results = (await page.locator(`main a[href="${p.results}"]`).count()) ? 'the overview\'s link' : 'hash set';
    how.plan = (await page.locator(`main a[href="${p.plan}"]`).count()) ? 'the overview\'s link' : 'hash set';
    for (let i = 0; i < REPEATS; i++) {
      take('results', await measured(page, 'click', () => follow(page, p.results), p.painted.results).catch(() => null));
      await page.waitForSelector(p.painted.results, WAIT);
      if (i === 0) how.overview = (await page.locator(`a[href="${p.overview}"]`).count()) ? 'a link on the results page' : 'hash set';
      take('overview', await measured(page, 'click', () => follow(page, p.overview, 'body'), p.painted.overview).catch(() => null));
      await page.waitForSelector(p.painted.overview, WAIT);
      take('plan', await measured(page, 'click', () => follow(page, p.plan), p.painted.plan).catch(() => null));
      await page.waitForSelector(p.painted.plan, WAIT);
      await page.evaluate((h) => (location.hash = h), p.overview);
      await page.waitForSelector(p.painted.overview, WAIT);
      await page.waitForTimeout(50);
    }
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  return result(times, missed, error, how);
}

/** The peer: action plan page, preview of all answers, back to the first page, REPEATS times. */
export async function peerNavigation(page) {
  const last = GROUPS.at(-1);
  const lastItem = `.sd-question[data-name="${last.items.at(-1).id}"]`;
  const painted = {
    plan: `.sd-question[data-name="${PLAN_QUESTION}"] table`,
    results: `.sd-panel--as-page ${lastItem}`,
    overview: '.sd-navigation__next-btn',
  };
  const times = { results: [], overview: [], plan: [] };
  let missed = 0;
  let error = null;
  const take = (k, m) => (m ? times[k].push(m.paint) : missed++);
  const toLastGroup = async () => {
    await page.evaluate((n) => (window.__survey.currentPageNo = n), GROUPS.length - 1);
    await page.waitForSelector(`.sd-page ${lastItem}`, WAIT);
    await page.waitForTimeout(50);
  };
  try {
    await toLastGroup();
    for (let i = 0; i < REPEATS; i++) {
      take('plan', await measured(page, 'click', () => page.locator('.sd-navigation__next-btn').click(WAIT), painted.plan).catch(() => null));
      await page.waitForSelector(painted.plan, WAIT);
      take('results', await measured(page, 'click', () => page.locator('.sd-navigation__preview-btn').click(WAIT), painted.results).catch(() => null));
      await page.waitForSelector(painted.results, WAIT);
      // The first page's "Redigér" in the preview: back to that page.
      take('overview', await measured(page, 'click', () => page.locator('.sd-panel--as-page .sd-btn--small').first().click(WAIT), painted.overview).catch(() => null));
      await page.waitForSelector(painted.overview, WAIT);
      await toLastGroup();
    }
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  return result(times, missed, error, {
    plan: '"next" from the last answer page to the "Handlingsplan" page',
    results: 'SurveyJS\'s preview button (all questions)',
    overview: 'the first page\'s edit button in the preview',
  });
}
