import { serve } from '../tools/static-server.mjs';
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
const srv = await serve('dist', 4188, { gzip: !process.env.RAW });
const child = spawn('/usr/bin/chromium', ['--headless=new','--no-sandbox','--disable-gpu','--remote-debugging-port=9333','--user-data-dir=/tmp/lhprof'+Date.now(),'about:blank'], {stdio:'ignore'});
await new Promise(r=>setTimeout(r,2500));
for (const route of (process.argv[2]||'#/').split(',')) {
const r = await lighthouse(srv.url + route, { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
console.log(route, 'perf', r.lhr.categories.performance.score*100, 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'CLS', a['cumulative-layout-shift'].numericValue.toFixed(3), 'SI', a['speed-index'].numericValue|0);
console.log(' LCP el', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet));
for (const it of a['layout-shifts']?.details?.items ?? []) console.log(' shift', it.score?.toFixed(3), it.node?.snippet?.slice(0,120));
for (const it of a['render-blocking-resources']?.details?.items ?? []) console.log(' blocking', it.url, it.wastedMs);
}
child.kill(); await srv.close();
