// Scale: start-up time and memory with 0, 1, 20 and 200 stored, fully answered
// assessments, and the localStorage size of one assessment as the app writes it.
import { newContext, median, settle, log } from './common.mjs';
import { assessment, storedAssessments, GROUPS, KEY_PREFIX, NOTE, SEED_SCRIPT } from './data.mjs';

export const COUNTS = [0, 1, 20, 200];
export const ROUTES = ['#/', '#/selvevaluering'];
const RELOADS = 7;

/**
 * Put into every page before the app: times the wasm instantiation (wrapping
 * WebAssembly.instantiateStreaming/instantiate), the boot module's hfg-app-started
 * (the app's main() has run and mounted), and the live app's first `main h1`
 * in the document and painted (double rAF after it appears). All in ms since
 * navigation start (performance.now()).
 */
export const STARTUP_PROBE = () => {
  const s = (window.__startup = {});
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const t = performance.now();
      return orig.apply(this, args).then((r) => {
        if (s.instantiateStart == null) {
          s.instantiateStart = t;
          s.instantiateEnd = performance.now();
        }
        return r;
      });
    };
  }
  addEventListener('hfg-app-started', (e) => {
    s.appStarted = performance.now();
    s.memory = e.detail?.memory;
  });
  // The live app's heading: once <html data-app="ready"> (the build's
  // prerendered page, painted earlier, has a heading too; that is `fcp`).
  const mo = new MutationObserver(() => {
    if (s.h1 != null || document.documentElement.dataset.app !== 'ready' || !document.querySelector('main h1')) return;
    s.h1 = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (s.h1Painted = performance.now())));
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
};

async function readStartup(page) {
  await page.waitForFunction(() => window.__startup?.h1Painted != null, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const s = window.__startup;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      h1: s.h1,
      h1Painted: s.h1Painted,
      appStarted: s.appStarted,
      instantiate: s.instantiateEnd - s.instantiateStart,
      wasmFetched: wasm ? wasm.responseEnd : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
      serviceWorker: !!navigator.serviceWorker?.controller,
    };
  });
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasmMemory = await page.evaluate(() => window.__startup?.memory?.buffer.byteLength ?? null);
  return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, wasmMemory, nodes: m.Nodes };
}

const FIELDS = ['fcp', 'h1', 'h1Painted', 'appStarted', 'instantiate', 'wasmFetched', 'domContentLoaded'];

/** Start-up of `route` with `n` stored assessments: a first (seeding) load, then RELOADS warm reloads. */
async function startupCase(browser, base, n, route) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(STARTUP_PROBE);
  await page.addInitScript(SEED_SCRIPT, storedAssessments(n));
  await page.goto(base + route);
  const first = await readStartup(page);
  // A returning visitor: the service worker (if any) is installed before the reloads.
  await settle(page);
  const runs = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    runs.push(await readStartup(page));
  }
  await page.waitForTimeout(300);
  const mem = await heap(page);
  // Assessments the list shows (distinct ids linked from main).
  const listed = await page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('main a[href^="#/selvevaluering/bench-"]')].map((a) => a.getAttribute('href').split('/')[2]),
      ).size,
  );
  await ctx.close();
  const med = Object.fromEntries(FIELDS.map((f) => [f, median(runs.map((r) => r[f]).filter((x) => x != null))]));
  const fromServiceWorker = runs.filter((r) => r.serviceWorker).length;
  return { n, route, firstLoad: first, median: med, runs, fromServiceWorker, memory: mem, listed, errors };
}

export async function scale(browser, base) {
  const cases = [];
  for (const route of ROUTES) {
    for (const n of COUNTS) {
      const c = await startupCase(browser, base, n, route);
      log(
        `  ${route} with ${n} stored: first paint ${c.median.fcp?.toFixed(0)} ms, h1 painted ${c.median.h1Painted?.toFixed(0)} ms (median of ${RELOADS} reloads), app started ${c.median.appStarted?.toFixed(0)} ms, JS heap ${(c.memory.jsHeapUsed / 1e6).toFixed(1)} MB, wasm memory ${(c.memory.wasmMemory / 1e6).toFixed(1)} MB, listed ${c.listed}`,
      );
      cases.push(c);
    }
  }
  return { reloads: RELOADS, cases };
}

/**
 * Bytes one fully answered assessment takes in localStorage, as the app writes
 * it (seeded, then one rating changed and changed back so the app re-saves):
 * ratings only, and with a note on every item.
 */
export async function storageBytes(browser, base) {
  const out = {};
  for (const [name, opts] of [
    ['ratings', { answered: true, seed: 7 }],
    ['ratingsAndNotes', { answered: true, notes: true, seed: 7 }],
  ]) {
    const id = `bench-bytes-${name}`;
    const key = KEY_PREFIX + id;
    const env = assessment(id, opts);
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.addInitScript(SEED_SCRIPT, { [key]: JSON.stringify(env) });
    const item = GROUPS[0].items[0].id;
    await page.goto(`${base}#/selvevaluering/${id}/svar/${GROUPS[0].id}`);
    await page.waitForSelector(`label[for="r-${item}-1"]`);
    const original = env.data.answers[item].rating;
    const other = original === '1' ? '2' : '1';
    await page.locator(`label[for="r-${item}-${other}"]`).click();
    await page.locator(`label[for="r-${item}-${original}"]`).click();
    await page.waitForFunction(
      ([k, i, r]) => JSON.parse(localStorage.getItem(k)).data.answers[i].rating === r,
      [key, item, original],
    );
    const value = await page.evaluate((k) => localStorage.getItem(k), key);
    await ctx.close();
    out[name] = {
      items: Object.keys(JSON.parse(value).data.answers).length,
      chars: value.length,
      utf16Bytes: value.length * 2,
      utf8Bytes: Buffer.byteLength(value, 'utf8'),
    };
  }
  out.noteChars = NOTE.length;
  log(`  localStorage per assessment: ${out.ratings.utf16Bytes} B UTF-16 (${out.ratings.utf8Bytes} B UTF-8); with notes ${out.ratingsAndNotes.utf16Bytes} B`);
  return out;
}
