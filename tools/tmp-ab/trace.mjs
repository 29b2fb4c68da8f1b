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
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
  await page.goto('http://127.0.0.1:4190/' + route);
  await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 30000 });
  await page.waitForTimeout(2500);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
  // main thread of renderer: thread with most RunTask in CrRendererMain
  const names = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const tids = new Set(names.map((e) => e.pid + ':' + e.tid));
  const tasks = ev.filter((e) => e.name === 'RunTask' && e.ph === 'X' && tids.has(e.pid + ':' + e.tid));
  const t0 = Math.min(...tasks.map((t) => t.ts));
  const marks = ev.filter((e) => e.cat && e.cat.includes('user_timing') && e.name.startsWith('hfg')).map((e) => `${e.name}@${((e.ts - t0) / 1000).toFixed(0)}`);
  let tbt4 = 0;
  const long = [];
  for (const t of tasks) {
    const d = t.dur / 1000;
    tbt4 += Math.max(0, 4 * d - 50);
    if (d > 8) {
      // children inside
      const kids = ev.filter((e) => e.ph === 'X' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e !== t && (e.dur || 0) > 2000)
        .map((e) => `${e.name}${e.args?.data?.url !== undefined ? "(" + String(e.args.data.url).split("/").pop().slice(0, 30) + ")" : ""}${e.args?.data?.stackTrace ? "{" + e.args.data.stackTrace.map(s=>s.functionName+"@"+String(s.url).split("/").pop()).slice(0,3).join(",") + "}" : ""}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}:${(e.dur / 1000).toFixed(1)}`);
      long.push(`${((t.ts - t0) / 1000).toFixed(0)}ms dur ${d.toFixed(1)}: ${[...new Set(kids)].slice(0, 8).join(' | ')}`);
    }
  }
  console.log(`run ${r}: tasks>8ms (4x est TBT ${tbt4.toFixed(0)})`);
  console.log(long.join('\n'));
  console.log(marks.join(' '));
  await ctx.close();
}
await browser.close();
srv.close();
