// Shared pieces: Chromium flags, launching the browser, statistics, small helpers.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags every Chromium the benchmark starts gets: without them it floods the closed network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Frames when there is something to draw, not at a 60 Hz refresh: the next
 * paint then measures the work and the frame itself, not the wait for vsync.
 */
export const UNTHROTTLED_FLAGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** Playwright's Chromium (headless) on the system browser. */
export function launch(extra = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROME_FLAGS, ...extra], timeout: 60_000 });
}

/** A fresh context (empty cache and storage), Danish, desktop-sized by default. */
export function newContext(browser, opts = {}) {
  return browser.newContext({
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    ...opts,
  });
}

/** Loopback hosts the benchmark serves; anything else is a foreign request. */
export function isLocal(url) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

export const median = (v) => percentile(v, 50);

/** { n, p50, p95, max, mean } of a list of milliseconds, rounded to 0.1 ms. */
export function summary(values) {
  const r = (x) => (x == null ? null : Math.round(x * 10) / 10);
  if (!values.length) return { n: 0, p50: null, p95: null, max: null, mean: null };
  return {
    n: values.length,
    p50: r(percentile(values, 50)),
    p95: r(percentile(values, 95)),
    max: r(Math.max(...values)),
    mean: r(values.reduce((a, b) => a + b, 0) / values.length),
  };
}

export function log(...args) {
  const t = ((Date.now() - START) / 1000).toFixed(0).padStart(4);
  console.log(`[${t}s]`, ...args);
}
const START = Date.now();

/** Runs `fn`, logs how long it took, returns its value. */
export async function step(name, fn) {
  const t = Date.now();
  log(`${name} …`);
  const value = await fn();
  log(`${name}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return value;
}

/**
 * The script put into every page the benchmark drives: arms a one-shot
 * capturing listener for an event type and resolves after the next frame has
 * been rendered: a message posted from the next requestAnimationFrame callback
 * runs once that frame's style, layout and paint are done (the usual "after
 * next paint"). That includes waiting for the frame itself, so `cost` below
 * measures the work alone.
 */
export const PAINT_PROBE = () => {
  const afterNextPaint = (fn) =>
    requestAnimationFrame(() => {
      const mc = new MessageChannel();
      mc.port1.onmessage = fn;
      mc.port2.postMessage(0);
    });
  window.__bench = {
    pending: null,
    arm(type) {
      this.pending = new Promise((resolve) => {
        // An event that never comes (the click missed) resolves to null after 5 s.
        const timer = setTimeout(() => {
          document.removeEventListener(type, handler, { capture: true });
          resolve(null);
        }, 5000);
        const handler = (e) => {
          clearTimeout(timer);
          const t0 = performance.now();
          const ts = e.timeStamp;
          afterNextPaint(() => {
            const t = performance.now();
            resolve({ paint: t - t0, fromEvent: t - ts });
          });
        };
        document.addEventListener(type, handler, { capture: true, once: true });
      });
      return true;
    },
    // Like arm, but waits until `selector` is in the document before the next paint.
    armUntil(type, selector) {
      this.pending = new Promise((resolve) => {
        const timer = setTimeout(() => {
          document.removeEventListener(type, handler, { capture: true });
          resolve(null);
        }, 10000);
        const handler = () => {
          const t0 = performance.now();
          const finish = () =>
            afterNextPaint(() => {
              clearTimeout(timer);
              resolve({ paint: performance.now() - t0 });
            });
          if (document.querySelector(selector)) return finish();
          const mo = new MutationObserver(() => {
            if (document.querySelector(selector)) {
              mo.disconnect();
              finish();
            }
          });
          mo.observe(document, { childList: true, subtree: true });
        };
        document.addEventListener(type, handler, { capture: true, once: true });
      });
      return true;
    },
    /**
     * Main-thread cost of clicking each selector in turn, with in-page clicks
     * (`element.click()`, so no input scheduling and no wait for vsync in
     * between): `work` from the click to the end of its task (handlers and
     * their microtasks, measured by a message posted after the click), plus
     * `render`, the next frame's rendering (style, layout, paint run in the
     * rAF task; measured from the rAF callback to a message posted there).
     */
    async cost(selectors) {
      const out = [];
      for (const sel of selectors) {
        const el = document.querySelector(sel);
        if (!el) {
          out.push(null);
          continue;
        }
        out.push(
          await new Promise((resolve) => {
            const t0 = performance.now();
            el.click();
            let tWork = null;
            const afterTask = new MessageChannel();
            afterTask.port1.onmessage = () => (tWork = performance.now());
            afterTask.port2.postMessage(0);
            requestAnimationFrame(() => {
              const tRaf = performance.now();
              const afterFrame = new MessageChannel();
              afterFrame.port1.onmessage = () => {
                const tFrame = performance.now();
                // If the frame came first, the task's end is bounded by the frame start.
                const work = (tWork != null && tWork <= tRaf ? tWork : tRaf) - t0;
                const render = tFrame - tRaf;
                resolve({ work, render, cost: work + render });
              };
              afterFrame.port2.postMessage(0);
            });
          }),
        );
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      return out;
    },
  };
};

/**
 * Arms the probe for `type` (and, for a page change, until `until`, a selector,
 * is in the document), acts, returns the probe's result (null: missed).
 */
export async function measured(page, type, act, until) {
  await page.evaluate(([t, sel]) => (sel ? window.__bench.armUntil(t, sel) : window.__bench.arm(t)), [type, until]);
  await act();
  return page.evaluate(() => window.__bench.pending);
}

/**
 * Lets a freshly opened page settle before measuring: if it registers a
 * service worker, waits (at most 15 s) until the worker is active, so its
 * precaching does not run during the measurements; then until the network is quiet.
 */
export async function settle(page) {
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return;
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15000))]);
  });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
}
