import { launch, newContext } from '../../bench/lib/common.mjs';
import { serve } from '../static-server.mjs';
const dir = process.argv[2] || 'dist';
const route = process.argv[3] || '#/seminar/deltag/i1Jxm4p8bV5POiscCA0Oq2tzMgTGVkZWxzZXNzZW1pbmFyIG9tIEhvdXNpbmcgRmlyc3QDB0xlZGVsc2UJRmFncGVyc29uD8OYa29ub21pICYgc3RhYhxpbmQtMDF-Mixrb24tMDEsbGVkLTAxLHByaS0xE4hPKw';
const runs = +(process.argv[4] || 3);
const srv = await serve(dir, 4190, { gzip: true });
const browser = await launch();
for (let r = 0; r < runs; r++) {
  const ctx = await newContext(browser, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
  await page.goto('http://127.0.0.1:4190/' + route);
  await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 30000 });
  await page.waitForTimeout(2500);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const names = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const tids = new Set(names.map((e) => e.pid + ':' + e.tid));
  const main = ev.filter((e) => tids.has(e.pid + ':' + e.tid));
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const t0 = Math.min(...tasks.map((t) => t.ts));
  let tbt4 = 0;
  for (const t of tasks) {
    const d = t.dur / 1000;
    tbt4 += Math.max(0, 4 * d - 50);
    if (d > 8) {
      const inside = main.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t);
      const by = {};
      for (const e of inside) if (e.ph === 'X' && e.name !== 'RunTask') by[e.name] = (by[e.name] || 0) + (e.dur || 0) / 1000;
      const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k}:${v.toFixed(1)}`);
      const es = inside.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compile').map((e) => JSON.stringify(e.args).slice(0, 120));
      console.log(`${((t.ts - t0) / 1000).toFixed(0)}ms ${d.toFixed(1)}: ${top.join(' ')} ${es.slice(0, 2).join(' ')}`);
    }
  }
  console.log(`run ${r} est TBT4 ${tbt4.toFixed(0)}`);
  await ctx.close();
}
await browser.close();
srv.close();
