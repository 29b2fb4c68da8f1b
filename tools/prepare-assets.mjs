// Copies what the app uses of Det Fælles Designsystem (npm `dkfds`) from
// node_modules into vendor/dkfds, so Trunk bundles it and the page loads
// nothing from another origin:
// - the CSS without its @font-face rules (style/app.css declares the two font
//   files we ship), without the rules the app never uses (PurgeCSS) and with
//   icon URLs made relative to the CSS file;
// - the icons the CSS refers to;
// - IBM Plex Sans Regular and SemiBold, Latin-1 subset, without hinting, each
//   in a file of the characters Danish text uses and one of the rest (assets/fonts,
//   made by tools/unhint-fonts.py; a page in Danish loads ≈ 16.6 KB of them).
// - style/app.css, minified, as vendor/app.css.
// Writes only files whose content changed, so `trunk serve` does not loop.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PurgeCSS } from 'purgecss';
import { transformSync } from 'esbuild';

const src = 'node_modules/dkfds/dist';
const out = 'vendor/dkfds';
if (!existsSync(src)) {
  console.error('node_modules/dkfds mangler: kør `npm ci` først (./dev serve og ./dev test gør det).');
  process.exit(1);
}

function put(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(data)) === 0) return;
  writeFileSync(path, data);
}

let css = readFileSync(join(src, 'css/dkfds.min.css'), 'utf8');
css = css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
css = css.replace(/@font-face\{[^}]*\}/g, '');
// Only the rules whose classes, elements and attributes occur in the app's
// sources (PurgeCSS): 212 KB → ≈ 22 KB. Class names are literal in the view
// code (`class="…"`, `class:name=`); custom properties and keyframes are kept,
// style/app.css may use them.
const [purged] = await new PurgeCSS().purge({
  content: ['src/**/*.rs', 'src/content/**/*.toml', 'public/index.html', 'public/*.js'],
  css: [{ raw: css }],
  fontFace: false,
  keyframes: false,
  variables: false,
});
css = purged.css;
const icons = new Set();
css = css.replace(/url\(\.\.\/img\/([^)"']+)\)/g, (_, p) => {
  icons.add(p);
  return `url(img/${p})`;
});
put(join(out, 'dkfds.css'), css);
for (const p of icons) put(join(out, 'img', p), readFileSync(join(src, 'img', p)));

// The fonts come from assets/fonts: dkfds's files without their TrueType
// hinting, split by character (tools/unhint-fonts.py).
for (const f of ['Regular-Core', 'Regular-Rest', 'SemiBold-Core', 'SemiBold-Rest'].map((w) => `IBMPlexSans-${w}.woff2`).concat('license.txt')) {
  put(join(out, 'fonts', f), readFileSync(join('assets/fonts', f)));
}
put(join(out, 'LICENSE.md'), readFileSync(join(src, 'LICENSE.md')));

// The app's own style sheet, minified (esbuild): without its comments and
// spaces every first visit is 2 KB gzip lighter. style/app.css stays the source.
put('vendor/app.css', transformSync(readFileSync('style/app.css', 'utf8'), { loader: 'css', minify: true, logLevel: 'error' }).code);
