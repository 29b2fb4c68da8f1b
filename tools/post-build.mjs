// Trunk post_build hook: builds the WebAssembly split per area and its boot
// module (build-wasm.mjs), makes sure no inline script is left in index.html
// (the Content Security Policy is `script-src 'self' 'wasm-unsafe-eval'`),
// prerenders the first screen into index.html (prerender.mjs) and writes the
// service worker's precache list.
//
// With HFG_FAST=1 (`./dev serve --fast`, for development only) it builds one
// unsplit debug wasm instead and does not prerender: the page shows
// "Henter siden …" until the app starts. The CSP and the checks stay.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { prerender } from './prerender.mjs';
import { buildWasm, buildWasmFast } from './build-wasm.mjs';

const fast = process.env.HFG_FAST === '1';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
// Trunk builds no Rust here and serves without its live-reload script, so it
// writes no script into the page; nothing inline may appear (the CSP forbids it).
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: index.html has an inline script; the CSP would block it.');
  process.exit(1);
}
// The WebAssembly, split per area (build-wasm.mjs), and the boot module that starts it.
try {
  const wasm = await (fast ? buildWasmFast : buildWasm)(dir);
  html = html.replace('</head>', `<script type="module" src="./${wasm.boot}"></script></head>`);
  console.log(`post-build: WebAssembly in ${wasm.folder}/ (${wasm.modules} modules), started by ${wasm.boot}`);
} catch (e) {
  console.error(`post-build: building the WebAssembly failed: ${e.message}`);
  process.exit(1);
}
writeFileSync(file, html);

// The first screen as static HTML (see prerender.mjs); before the precache
// list, whose version covers index.html.
try {
  console.log(`post-build: ${fast ? 'not prerendered (HFG_FAST)' : await prerender(dir)}`);
} catch (e) {
  console.error(`post-build: prerendering failed: ${e.message}`);
  process.exit(1);
}

// The service worker's precache list: every built file but the worker itself,
// and a version that changes whenever any file changes.
function walk(d, prefix = '') {
  return readdirSync(join(d, prefix)).flatMap((f) => {
    const rel = prefix ? `${prefix}/${f}` : f;
    return statSync(join(d, rel)).isDirectory() ? walk(d, rel) : [rel];
  });
}
// The guide's prerendered pages (prerender/, one per page) are not kept: each
// is fetched only by a first visit's deep link, and the app itself is kept.
// Nor are the first visit's files (wasm-<hash>/first-<area>.bin, see
// build-wasm.mjs): they repeat modules the worker keeps one by one, and it
// unpacks one when a page that loaded it asks to keep only itself.
const isFirstVisit = (f) => /\/first-[a-z_]+\.bin$/.test(f);
const all = walk(dir).filter((f) => f !== 'sw.js' && !f.startsWith('.') && !f.startsWith('prerender/'));
const files = all.filter((f) => !isFirstVisit(f)).sort();
const firstVisit = all.filter(isFirstVisit).sort().map((f) => `./${f}`);
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const precache = ['./', ...files.map((f) => `./${f}`)];
// What every page needs, kept at install: the page, its style, the fonts'
// core files, the boot module. Not the WebAssembly and its glue (wasm-<hash>/):
// a participant's phone runs its own module and never the app's, and the
// app's areas come with its pages. Each page then asks the worker for what it
// loaded (a participant's phone, a browser that saves data) or for everything
// (src/ui/pwa.rs, src/ui/participant/offline.rs). Nor the rest of the fonts,
// which a page in Danish never loads.
const core = precache.filter((f) => !/^\.\/wasm-[0-9a-f]+\//.test(f) && !f.endsWith('-Rest.woff2'));
const swFile = join(dir, 'sw.js');
const sw = readFileSync(swFile, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__CORE__', JSON.stringify(core))
  .replace('__PRECACHE__', JSON.stringify(precache))
  .replace('__FIRST_VISIT__', JSON.stringify(firstVisit));
writeFileSync(swFile, sw);
console.log(`post-build: service worker keeps ${core.length} files at install, ${precache.length} in all`);
