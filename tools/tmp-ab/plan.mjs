import { launch, newContext, UNTHROTTLED_FLAGS } from '../../bench/lib/common.mjs';
import { serve } from '../static-server.mjs';
import { assessment, storedAssessments, SEED_SCRIPT, KEY_PREFIX } from '../../bench/lib/data.mjs';
const dir = process.argv[2] || 'dist';
const srv = await serve(dir, 4191, { gzip: true });
const browser = await launch(UNTHROTTLED_FLAGS);
const ctx = await newContext(browser);
const page = await ctx.newPage();
const id = 'bench-nav';
await page.addInitScript(SEED_SCRIPT, { ...storedAssessments(200), [KEY_PREFIX + id]: JSON.stringify(assessment(id, { answered: true })) });
await page.goto(`http://127.0.0.1:4191/#/selvevaluering/${id}`);
await page.waitForSelector('#overall-progress');
const times = [];
for (let i = 0; i < 8; i++) {
  await page.waitForTimeout(300);
  const tracing = i === 6;
  if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  const t = await page.evaluate(() => new Promise((res) => {
    const a = document.querySelector(`main a[href$="/handleplan"]`);
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (document.querySelector('.action-add')) { obs.disconnect(); requestAnimationFrame(() => setTimeout(() => res(performance.now() - t0), 0)); }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    a.click();
  }));
  times.push(t.toFixed(1));
  if (tracing) {
    const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const tids = new Set(ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => e.pid + ':' + e.tid));
    const main = ev.filter((e) => tids.has(e.pid + ':' + e.tid) && e.ph === 'X');
    const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 1000);
    for (const task of tasks) {
      const by = {};
      for (const e of main) if (e.ts >= task.ts && e.ts <= task.ts + task.dur && e.name !== 'RunTask') by[e.name] = (by[e.name] || 0) + e.dur / 1000;
      console.log((task.dur / 1000).toFixed(1), Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(' '));
    }
  }
  await page.evaluate((h) => (location.hash = h), `#/selvevaluering/${id}`);
  await page.waitForSelector('#overall-progress');
}
console.log('click→rAF+timeout', times.join(' '));
await browser.close();
srv.close();
