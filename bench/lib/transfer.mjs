// First-visit transfer size: loads a page in a fresh context (empty cache),
// records every response Playwright sees until the page is ready and the
// network has been quiet, and sizes each body raw, gzip -9 and brotli (q 11).
// Files that are compressed already (fonts, images) are counted raw in the
// compressed columns too, as a web server would send them.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { newContext, isLocal, log } from './common.mjs';

const COMPRESSED_ALREADY = /^(font\/woff2?|image\/(png|jpe?g|webp|avif|gif))/;

export function sizes(body, type) {
  const raw = body.length;
  if (COMPRESSED_ALREADY.test(type || '')) return { raw, gzip: raw, brotli: raw, stored: true };
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw,
      [constants.BROTLI_PARAM_MODE]: /^(text|application\/(json|javascript))/.test(type || '')
        ? constants.BROTLI_MODE_TEXT
        : constants.BROTLI_MODE_GENERIC,
    },
  }).length;
  return { raw, gzip, brotli, stored: false };
}

function kind(url, type) {
  const ext = new URL(url).pathname.split('.').pop();
  if (type.includes('html')) return 'html';
  if (type.includes('wasm')) return 'wasm';
  if (type.includes('javascript')) return 'js';
  if (type.includes('css')) return 'css';
  if (type.startsWith('font/')) return 'font';
  if (type.startsWith('image/')) return 'image';
  return ext || 'other';
}

/**
 * @param browser Playwright browser
 * @param url page to open (fragment route included)
 * @param ready selector that shows the page is rendered
 * @param init optional init script + argument, e.g. seeding localStorage
 */
export async function firstVisit(browser, url, ready, init) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  if (init) await page.addInitScript(init.script, init.arg);
  const responses = [];
  const foreign = [];
  page.on('request', (r) => {
    if (!isLocal(r.url())) foreign.push(r.url());
  });
  page.on('response', (r) => {
    if (!r.url().startsWith('data:')) responses.push(r);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector(ready, { state: 'visible', timeout: 30_000 });
  // Late requests (fonts, icons the first render asks for).
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(300);
  const files = [];
  for (const r of responses) {
    let body;
    try {
      body = await r.body();
    } catch {
      continue; // redirects and the like carry no body
    }
    const type = (r.headers()['content-type'] || '').split(';')[0].trim();
    const path = new URL(r.url()).pathname.replace(/^\//, '') || 'index.html';
    files.push({ path, type, kind: kind(r.url(), type), status: r.status(), ...sizes(body, type) });
  }
  await ctx.close();
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  log(`  ${url}: ${files.length} requests, ${total.raw} B raw, ${total.gzip} B gzip, ${total.brotli} B brotli`);
  return { url, requests: files.length, files, total, foreign };
}
