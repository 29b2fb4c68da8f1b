// Housing First-guiden benchmark: `./dev bench` (or `node bench/run.mjs` after
// the set-up). Builds the release app into bench/out/dist and the SurveyJS
// peer into bench/out/peer, serves both on loopback, measures transfer size,
// Lighthouse, interaction latency, scale, the seminar and its camera scanner, checks the budgets
// and writes bench/RESULTS.md and bench/results.json. Exits 0 when every
// measurement ran (budgets may fail: they are reported), 1 when the benchmark
// could not run (a build or the browser failed), 2 when some measurement
// could not be taken (the report says which).
import { fileSave } from './lib/filesave.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tools/static-server.mjs';
import { launch, log, step, UNTHROTTLED_FLAGS } from './lib/common.mjs';
import { firstVisit } from './lib/transfer.mjs';
import { everyRoute, throttledAnswerable, INVITATION, GUIDE_ENTRY } from './lib/routes.mjs';
import { lighthouseMedian } from './lib/lighthouse.mjs';
import { oursInteraction, peerInteraction, oursResults } from './lib/interaction.mjs';
import { scale, storageBytes } from './lib/scale.mjs';
import { seminar } from './lib/seminar.mjs';
import { scan } from './lib/scan.mjs';
import { assessment, GROUPS, KEY_PREFIX, SEED_SCRIPT } from './lib/data.mjs';
import { buildPeer } from './peer/build.mjs';
import { budgets, ratios, writeReport } from './lib/report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, 'out');
const DIST = join(OUT, 'dist');
const PEER = join(OUT, 'peer');
const PORTS = { ours: Number(process.env.BENCH_PORT_OURS || 4180), peer: Number(process.env.BENCH_PORT_PEER || 4181) };
const LH_RUNS = Number(process.env.BENCH_LH_RUNS || 3);

/**
 * BENCH_ONLY=routes,interaction,lighthouse: only the measurements whose short
 * id (STEPS) is one of the words, or whose step name contains one one of the words (case-insensitive).
 */
export const STEPS = ['transfer', 'routes', 'throttled', 'interaction', 'interaction60', 'results', 'scale', 'storage', 'seminar', 'scan', 'filesave', 'lighthouse'];
const ONLY = (process.env.BENCH_ONLY || '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const wanted = (id, name = '') => !ONLY.length || ONLY.some((w) => id === w || name.toLowerCase().includes(w));

process.chdir(ROOT);
process.env.PATH = `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`;
process.env.CHROME_PATH ||= '/usr/bin/chromium';
mkdirSync(OUT, { recursive: true });

const started = Date.now();
const results = { date: new Date().toISOString(), errors: [], load: [], ...(ONLY.length ? { only: ONLY, skipped: [] } : {}) };

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
const pkgVersion = (name) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** trunk build --release --offline --dist bench/out/dist, output in bench/out/build.log. */
function buildOurs() {
  return new Promise((resolve, reject) => {
    const logFile = join(OUT, 'build.log');
    const out = createWriteStream(logFile);
    const child = spawn('trunk', ['build', '--release', '--offline', '--dist', 'bench/out/dist'], { cwd: ROOT, env: process.env });
    let tail = '';
    const keep = (d) => {
      out.write(d);
      tail = (tail + d).slice(-4000);
      if (/Blocking waiting for file lock/.test(String(d))) log('  cargo waits for the build directory lock (another build is running)');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      if (code === 0) resolve(logFile);
      else reject(new Error(`trunk build failed (exit ${code}); see ${logFile}:\n${tail}`));
    });
  });
}

/**
 * Runs a measurement (short id from STEPS); a failure is recorded and the
 * benchmark goes on. Left out (undefined) when BENCH_ONLY does not ask for it.
 */
async function measure(id, name, fn) {
  if (!wanted(id, name)) {
    results.skipped.push(name);
    return undefined;
  }
  const before = loadavg()[0];
  try {
    return await step(name, fn);
  } catch (e) {
    log(`${name}: COULD NOT MEASURE: ${e.message.split('\n')[0]}`);
    results.errors.push({ step: name, error: String(e.stack || e).slice(0, 2000) });
    return null;
  } finally {
    // Other work on the machine makes timings noisy: keep the 1-minute load average.
    results.load.push({ step: name, before: Math.round(before * 100) / 100, after: Math.round(loadavg()[0] * 100) / 100 });
  }
}

let servers = [];
let browser = null;
async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  browser = null;
  await Promise.all(servers.map((s) => s.close().catch(() => {})));
  servers = [];
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  results.machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: version(process.env.CHROME_PATH, ['--version'])?.split('\n').pop(),
    trunk: version('trunk', ['--version']),
    rustc: version('rustc', ['--version']),
    lighthouse: pkgVersion('lighthouse'),
    playwright: pkgVersion('playwright-core'),
    surveyCore: pkgVersion('survey-core'),
    surveyJsUi: pkgVersion('survey-js-ui'),
    esbuild: pkgVersion('esbuild'),
  };
  results.build = {};
  let t = Date.now();
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) {
    log('BENCH_SKIP_BUILD=1: measuring the existing bench/out/dist without building');
    results.build.ours = { seconds: 0, dir: 'bench/out/dist', skipped: true };
  } else {
    await step('build the app (trunk build --release --offline --dist bench/out/dist)', buildOurs);
    results.build.ours = { seconds: (Date.now() - t) / 1000, dir: 'bench/out/dist' };
  }
  t = Date.now();
  await step('build the SurveyJS peer (esbuild)', () => buildPeer(PEER));
  results.build.peer = { seconds: (Date.now() - t) / 1000, dir: 'bench/out/peer' };

  // Both served gzip-compressed, as docs/hosting.md's nginx set-up serves the app.
  const ours = await serve(DIST, PORTS.ours, { gzip: true });
  servers.push(ours);
  const peer = await serve(PEER, PORTS.peer, { gzip: true });
  servers.push(peer);
  log(`serving the app on ${ours.url} and the peer on ${peer.url}`);
  browser = await launch();

  const peerReady = `.sd-question[data-name="${GROUPS[0].items[0].id}"]`;
  const seeded = { script: SEED_SCRIPT, arg: { [KEY_PREFIX + 'bench-transfer']: JSON.stringify(assessment('bench-transfer')) } };
  results.transfer = await measure('transfer', 'transfer size, first visit', async () => ({
    ours: await firstVisit(browser, `${ours.url}#/`, 'html[data-app="ready"] main h1', null, DIST),
    oursAnswer: await firstVisit(
      browser,
      `${ours.url}#/selvevaluering/bench-transfer/svar/${GROUPS[0].id}`,
      `label[for="r-${GROUPS[0].items[0].id}-1"]`,
      seeded,
      DIST,
    ),
    peer: await firstVisit(browser, peer.url, peerReady, null, PEER),
  }));

  results.routes = await measure('routes', 'first visit of every entry route', () => everyRoute(browser, ours.url, peer.url, DIST, PEER, peerReady));
  for (const r of results.routes?.routes || []) if (r.error) results.errors.push({ step: `first visit of ${r.hash}`, error: r.error });
  results.throttled = await measure('throttled', 'invitation vs peer, answerable on slow 4G with 4× CPU slowdown', () =>
    throttledAnswerable(browser, `${ours.url}${INVITATION}`, peer.url),
  );

  // Frames as fast as Chromium makes them: click → paint is the work, not the wait for vsync.
  const unthrottled = wanted('interaction', 'interaction latency') ? await launch(UNTHROTTLED_FLAGS) : null;
  try {
    results.interaction = await measure('interaction', 'interaction latency (clicks, typing, page changes; no frame limit)', async () => ({
      ours: await oursInteraction(unthrottled, ours.url),
      peer: await peerInteraction(unthrottled, peer.url),
    }));
  } finally {
    await unthrottled?.close();
  }
  for (const who of ['ours', 'peer']) {
    const nav = results.interaction?.[who]?.navigation;
    if (nav?.error) results.errors.push({ step: `page changes (${who}): results, overview, action plan`, error: nav.error });
  }
  const sample = { groups: GROUPS.slice(0, 2), full: false };
  results.interaction60 = await measure('interaction60', 'click → paint at 60 Hz (two groups)', async () => ({
    ours: await oursInteraction(browser, ours.url, sample),
    peer: await peerInteraction(browser, peer.url, sample),
  }));
  results.resultsPage = await measure('results', 'results page of a fully answered assessment', () => oursResults(browser, ours.url));
  results.scale = await measure('scale', 'start-up and memory with 0, 1, 20, 200 stored assessments', () => scale(browser, ours.url));
  results.storage = await measure('storage', 'localStorage bytes per assessment', () => storageBytes(browser, ours.url));
  results.seminar = await measure('seminar', 'seminar merge and render', () => seminar(browser, ours.url));
  results.scan = await measure('scan', 'answers collected with the (fake) camera: frames decoded per second, code in view → answer added', () => scan(browser, ours.url, DIST));
  results.fileSave = await measure('filesave', 'the user\'s own file: write per change with 200 assessments', () => fileSave(browser, ours.url));
  await browser.close();
  browser = null;

  // Lighthouse last and alone: it starts its own Chromium per run.
  // The invitation and the guide entry: mobile only (their budgets are mobile's).
  const pages = {
    oursHome: `${ours.url}#/`,
    oursAssessments: `${ours.url}#/selvevaluering`,
    oursInvitation: `${ours.url}${INVITATION}`,
    oursGuideEntry: `${ours.url}${GUIDE_ENTRY}`,
    peer: peer.url,
  };
  const mobileOnly = new Set(['oursInvitation', 'oursGuideEntry']);
  results.lighthouse = {};
  for (const [name, url] of Object.entries(pages)) {
    results.lighthouse[name] = {};
    for (const preset of mobileOnly.has(name) ? ['mobile'] : ['mobile', 'desktop']) {
      const r = await measure('lighthouse', `Lighthouse ${preset} ${url} (median of ${LH_RUNS} runs)`, () => lighthouseMedian(url, preset, LH_RUNS));
      if (r) results.lighthouse[name][preset] = r;
    }
  }
  await cleanup();
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  console.error(`\nThe benchmark could not run: ${e.message}`);
  results.errors.push({ step: 'run', error: String(e.stack || e).slice(0, 4000) });
  results.fatal = true;
  exitCode = 1;
} finally {
  await cleanup();
}
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.ratios = ratios(results);
results.budgets = budgets(results);
writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 1) + '\n');
writeReport(results, join(BENCH, 'RESULTS.md'));

console.log('\nBudgets');
for (const b of results.budgets) console.log(`  ${b.status.padEnd(4)}  ${b.name}: ${b.measured}`);
if (exitCode === 0 && results.errors.length) exitCode = 2;
console.log(
  `\nWrote bench/RESULTS.md and bench/results.json in ${results.durationSeconds} s` +
    (results.errors.length ? ` (${results.errors.length} step(s) could not be measured: ${results.errors.map((e) => e.step).join('; ')})` : ''),
);
process.exit(exitCode);
