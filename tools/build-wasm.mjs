// Builds the app's WebAssembly, split per area, for post-build.mjs:
//
//   cargo build (release, wasm32, `--cfg hfg_split`, relocations kept)
//   → wasm-split-cli: the main module (shell, start page, runtime) and one
//     module per area (`#[lazy]` in src/ui/app.rs) plus the chunks areas share,
//     and `__wasm_split.js`, which loads them on demand
//   → wasm-bindgen (the main module's JS glue) → wasm-opt -Oz on every module
//   → the QR decoder (decoder/) as a module of its own, qr-decoder.wasm
//   → esbuild minifies the glue and the split loader (about 80 KB of JS that
//     every page loads and parses, a third of it after minifying).
//
// The fast path for development (`./dev serve --fast`, buildWasmFast): one
// unsplit debug wasm, wasm-bindgen, no wasm-opt, no cache.
//
// RUSTFLAGS live in one place, .cargo/config.toml: the split build adds its
// own with `--config`, which cargo appends to that file's list.
//
// Everything lands in `wasm-<hash>/` in the staging dir (the hash covers every
// file, so a new build never mixes with a cached old one), and a boot module
// `boot-<hash>.js` that waits for the first paint (public/prerender.js), then
// loads the glue and starts the app. Trunk 0.21 cannot do this itself: it runs
// cargo, wasm-bindgen and wasm-opt with no step in between.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = 'housing-first-guiden';
/** The QR decoder's crate (decoder/) and its file beside the app's modules. */
const DECODER_CRATE = 'hfg-qr-decoder';
const DECODER_FILE = 'qr-decoder.wasm';
/** Where this build's cargo output goes (its flags differ from the test builds'). */
const TARGET_DIR = 'target/split';
/** Where the QR decoder's build goes (decoder/, without the split's flags). */
const DECODER_TARGET_DIR = 'target/decoder';
/** Where the fast path's debug build goes. */
const FAST_TARGET_DIR = 'target/fast';
/** Flags the split build needs beyond .cargo/config.toml's: the split cfg, and
 *  the relocations wasm-split-cli reads. */
const SPLIT_RUSTFLAGS = ['--cfg', 'hfg_split', '-Clink-args=--emit-relocs'];
/** wasm-opt's flags: the wasm features Rust's wasm32 target emits. */
const WASM_OPT = [
  '-Oz',
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** cargo with .cargo/config.toml's rustflags in force: a RUSTFLAGS in the
 *  environment would replace them, so it is taken out. */
function cargo(args, env = {}) {
  const clean = { ...process.env, ...env };
  delete clean.RUSTFLAGS;
  delete clean.CARGO_ENCODED_RUSTFLAGS;
  execFileSync('cargo', args, { stdio: ['ignore', 'inherit', 'inherit'], env: clean });
}

/** Which build of a tool is installed, for the cache key (another tool, another
 *  output): its `--version` line, or the hash of its executable where it has
 *  no such option (wasm-split-cli). */
function toolId(cmd) {
  try {
    return execFileSync(cmd, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    const path = execFileSync('sh', ['-c', 'command -v "$0"', cmd], { encoding: 'utf8' }).trim();
    return `${cmd} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
}

/** Runs `jobs` (functions returning a child process promise) two at a time. */
async function twoAtATime(jobs) {
  const queue = [...jobs];
  const worker = async () => {
    while (queue.length) await queue.shift()();
  };
  await Promise.all([worker(), worker()]);
}

function runAsync(cmd, args) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
    p.on('error', fail);
  });
}

/** Builds into `dir`; returns { boot (file name), folder, modules (count) }. */
export async function buildWasm(dir) {
  const flags = `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(SPLIT_RUSTFLAGS)}`;
  cargo(['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--target-dir', TARGET_DIR, '--config', flags], {
    // wasm-split-cli reads the symbols and relocations; wasm-opt strips them later.
    CARGO_PROFILE_RELEASE_STRIP: 'false',
  });
  // The QR decoder (decoder/, rqrr): a module of its own that shares nothing
  // with the app, so the split does not have to carve the areas' chunks for it.
  // Without the split's flags (no relocations: nothing splits it), in a target dir of its own.
  cargo(['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '-p', DECODER_CRATE, '--lib', '--features', 'abi', '--target-dir', DECODER_TARGET_DIR]);
  const decoder = join(DECODER_TARGET_DIR, 'wasm32-unknown-unknown/release', `${DECODER_CRATE.replace(/-/g, '_')}.wasm`);
  // Splitting and optimising take a minute; the same cargo output gives the same files.
  const input = join(TARGET_DIR, 'wasm32-unknown-unknown/release', `${NAME}.wasm`);
  const key = createHash('sha256')
    .update(readFileSync(input))
    .update(readFileSync(decoder))
    .update(WASM_OPT.join(' '))
    .update(readFileSync(new URL(import.meta.url)))
    .update(['wasm-split-cli', 'wasm-bindgen', 'wasm-opt'].map(toolId).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cache = join(TARGET_DIR, 'split-cache', key);
  if (!existsSync(join(cache, 'done'))) {
    rmSync(join(TARGET_DIR, 'split-cache'), { recursive: true, force: true });
    splitAndBind(input, cache);
    copyFileSync(decoder, join(cache, DECODER_FILE));
    await optimise(cache);
    writeFileSync(join(cache, 'done'), '');
  }
  return place(dir, cache);
}

/** The fast path: a debug build of one unsplit module, bound, not optimised. */
export async function buildWasmFast(dir) {
  cargo(['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--target-dir', FAST_TARGET_DIR]);
  const input = join(FAST_TARGET_DIR, 'wasm32-unknown-unknown/debug', `${NAME}.wasm`);
  const out = join(FAST_TARGET_DIR, 'bound');
  rmSync(out, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', NAME, input]);
  return place(dir, out);
}

/** Copies the files of `from` into `wasm-<hash>/` in `dir` and writes the boot module. */
function place(dir, from) {
  const files = readdirSync(from).filter((f) => f !== 'done').sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(from, f)));
  const folder = `wasm-${hash.digest('hex').slice(0, 16)}`;
  mkdirSync(join(dir, folder));
  for (const f of files) copyFileSync(join(from, f), join(dir, folder, f));
  return { boot: writeBoot(dir, folder, files.includes(DECODER_FILE)), folder, modules: files.filter((f) => f.endsWith('.wasm')).length };
}

/** wasm-split-cli, then wasm-bindgen on the main module; everything into `out`. */
function splitAndBind(input, out) {
  const tmp = mkdtempSync(join(tmpdir(), 'hfg-wasm-'));
  try {
    const split = join(tmp, 'split');
    run('wasm-split-cli', [input, split, '--target', 'web', '--out-name', NAME]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', out, '--out-name', NAME, join(split, `${NAME}.wasm`)]);
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(split)) {
      if (f !== `${NAME}.wasm`) renameSync(join(split, f), join(out, f));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** wasm-opt -Oz on every module in `dir`, two at a time; esbuild on the JS. */
async function optimise(dir) {
  const modules = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
  await twoAtATime(modules.map((f) => () => runAsync('wasm-opt', [...WASM_OPT, join(dir, f), '-o', join(dir, f)])));
  const { buildSync } = await import('esbuild');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.js'))) {
    // ES modules both; the glue's object of the split loader's imports names
    // one key twice (wasm-split-cli writes it so), which minifying keeps as is.
    buildSync({ entryPoints: [join(dir, f)], outfile: join(dir, f), allowOverwrite: true, minify: true, format: 'esm', logLevel: 'error' });
  }
}

/** The boot module: waits for the first paint, loads the glue, starts the app. */
function writeBoot(dir, folder, withDecoder) {
  const boot = [
    ...(withDecoder
      ? ["// Where the seminar's camera finds the QR decoder (ui/pages/seminar/qr_decoder.rs).", `window.hfgQrDecoder = new URL('./${folder}/${DECODER_FILE}', import.meta.url).href;`]
      : []),
    '// Starts the app once the prerendered page has been painted (public/prerender.js):',
    "// on a slow connection the page's style sheets and fonts get the bandwidth first.",
    'await window.hfgPrerenderShown;',
    `const bindings = await import('./${folder}/${NAME}.js');`,
    `const wasm = await bindings.default({ module_or_path: './${folder}/${NAME}_bg.wasm' });`,
    '// For the benchmark (bench/lib/scale.mjs): main() has run and mounted the app.',
    "dispatchEvent(new CustomEvent('hfg-app-started', { detail: { memory: wasm.memory } }));",
    '',
  ].join('\n');
  const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), boot);
  return name;
}
