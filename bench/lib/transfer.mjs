// First-visit transfer size: loads a page in a fresh context (empty cache),
// records every response Playwright sees until the page is ready, the network
// has been quiet and (when the app registers one) the service worker has
// finished installing, and sizes each body raw, gzip -9 and brotli (q 11).
// Files that are compressed already (fonts, images) count raw in the
// compressed columns too, as a web server would send them.
// Responses are split into what the page requested itself ("page") and what
// its service worker fetched to precache ("service worker"); responses the
// service worker answered from its cache are not network transfer and are left out.
// Playwright gives no bodies for the service worker's own requests, so those
// are sized from the served folder (`root`), the bytes the server sent; files
// the page had loaded already are listed but not summed (the worker gets them
// from the HTTP cache after revalidation).
// "Requests before usable" counts the page's responses that had finished
// (Playwright's requestfinished) before the `ready` selector was visible.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { newContext, isLocal, log } from './common.mjs';

const COMPRESSED_ALREADY = /^(font\/woff2?|image\/(png|jpe?g|webp|avif|gif))/;

// Brotli at quality 11 is slow; routes share most files, so each body is compressed once.
const sized = new Map();

export function sizes(body, type) {
  const key = `${type}:${createHash('sha1').update(body).digest('hex')}`;
  if (!sized.has(key)) sized.set(key, compressedSizes(body, type));
  return { ...sized.get(key) };
}

function compressedSizes(body, type) {
  const raw = body.length;
  if (COMPRESSED_ALREADY.test(type || '')) return { raw, gzip: raw, brotli: raw, stored: true };
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw,
      [constants.BROTLI_PARAM_MODE]: /^(text\/|application\/(json|javascript|manifest))/.test(type || '')
        ? constants.BROTLI_MODE_TEXT
        : constants.BROTLI_MODE_GENERIC,
    },
  }).length;
  return { raw, gzip, brotli, stored: false };
}

function kind(url, type) {
  if (type.includes('html')) return 'html';
  if (type.includes('wasm')) return 'wasm';
  if (type.includes('javascript')) return 'js';
  if (type.includes('css')) return 'css';
  if (type.startsWith('font/')) return 'font';
  if (type.startsWith('image/')) return 'image';
  return new URL(url).pathname.split('.').pop() || 'other';
}

const sum = (files) =>
  files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/**
 * @param browser Playwright browser
 * @param url page to open (fragment route included)
 * @param ready selector that shows the page is rendered
 * @param init optional { script, arg } init script, e.g. seeding localStorage
 * @param root the folder being served, to size the service worker's requests
 * @param opts { timeout } ms to wait for `ready` (default 30 s); { waitWorker: false }
 *   does not wait for the service worker to install (its requests until the
 *   network is quiet are still listed, the precache may be incomplete)
 */
export async function firstVisit(browser, url, ready, init, root, { timeout = 30_000, waitWorker = true } = {}) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  if (init) await page.addInitScript(init.script, init.arg);
  const responses = [];
  const foreign = [];
  // Context events include the service worker's own requests.
  ctx.on('request', (r) => {
    if (!isLocal(r.url())) foreign.push(r.url());
  });
  ctx.on('response', (r) => {
    if (!r.url().startsWith('data:')) responses.push(r);
  });
  const finishedAt = new Map();
  ctx.on('requestfinished', (q) => finishedAt.set(q, Date.now()));
  const t0 = Date.now();
  // Waiting for `ready` from the start (it survives the navigation), not after `load`.
  const usable = page.waitForSelector(ready, { state: 'visible', timeout }).then(() => Date.now());
  usable.catch(() => {});
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await usable;
  } catch (e) {
    await ctx.close();
    throw e;
  }
  const usableAt = await usable;
  const worker = await page.evaluate(async (wait) => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return 'none';
    if (!wait) return 'not waited for';
    // Wait (bounded) until the worker has installed, i.e. precaching is done.
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20000))]);
    return reg.active ? 'active' : 'installing';
  }, waitWorker);
  await page.waitForLoadState('networkidle', { timeout: waitWorker ? 15_000 : 5_000 }).catch(() => {});
  await page.waitForTimeout(300);
  const files = [];
  for (const r of responses) {
    if (r.fromServiceWorker()) continue;
    const by = r.request().serviceWorker() ? 'service worker' : 'page';
    const type = (r.headers()['content-type'] || '').split(';')[0].trim();
    const path = decodeURIComponent(new URL(r.url()).pathname).replace(/^\//, '') || 'index.html';
    let body = Buffer.alloc(0);
    if (r.status() === 200 && by === 'page') {
      try {
        body = await r.body();
      } catch {
        continue;
      }
    } else if (r.status() === 200 && root) {
      const file = join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      if (existsSync(file)) body = readFileSync(file);
    }
    const done = finishedAt.get(r.request());
    const beforeUsable = by === 'page' && done != null && done <= usableAt;
    files.push({ path, type, kind: kind(r.url(), type), status: r.status(), by, beforeUsable, ...sizes(body, type) });
  }
  const loaded = new Set(files.filter((f) => f.by === 'page').map((f) => f.path));
  for (const f of files) if (f.by !== 'page' && (loaded.has(f.path) || (f.path === '' && loaded.has('index.html')))) f.pageHadIt = true;
  await ctx.close();
  const pageFiles = files.filter((f) => f.by === 'page');
  const swFiles = files.filter((f) => f.by !== 'page');
  const total = sum(pageFiles);
  const swNew = swFiles.filter((f) => !f.pageHadIt);
  const serviceWorker = { requests: swFiles.length, newFiles: swNew.length, ...sum(swNew) };
  log(
    `  ${url}: ${pageFiles.length} requests, ${total.raw} B raw, ${total.gzip} B gzip, ${total.brotli} B brotli` +
      (swFiles.length ? `; service worker precache ${swFiles.length} more requests, ${serviceWorker.gzip} B gzip` : ''),
  );
  const requestsBeforeUsable = pageFiles.filter((f) => f.beforeUsable).length;
  return { url, worker, requests: pageFiles.length, requestsBeforeUsable, usableMs: usableAt - t0, files: pageFiles, total, serviceWorker, serviceWorkerFiles: swFiles, foreign };
}
