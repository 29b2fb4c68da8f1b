// Builds the peer into bench/out/peer: index.html, main.js and main.css, all
// bundled and minified by esbuild from npm packages (no CDN, nothing from
// another origin). Usage: node bench/peer/build.mjs [outDir]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { surveyJson } from '../export-items.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

export async function buildPeer(out = join(HERE, '../out/peer')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const survey = JSON.stringify(surveyJson());
  await build({
    entryPoints: { main: join(HERE, 'main.js') },
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'peer-survey',
        setup(b) {
          b.onResolve({ filter: /^peer:survey$/ }, (a) => ({ path: a.path, namespace: 'peer' }));
          b.onLoad({ filter: /.*/, namespace: 'peer' }, () => ({ contents: survey, loader: 'json' }));
        },
      },
    ],
  });
  copyFileSync(join(HERE, 'index.html'), join(out, 'index.html'));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildPeer(process.argv[2]);
  console.log(`peer built into ${out}`);
}
