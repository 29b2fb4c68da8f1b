import { launch, newContext, UNTHROTTLED_FLAGS } from '../../bench/lib/common.mjs';
import { serve } from '../static-server.mjs';
import { assessment, storedAssessments, SEED_SCRIPT, KEY_PREFIX } from '../../bench/lib/data.mjs';
const dir = process.argv[2];
const target = process.argv[3] || 'handleplan';
const srv = await serve(dir, 4193, { gzip: true });
const browser = await launch(UNTHROTTLED_FLAGS);
const ctx = await newContext(browser);
const page = await ctx.newPage();
const id = 'bench-nav';
await page.addInitScript(SEED_SCRIPT, { ...storedAssessments(200), [KEY_PREFIX + id]: JSON.stringify(assessment(id, { answered: true })) });
await page.goto(`http://127.0.0.1:4193/#/selvevaluering/${id}`);
await page.waitForSelector('#overall-progress');
// warm up
for (let i = 0; i < 3; i++) {
  await page.click(`main a[href$="/${target}"]`); await page.waitForTimeout(100);
  await page.evaluate((h) => (location.hash = h), `#/selvevaluering/${id}`); await page.waitForSelector('#overall-progress'); await page.waitForTimeout(100);
}
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (let i = 0; i < 15; i++) {
  await page.click(`main a[href$="/${target}"]`); await page.waitForTimeout(60);
  await cdp.send('Profiler.stop').then((r) => (globalThis.p ||= []).push(r.profile));
  await page.evaluate((h) => (location.hash = h), `#/selvevaluering/${id}`); await page.waitForSelector('#overall-progress'); await page.waitForTimeout(60);
  await cdp.send('Profiler.start');
}
await cdp.send('Profiler.stop');
const self = {}; const total = {};
let all = 0;
for (const prof of globalThis.p) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const dt = prof.timeDeltas; 
  prof.samples.forEach((s, i) => {
    const d = (dt[i + 1] ?? 0) / 1000; const n = byId.get(s); const name = n.callFrame.functionName || '(' + n.callFrame.url.split('/').pop() + ')';
    if (name === '(idle)' || name === '(program)') return;
    all += d; self[name] = (self[name] || 0) + d;
    const seen = new Set(); let x = s; while (x) { const nn = byId.get(x); const nm = nn.callFrame.functionName; if (nm && !seen.has(nm)) { seen.add(nm); total[nm] = (total[nm] || 0) + d; } x = parent.get(x); }
  });
}
const per = 15;
console.log('busy per nav ms', (all / per).toFixed(2));
console.log('SELF'); for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / per).toFixed(2), k.slice(0, 140));
console.log('TOTAL'); for (const [k, v] of Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / per).toFixed(2), k.slice(0, 140));
await browser.close(); srv.close();
