// Trunk post_build hook: moves the inline <script type="module"> that boots the
// wasm into its own content-hashed file, so the Content Security Policy can be
// `script-src 'self' 'wasm-unsafe-eval'` with no inline script allowed.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
let moved = 0;
html = html.replace(/<script type="module"(?:\s+nonce="[^"]*")?>([\s\S]*?)<\/script>/g, (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it.');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`post-build: moved ${moved} inline boot script(s) out of index.html`);

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
