// Trunk post_build hook: moves every inline script out of index.html into a
// content-hashed file (the boot module, and under `trunk serve` the live-reload
// script), so the Content Security Policy can be `script-src 'self' 'wasm-unsafe-eval'`
// with no inline script allowed. Then prerenders the first screen into
// index.html (prerender.mjs) and writes the service worker's precache list.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { prerender } from './prerender.mjs';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
let moved = 0;
// Every inline script (the boot module, and under `trunk serve` the live-reload
// script) becomes a file next to index.html, with its attributes kept.
html = html.replace(/<script((?:\s+[a-z-]+(?:="[^"]*")?)*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || body.trim() === '') return whole;
  if (/type="module"/.test(attrs) && /\binit\(/.test(body)) {
    // The boot module: start loading the WebAssembly once the prerendered page
    // has been painted (public/prerender.js), so on a slow connection the
    // page's style sheets and fonts get the bandwidth first.
    // Its static import of the wasm-bindgen glue becomes a dynamic one after the wait.
    const glue = /import init, \* as bindings from '([^']+)';/;
    if (!glue.test(body)) throw new Error(`post-build: unexpected boot script from Trunk:\n${body}`);
    body = body.replace(glue, (_, url) => `await window.hfgPrerenderShown;\nconst bindings = await import('${url}');\nconst init = bindings.default;`);
  }
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `${/type="module"/.test(attrs) ? 'boot' : 'script'}-${hash}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  const kept = attrs.replace(/\s+nonce="[^"]*"/, '');
  return `<script${kept} src="./${name}"></script>`;
});
// No preload of the WebAssembly and its glue either (the boot module fetches them after the first paint).
html = html.replace(/<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/, '').replace(/<link rel="modulepreload"[^>]*>/, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it.');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`post-build: moved ${moved} inline script(s) out of index.html`);

// The first screen as static HTML (see prerender.mjs); before the precache
// list, whose version covers index.html.
try {
  console.log(`post-build: ${await prerender(dir)}`);
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
const files = walk(dir).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const precache = ['./', ...files.map((f) => `./${f}`)];
const swFile = join(dir, 'sw.js');
const sw = readFileSync(swFile, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__PRECACHE__', JSON.stringify(precache));
writeFileSync(swFile, sw);
console.log(`post-build: service worker precaches ${precache.length} files`);
