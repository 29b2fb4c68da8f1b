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
 * Frames as fast as Chromium can produce them, not at 60 Hz: a double rAF then
 * measures the work and the frames themselves, not the wait for vsync.
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
 * capturing listener for an event type and resolves on the animation frame
 * after the next one (double requestAnimationFrame), i.e. after the frame that
 * shows the event's effect has been produced. At 60 Hz that is never less
 * than one frame interval (16.7 ms), so it also reports `busy`: the main-thread
 * time from the event until the next frame is rendered, without idle waiting.
 */
export const PAINT_PROBE = () => {
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
          // The end of the event's own task (handlers and their microtasks) …
          let tWork = null;
          const afterTask = new MessageChannel();
          afterTask.port1.onmessage = () => (tWork = performance.now());
          afterTask.port2.postMessage(0);
          requestAnimationFrame(() => {
            // … and the end of the next frame's rendering (style, layout, paint
            // run in the same task as the rAF callbacks).
            const tRaf = performance.now();
            let tFrame = null;
            const afterFrame = new MessageChannel();
            afterFrame.port1.onmessage = () => (tFrame = performance.now());
            afterFrame.port2.postMessage(0);
            requestAnimationFrame(() => {
              const t = performance.now();
              // Busy: main-thread time from the event to the rendered frame,
              // without the idle wait for the frame to begin.
              const idle = tWork != null && tWork < tRaf ? tRaf - tWork : 0;
              resolve({
                paint: t - t0,
                fromEvent: t - ts,
                busy: tFrame != null ? tFrame - t0 - idle : null,
              });
            });
          });
        };
        document.addEventListener(type, handler, { capture: true, once: true });
      });
      return true;
    },
    // Like arm, but waits until `selector` is in the document before the double rAF.
    armUntil(type, selector) {
      this.pending = new Promise((resolve) => {
        const timer = setTimeout(() => {
          document.removeEventListener(type, handler, { capture: true });
          resolve(null);
        }, 10000);
        const handler = () => {
          const t0 = performance.now();
          const finish = () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                clearTimeout(timer);
                resolve({ paint: performance.now() - t0 });
              }),
            );
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
  };
};
