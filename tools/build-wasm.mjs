// Builds the app's WebAssembly, split per area, for post-build.mjs:
//
//   cargo build (release, wasm32, `--cfg hfg_split`, relocations kept)
//   → wasm-split-cli: the main module (shell, start page, runtime) and one
//     module per area (`#[lazy]` in src/ui/areas.rs), the backup's (ON_DEMAND)
//     and the chunks they share,
//     and `__wasm_split.js`, which loads them on demand
//   → wasm-bindgen (the main module's JS glue), its imports renamed short
//     (tools/wasm-imports.mjs) → wasm-opt -Oz on every module
//   → the QR decoder (decoder/) as a module of its own, qr-decoder.wasm
//   → esbuild minifies the glue and the split loader (about 80 KB of JS that
//     every page loads and parses, a third of it after minifying)
//   → one file per area for a first visit, `first-<area>.bin`: every module
//     the area needs (its own and the chunks it shares), one after another.
//     A deep link's first visit fetches that one file, as soon as the first
//     paint is out, beside the main module, instead of 20–50 modules one by
//     one after the app has started (see FIRST_VISIT and the boot module).
//     The split loader takes a module from it when it is there
//     (`hfgFetchWasm`), and fetches it by itself otherwise; the service worker
//     keeps the single modules (public/sw.js).
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
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortenImports } from './wasm-imports.mjs';

const NAME = 'housing-first-guiden';
/** The QR decoder's crate (decoder/) and its file beside the app's modules. */
const DECODER_CRATE = 'hfg-qr-decoder';
const DECODER_FILE = 'qr-decoder.wasm';
/** Where this build's cargo output goes (its flags differ from the test builds'). */
const TARGET_DIR = 'target/split';
/** Where the QR decoder's build goes (decoder/, without the split's flags). */
const DECODER_TARGET_DIR = 'target/decoder';
/** The addresses whose page is a module of its own, not the app's, and that
 *  module: the boot module starts it instead of the app (writeBoot). A test
 *  in src/ui/route.rs reads this list and FIRST_VISIT. */
const OWN_ENTRY = [
  ['#/seminar/deltag/', 'participant'],
];
/** A participant's page (src/ui/participant, the `participant` binary): a
 *  module of its own, without Leptos (`--no-default-features`). */
const PARTICIPANT = OWN_ENTRY[0][1];
/** Where its build goes (other features than the app's, so other crates). */
const PARTICIPANT_TARGET_DIR = 'target/participant';
/** Where the fast path's debug build goes. */
const FAST_TARGET_DIR = 'target/fast';
/** Flags the split build needs beyond .cargo/config.toml's: the split cfg, and
 *  the relocations wasm-split-cli reads. */
const SPLIT_RUSTFLAGS = [
  '--cfg',
  'hfg_split',
  '-Clink-args=--emit-relocs',
  // The same source gives the same modules wherever it is checked out: without
  // these the checkout's and cargo's absolute paths (panic locations, and the
  // content build.rs writes into OUT_DIR) end up in the wasm, and another
  // layout of the data makes wasm-split-cli place code differently.
  `--remap-path-prefix=${process.cwd()}=/hfg`,
  `--remap-path-prefix=${process.env.CARGO_HOME || join(homedir(), '.cargo')}=/cargo`,
];
/** The first address segments of each area's routes (src/ui/route.rs,
 *  `Route::parse` and `Route::area`) and the split module (`#[lazy]` in
 *  src/ui/areas.rs) that shows them, the first that fits counts (so the
 *  participant's invitation first); `*` is any one segment, a trailing `/`
 *  any address that begins so, else the address or one below it. The
 *  start page and unknown addresses need only the main module; the
 *  guide's pages come from their prerendered files (see ON_DEMAND). */
const FIRST_VISIT = [
  ['#/seminar/svar/', 'seminar_answer_page'],
  ['#/seminar', 'seminar_page'],
  ['#/selvevaluering/*/resultat', 'results_page'],
  ['#/selvevaluering/*/handleplan', 'results_page'],
  ['#/selvevaluering/*/rapport', 'results_page'],
  ['#/selvevaluering/*/sammenlign', 'results_page'],
  ['#/selvevaluering/', 'assessment_page'],
  ['#/selvevaluering', 'assessment_list_page'],
  ['#/laering', 'learning_page'],
  ['#/metoder/valg', 'methods_choice_page'],
  ['#/metoder/cti-plan', 'methods_cti_page'],
  ['#/metoder/kapacitet', 'methods_capacity_page'],
  ['#/metoder', 'methods_home_page'],
  ['#/mine-data', 'mydata_page'],
  ['#/om', 'about_page'],
];
/** Split modules no address opens, which the app fetches when it needs them:
 *  the backup's encoder (`#[leptos::lazy]` in src/ui/data_home/mod.rs), at the
 *  first save or download, the linked file's writer (src/ui/data_home/file.rs),
 *  where a file is or was linked, and the guide's (src/ui/areas.rs), whose pages come
 *  from their prerendered files (src/ui/prerendered.rs): it is fetched for
 *  the search, or where a page's file cannot be had. No first visit's file is
 *  written for them. */
const ON_DEMAND = ['backup_module', 'writer_module', 'guide_page'];
/** On-demand modules an area's page fetches as soon as it is shown, carried
 *  in that area's first-visit file too: Mine data offers a download (the
 *  backup's encoder, also for "Slet alle data") and "Gem i en fil" (the
 *  writer) at once, which would otherwise be five more requests. */
const WITH_FIRST_VISIT = { mydata_page: ['backup_module', 'writer_module'] };
/** What splitAndBind leaves for writeFirstVisitFiles: each split's modules. */
const FIRST_VISIT_LIST = 'first-visit.json';

/** wasm-opt's flags: the wasm features Rust's wasm32 target emits. */
const WASM_OPT = [
  // The stream adapters Leptos's server functions export (wasm-streams'
  // IntoUnderlyingSource and kin, `#[wasm_bindgen]` classes, so kept as the
  // module's exports): a client-only app calls no server and makes none, and
  // without the exports their code goes too (1.4 KB gzip of the main module).
  '--remove-exports=*intounderlying*',
  '-Oz',
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
  // The sections only toolchains read (which compiler, which target features):
  // about 150 bytes gzip in each of the hundred modules, 16 KB in all.
  '--strip-producers',
  '--strip-target-features',
  // HFG_WASM_NAMES=1 keeps the functions' names, for a profile that names them.
  ...(process.env.HFG_WASM_NAMES ? ['-g'] : []),
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
  // A participant's page, without the app's feature (no Leptos) and without
  // the split's flags (nothing splits it), in a target dir of its own.
  cargo(['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', PARTICIPANT, '--no-default-features', '--target-dir', PARTICIPANT_TARGET_DIR], {
    // wasm-bindgen reads the target features; wasm-opt strips the rest.
    CARGO_PROFILE_RELEASE_STRIP: 'false',
  });
  const participant = join(PARTICIPANT_TARGET_DIR, 'wasm32-unknown-unknown/release', `${PARTICIPANT}.wasm`);
  // Splitting and optimising take a minute; the same cargo output gives the same files.
  const input = join(TARGET_DIR, 'wasm32-unknown-unknown/release', `${NAME}.wasm`);
  const key = createHash('sha256')
    .update(readFileSync(input))
    .update(readFileSync(decoder))
    .update(readFileSync(participant))
    .update(WASM_OPT.join(' '))
    .update(readFileSync(new URL(import.meta.url)))
    .update(readFileSync(new URL('./wasm-imports.mjs', import.meta.url)))
    .update(['wasm-split-cli', 'wasm-bindgen', 'wasm-opt'].map(toolId).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const cache = join(TARGET_DIR, 'split-cache', key);
  if (!existsSync(join(cache, 'done'))) {
    rmSync(join(TARGET_DIR, 'split-cache'), { recursive: true, force: true });
    splitAndBind(input, cache);
    bind(participant, cache, PARTICIPANT);
    copyFileSync(decoder, join(cache, DECODER_FILE));
    await optimise(cache);
    writeFirstVisitFiles(cache);
    writeFileSync(join(cache, 'done'), '');
  }
  return place(dir, cache);
}

/** The fast path: debug builds of one unsplit module and of a participant's
 *  page, bound, not optimised. */
export async function buildWasmFast(dir) {
  cargo(['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--target-dir', FAST_TARGET_DIR]);
  cargo(['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', PARTICIPANT, '--no-default-features', '--target-dir', join(FAST_TARGET_DIR, PARTICIPANT)]);
  const out = join(FAST_TARGET_DIR, 'bound');
  rmSync(out, { recursive: true, force: true });
  bind(join(FAST_TARGET_DIR, 'wasm32-unknown-unknown/debug', `${NAME}.wasm`), out, NAME);
  bind(join(FAST_TARGET_DIR, PARTICIPANT, 'wasm32-unknown-unknown/debug', `${PARTICIPANT}.wasm`), out, PARTICIPANT);
  return place(dir, out);
}

/** wasm-bindgen on a module of its own (no split), its imports renamed short. */
function bind(input, out, name) {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', name, input]);
  shortenImports(out, name);
}

/** Copies the files of `from` into `wasm-<hash>/` in `dir` and writes the boot module. */
function place(dir, from) {
  const files = readdirSync(from).filter((f) => f !== 'done').sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(from, f)));
  const folder = `wasm-${hash.digest('hex').slice(0, 16)}`;
  mkdirSync(join(dir, folder));
  for (const f of files) copyFileSync(join(from, f), join(dir, folder, f));
  return { boot: writeBoot(dir, folder, files.includes(DECODER_FILE), files.some((f) => f.startsWith('first-'))), folder, modules: files.filter((f) => f.endsWith('.wasm')).length };
}

/** wasm-split-cli, then wasm-bindgen on the main module; everything into `out`. */
function splitAndBind(input, out) {
  const tmp = mkdtempSync(join(tmpdir(), 'hfg-wasm-'));
  try {
    const split = join(tmp, 'split');
    run('wasm-split-cli', [input, split, '--target', 'web', '--out-name', NAME]);
    const loader = join(split, '__wasm_split.js');
    const js = readFileSync(loader, 'utf8');
    writeFileSync(join(tmp, FIRST_VISIT_LIST), JSON.stringify(modulesPerSplit(js)));
    writeFileSync(loader, takeFromFirstVisit(js));
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', out, '--out-name', NAME, join(split, `${NAME}.wasm`)]);
    shortenImports(out, NAME);
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(split)) {
      if (f !== `${NAME}.wasm`) renameSync(join(split, f), join(out, f));
    }
    renameSync(join(tmp, FIRST_VISIT_LIST), join(out, FIRST_VISIT_LIST));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Each split's modules, from the split loader wasm-split-cli wrote: its own
 *  file, then every chunk whose comment names it (the loader's comment above
 *  each chunk lists the splits that load it). { "guide_page": [files] }. */
function modulesPerSplit(js) {
  const out = {};
  const name = (split) => split.replace(/_\d+$/, '');
  for (const m of js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    out[name(m[1])] = [m[2]];
  }
  for (const m of js.matchAll(/\/\* ([^*]*) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    for (const split of m[1].split(',').map((x) => name(x.trim()))) {
      if (!out[split]) throw new Error(`build-wasm: a chunk for an unknown split ${split}`);
      out[split].push(m[2]);
    }
  }
  for (const [, split] of FIRST_VISIT) {
    if (!out[split]) throw new Error(`build-wasm: FIRST_VISIT names ${split}, which the build does not have`);
  }
  for (const split of ON_DEMAND) {
    if (!out[split]) throw new Error(`build-wasm: ON_DEMAND names ${split}, which the build does not have`);
  }
  for (const [split, extras] of Object.entries(WITH_FIRST_VISIT)) {
    for (const extra of extras) {
      if (!ON_DEMAND.includes(extra)) throw new Error(`build-wasm: WITH_FIRST_VISIT names ${extra}, which ON_DEMAND does not`);
      out[split] = [...new Set([...out[split], ...out[extra]])];
    }
  }
  for (const split of ON_DEMAND) delete out[split];
  if (Object.keys(out).length !== new Set(FIRST_VISIT.map(([, split]) => split)).size) {
    throw new Error(`build-wasm: the build has splits ${Object.keys(out)}; FIRST_VISIT or ON_DEMAND must name each`);
  }
  return out;
}

/** The split loader, taking a module from the first visit's file when it is
 *  there (the boot module's `window.hfgFirstVisit`), and instantiating each
 *  module in a task of its own: the browser otherwise finishes an area's
 *  twenty-odd instantiations in one task, the start's longest (on this
 *  machine at 4× CPU, #/selvevaluering's summed long-task excess 147 → 29 ms,
 *  the invitation's 182 → 89, #/metoder/kapacitet's 207 → 110, median of 5;
 *  the time to a ready page the same within the runs' spread). */
function takeFromFirstVisit(js) {
  const fetches = js.split('fetch(new URL(').length - 1;
  if (fetches < new Set(FIRST_VISIT.map(([, split]) => split)).size) throw new Error('build-wasm: the split loader fetches its modules differently now');
  const instantiations = js.split('WebAssembly.instantiateStreaming(').length - 1;
  if (instantiations < fetches) throw new Error('build-wasm: the split loader instantiates its modules differently now');
  const helper = [
    '// Each module is instantiated in a task of its own (a zero timeout first),',
    '// so an area\'s modules do not make one long task of the start.',
    'function hfgInstantiate(response, imports) {',
    '    return new Promise((done) => setTimeout(done, 0)).then(() => WebAssembly.instantiateStreaming(response, imports));',
    '}',
    '',
    '// A module the first visit\'s file (tools/build-wasm.mjs) holds is taken from',
    '// it; any other, or all when that file failed, is fetched by itself.',
    'function hfgFetchWasm(url) {',
    '    const first = globalThis.hfgFirstVisit;',
    '    if (!first) return fetch(url);',
    "    const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);",
    '    return first.then((modules) => {',
    '        const bytes = modules && modules.get(name);',
    '        if (!bytes) return fetch(url);',
    '        modules.delete(name);',
    "        return new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });",
    '    }, () => fetch(url));',
    '}',
    '',
  ].join('\n');
  return helper + js.replaceAll('fetch(new URL(', 'hfgFetchWasm(new URL(').replaceAll('WebAssembly.instantiateStreaming(', 'hfgInstantiate(');
}

/** `first-<area>.bin` for each split: a little-endian u32 with the length of
 *  a JSON list of [file, bytes], the list, then the files' bytes in its order. */
function writeFirstVisitFiles(dir) {
  const list = JSON.parse(readFileSync(join(dir, FIRST_VISIT_LIST), 'utf8'));
  for (const [split, files] of Object.entries(list)) {
    const bodies = files.map((f) => readFileSync(join(dir, f)));
    const head = Buffer.from(JSON.stringify(files.map((f, i) => [f, bodies[i].length])));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    writeFileSync(join(dir, firstVisitFile(split)), Buffer.concat([len, head, ...bodies]));
  }
  rmSync(join(dir, FIRST_VISIT_LIST));
}

const firstVisitFile = (split) => `first-${split.replace(/_page$/, '')}.bin`;

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

/** A FIRST_VISIT address pattern as a regular expression's source. */
function addressPattern(pattern) {
  const prefix = pattern.endsWith('/');
  const body = pattern
    .replace(/\/$/, '')
    .split('/')
    .map((segment) => (segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body}${prefix ? '/' : '(/|$)'}`;
}

/** The boot module's part that fetches the first visit's file of the area the
 *  address opens, beside the main module; not when a service worker serves
 *  the page (it has the single modules, or fetches them itself). */
function firstVisitBoot(folder) {
  const table = FIRST_VISIT.map(([pattern, split]) => [addressPattern(pattern), firstVisitFile(split)]);
  return [
    '// The modules of the area this address opens, in one file (tools/build-wasm.mjs).',
    `const first = ${JSON.stringify(table)}.find(([p]) => new RegExp(p).test(location.hash));`,
    'if (!own && first && !navigator.serviceWorker?.controller) {',
    `  window.hfgFirstVisit = fetch(new URL(\`./${folder}/\${first[1]}\`, import.meta.url))`,
    "    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('no first-visit file'))))",
    '    .then((buf) => {',
    '      const n = new DataView(buf).getUint32(0, true);',
    '      const modules = new Map();',
    '      let at = 4 + n;',
    '      for (const [file, size] of JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)))) {',
    '        modules.set(file, new Uint8Array(buf, at, size));',
    '        at += size;',
    '      }',
    '      return modules;',
    '    });',
    '  window.hfgFirstVisit.catch(() => {});',
    '}',
  ];
}

/** The boot module: waits for the first paint, loads the glue, starts the app. */
function writeBoot(dir, folder, withDecoder, withFirstVisit) {
  const boot = [
    ...(withDecoder
      ? ["// Where the seminar's camera finds the QR decoder (ui/pages/seminar/qr_decoder.rs).", `window.hfgQrDecoder = new URL('./${folder}/${DECODER_FILE}', import.meta.url).href;`]
      : []),
    '// Starts the app once the prerendered page has been painted (public/prerender.js):',
    "// on a slow connection the page's style sheets and fonts get the bandwidth first.",
    '// An address with no page prerendered (a seminar, …) shows only "Henter siden …"',
    '// until the app is there: it starts at once. An invitation waits for its frame',
    "// (heading, lead, privacy note) to be painted, as a prerendered page does.",
    "if (document.documentElement.getAttribute('data-prerender') !== 'loading') await window.hfgPrerenderShown;",
    '// An address whose page is a module of its own (a participant\'s invitation)',
    '// starts that module instead of the app (tools/build-wasm.mjs, OWN_ENTRY).',
    `const own = ${JSON.stringify(OWN_ENTRY.map(([pattern, module]) => [addressPattern(pattern), module]))}.find(([p]) => new RegExp(p).test(location.hash));`,
    `const entry = own ? own[1] : ${JSON.stringify(NAME)};`,
    ...(withFirstVisit ? firstVisitBoot(folder) : []),
    `const bindings = await import(\`./${folder}/\${entry}.js\`);`,
    `const wasm = await bindings.default({ module_or_path: \`./${folder}/\${entry}_bg.wasm\` });`,
    '// For the benchmark (bench/lib/scale.mjs): main() has run and mounted the app.',
    "dispatchEvent(new CustomEvent('hfg-app-started', { detail: { memory: wasm.memory } }));",
    '',
  ].join('\n');
  const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), boot);
  return name;
}
