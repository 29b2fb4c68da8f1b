// Every entry route a link can open ("fast from every link"): each route's
// first visit in a fresh browser context (empty cache, no service worker yet),
// through firstVisit (lib/transfer.mjs): requests in all, requests finished
// before the page was usable, raw / gzip -9 / brotli totals and the files.
// "Usable" is the live app's `main h1` (`html[data-app="ready"]`), for pages
// people answer on the first rating control. Routes that need stored data (an
// assessment, the seminar an answer link belongs to) get it seeded first, as
// the person who follows such a link already has it.
// Also: the sum of every .wasm in the build (the whole app, all modules), and
// the invitation beside the SurveyJS peer on a throttled phone-like
// connection (Lighthouse's slow 4G, 4× CPU): navigation start → first rating
// control visible with the app ready, median of THROTTLED_RUNS fresh contexts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { newContext, median, log } from './common.mjs';
import { firstVisit } from './transfer.mjs';
import { assessment, GROUPS, KEY_PREFIX, SEED_SCRIPT } from './data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LINKS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/links-1.json'), 'utf8'));
const READY_TIMEOUT = 15_000;
export const THROTTLED_RUNS = 3;

/** Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) and its 4× CPU slowdown. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_SLOWDOWN = 4;

const H1 = 'html[data-app="ready"] main h1';
/** The first rating control of the page (the app's rating labels, `label[for="r-<item>-<code>"]`). */
const RATING = 'html[data-app="ready"] .rating-item .rating-option label';
const ASSESSMENT = 'bench-route';
const TERM = 'term-sofasovere';
const MODULE = 'modul-housing-first';

const seedAssessment = { script: SEED_SCRIPT, arg: { [KEY_PREFIX + ASSESSMENT]: JSON.stringify(assessment(ASSESSMENT)) } };
// The seminar the fixture's answer links belong to, with no answers yet (the facilitator's browser).
const seedSeminar = {
  script: SEED_SCRIPT,
  arg: { [`hfg:seminar:${LINKS.def.id}`]: JSON.stringify({ schema: 1, kind: 'seminar', data: { def: LINKS.def, responses: [], consensus: {} } }) },
};

/** Every entry route: { id, label, hash, ready, init?, lighthouse? }. `lighthouse`: measured there too. */
export const ROUTES = [
  { id: 'home', label: 'Start page', hash: '#/', ready: H1, lighthouse: 'oursHome' },
  { id: 'guide', label: 'Guide', hash: '#/guide', ready: H1 },
  { id: 'guideSection', label: 'Guide section', hash: '#/guide/principper', ready: H1 },
  { id: 'guideEntry', label: 'Guide entry', hash: '#/guide/principper/princip-5', ready: H1, lighthouse: 'oursGuideEntry' },
  { id: 'glossary', label: 'Glossary', hash: '#/guide/ordliste', ready: H1 },
  { id: 'term', label: 'Glossary term', hash: `#/guide/ordliste/${TERM}`, ready: H1 },
  { id: 'assessments', label: 'Self-assessments', hash: '#/selvevaluering', ready: H1, lighthouse: 'oursAssessments' },
  { id: 'overview', label: "An assessment's overview", hash: `#/selvevaluering/${ASSESSMENT}`, ready: H1, init: seedAssessment },
  {
    id: 'answer',
    label: "An assessment's answer page",
    hash: `#/selvevaluering/${ASSESSMENT}/svar/${GROUPS[0].id}`,
    ready: `html[data-app="ready"] label[for="r-${GROUPS[0].items[0].id}-1"]`,
    init: seedAssessment,
  },
  { id: 'invitation', label: 'Seminar invitation', hash: `#/seminar/deltag/${LINKS.invitation}`, ready: RATING, lighthouse: 'oursInvitation' },
  { id: 'answerLink', label: 'Seminar answer link', hash: `#/seminar/svar/${LINKS.answer_links[0]}`, ready: H1, init: seedSeminar },
  { id: 'seminars', label: 'Seminars', hash: '#/seminar', ready: H1 },
  { id: 'learning', label: 'Learning', hash: '#/laering', ready: H1 },
  { id: 'module', label: 'Learning module', hash: `#/laering/${MODULE}`, ready: H1 },
  { id: 'methods', label: 'Methods', hash: '#/metoder', ready: H1 },
  { id: 'methodsCompare', label: 'Methods: compare', hash: '#/metoder/sammenlign', ready: H1 },
  { id: 'methodsChoice', label: 'Methods: choice', hash: '#/metoder/valg', ready: H1 },
  { id: 'methodsCti', label: 'Methods: CTI plan', hash: '#/metoder/cti-plan', ready: H1 },
  { id: 'methodsCapacity', label: 'Methods: capacity', hash: '#/metoder/kapacitet', ready: H1 },
  { id: 'myData', label: 'Mine data', hash: '#/mine-data', ready: H1 },
  { id: 'about', label: 'About', hash: '#/om', ready: H1 },
];

/** The invitation's address (for Lighthouse), from the same fixture. */
export const INVITATION = ROUTES.find((r) => r.id === 'invitation').hash;
export const GUIDE_ENTRY = ROUTES.find((r) => r.id === 'guideEntry').hash;

/** Every .wasm in the build: the whole app, all modules, raw and gzip -9. */
export function wholeAppWasm(dist) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.wasm')) {
        const body = readFileSync(p);
        files.push({ path: p.slice(dist.length + 1), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  return { files: files.length, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0), list: files };
}

/**
 * The first visit of every route in ROUTES; a route whose `ready` never shows
 * (READY_TIMEOUT) is { error } and the others go on. Also the peer's first
 * visit, for the invitation's ratio.
 */
export async function everyRoute(browser, oursUrl, peerUrl, dist, peerDir, peerReady) {
  const routes = [];
  for (const r of ROUTES) {
    try {
      // Only the invitation waits for the service worker's precache (reported); the rest stop when the network is quiet.
      const v = await firstVisit(browser, `${oursUrl}${r.hash}`, r.ready, r.init, dist, { timeout: READY_TIMEOUT, waitWorker: r.id === 'invitation' });
      routes.push({ id: r.id, label: r.label, hash: r.hash, ready: r.ready, lighthouse: r.lighthouse, ...v });
      log(`  ${r.id}: ${v.requests} requests (${v.requestsBeforeUsable} before usable), ${v.total.gzip} B gzip`);
    } catch (e) {
      log(`  ${r.id}: COULD NOT MEASURE (${e.message.split('\n')[0]})`);
      routes.push({ id: r.id, label: r.label, hash: r.hash, ready: r.ready, lighthouse: r.lighthouse, error: e.message.split('\n')[0] });
    }
  }
  const peer = await firstVisit(browser, peerUrl, peerReady, null, peerDir, { timeout: READY_TIMEOUT });
  return { routes, wasm: wholeAppWasm(dist), peer };
}

/**
 * Put into the page before anything runs: records performance.now() (ms since
 * navigation start) when `check` (a function body) first holds, then after the
 * next paint. Checked on every DOM change and attribute change.
 */
const ANSWERABLE_PROBE = (check) => {
  const ok = new Function(check);
  const s = (window.__answerable = {});
  const test = () => {
    if (s.at != null || !ok()) return;
    s.at = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      const mc = new MessageChannel();
      mc.port1.onmessage = () => (s.painted = performance.now());
      mc.port2.postMessage(0);
    });
  };
  const mo = new MutationObserver(test);
  mo.observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('load', test);
};

const visible = (sel) =>
  `const el = document.querySelector(${JSON.stringify(sel)}); if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';`;
/** Ours: the app ready and the first rating label visible. Peer: the first question's first radio choice visible. */
export const ANSWERABLE = {
  ours: `if (document.documentElement.dataset.app !== 'ready') return false; ${visible('.rating-item .rating-option label')}`,
  peer: visible('.sd-question .sd-item--radio .sd-item__decorator, .sd-question .sd-selectbase__label'),
};

/** One throttled first visit: ms from navigation start to answerable, and painted. */
async function answerableOnce(browser, url, check) {
  const ctx = await newContext(browser, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    const page = await ctx.newPage();
    await page.addInitScript(ANSWERABLE_PROBE, check);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__answerable?.painted != null, null, { timeout: 60_000, polling: 100 });
    return await page.evaluate(() => ({ at: window.__answerable.at, painted: window.__answerable.painted }));
  } finally {
    await ctx.close();
  }
}

/** The invitation and the peer, THROTTLED_RUNS each, alternating: medians of "answerable" and "painted". */
export async function throttledAnswerable(browser, invitationUrl, peerUrl) {
  const runs = { ours: [], peer: [] };
  for (let i = 0; i < THROTTLED_RUNS; i++) {
    for (const [who, url] of [['ours', invitationUrl], ['peer', peerUrl]]) {
      const r = await answerableOnce(browser, url, ANSWERABLE[who]);
      log(`  ${who} run ${i + 1}/${THROTTLED_RUNS}: answerable at ${Math.round(r.at)} ms, painted ${Math.round(r.painted)} ms`);
      runs[who].push(r);
    }
  }
  const out = {
    network: SLOW_4G,
    cpuSlowdown: CPU_SLOWDOWN,
    viewport: '412×823, mobile, touch',
  };
  for (const who of ['ours', 'peer']) {
    out[who] = { answerable: median(runs[who].map((r) => r.at)), painted: median(runs[who].map((r) => r.painted)), runs: runs[who] };
  }
  return out;
}
