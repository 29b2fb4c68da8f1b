// Lighthouse 12 through its node API, fully offline: each run gets its own
// headless Chromium (system browser, the benchmark's flags, a throw-away
// profile) started here and stopped by its process id. Mobile is Lighthouse's
// default config (Moto G Power emulation, simulated slow 4G and 4x CPU
// slowdown); desktop is its desktop config. Median of the runs per number.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROME_FLAGS, median, isLocal, log } from './common.mjs';

const LH_FLAGS = ['--headless=new', ...CHROME_FLAGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

/** Starts Chromium with remote debugging on a free port; resolves { port, stop() }. */
function startChrome() {
  const profile = mkdtempSync(join(tmpdir(), 'hfg-bench-lh-'));
  const child = spawn(
    CHROMIUM,
    [...LH_FLAGS, '--remote-debugging-port=0', '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode == null && child.signalCode == null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    // Helper processes may still be writing to the profile for a moment.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // a left-over temporary profile is harmless
    }
  };
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Chromium did not start for Lighthouse: ${err.slice(-500)}`));
    }, 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        child.stderr.removeAllListeners('data');
        child.stderr.resume();
        resolve({ port: Number(m[1]), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before Lighthouse could connect: ${err.slice(-500)}`));
    });
  });
}

/** One Lighthouse run: scores (0–100), metrics (ms; CLS unitless) and what failed. */
export async function lighthouseOnce(url, preset) {
  const chrome = await startChrome();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {};
    for (const c of CATEGORIES) scores[c] = lhr.categories[c].score == null ? null : Math.round(lhr.categories[c].score * 100);
    const metrics = {};
    for (const [k, id] of Object.entries(METRICS)) metrics[k] = lhr.audits[id]?.numericValue ?? null;
    // Audits below a full score in the non-performance categories, to say what to fix.
    const failing = [];
    for (const c of ['accessibility', 'best-practices']) {
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score != null && a.score < 1) failing.push(`${c}: ${ref.id} (${a.title})`);
      }
    }
    const requests = lhr.audits['network-requests']?.details?.items?.map((i) => i.url) ?? [];
    return {
      scores,
      metrics,
      failing,
      foreign: requests.filter((u) => !isLocal(u)),
      warnings: lhr.runWarnings || [],
      lighthouse: lhr.lighthouseVersion,
      chrome: lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1],
    };
  } finally {
    await chrome.stop();
  }
}

/** `runs` Lighthouse runs of one page and preset, reduced to medians. */
export async function lighthouseMedian(url, preset, runs = 3) {
  const all = [];
  const failed = [];
  for (let i = 0; i < runs; i++) {
    let r;
    try {
      r = await lighthouseOnce(url, preset);
    } catch (e) {
      // One retry: a run can fail for reasons of the moment (Chromium start-up).
      log(`  lighthouse ${preset} ${url} run ${i + 1}/${runs} failed (${e.message.split('\n')[0]}); retrying once`);
      failed.push(e.message.split('\n')[0]);
      r = await lighthouseOnce(url, preset);
    }
    log(
      `  lighthouse ${preset} ${url} run ${i + 1}/${runs}: perf ${r.scores.performance}, a11y ${r.scores.accessibility}, bp ${r.scores['best-practices']}, LCP ${Math.round(r.metrics.lcp)} ms`,
    );
    all.push(r);
  }
  const med = (f) => median(all.map(f).filter((x) => x != null));
  return {
    url,
    preset,
    runs: all.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, med((r) => r.metrics[k])])),
    perRun: all.map((r) => ({ scores: r.scores, metrics: r.metrics })),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    foreign: [...new Set(all.flatMap((r) => r.foreign))],
    warnings: [...new Set(all.flatMap((r) => r.warnings))],
    lighthouse: all[0]?.lighthouse,
    chrome: all[0]?.chrome,
    retried: failed,
  };
}
