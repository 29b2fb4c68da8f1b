// Collecting answers with the camera (BENCH_ONLY=scan): Chromium's fake camera
// plays a 1280×720 film (tools/fake-camera.mjs) of two participants' real
// answer codes, a phone's size at a hand's distance, one after the other; the
// facilitator's page scans it. Measured:
// - frames decoded per second while scanning (the loop's rate; it waits
//   100 ms minus the decode between frames) and the mean time one frame
//   costs (canvas → grey → decoder), over a film with no code and one with a code;
// - time from a code coming into view (the film's timeline, counted from
//   the moment the panel says it is scanning) to the answer being added
//   (its confirmation in the panel, seen by a MutationObserver);
// - whether the browser has a BarcodeDetector that reads QR codes, and if
//   so the same numbers with it;
// - the gzip -9 size of the decoder's lazy module and of the main module.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROME_FLAGS, newContext, log } from './common.mjs';
import { qrOnPage, writeFilm } from '../../tools/fake-camera.mjs';

const FILM = { width: 1280, height: 720, fps: 10, fill: 0.4 };
/** Seconds of the film: nobody, the first phone, nobody, the second phone. */
const SCENES = [1.5, 3, 1, 3];

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The decoder's module and the main module, gzip -9. */
export function scanSizes(dist) {
  const dir = readdirSync(dist).find((d) => d.startsWith('wasm-'));
  const files = readdirSync(join(dist, dir));
  const decoder = files.find((f) => f === 'qr-decoder.wasm');
  return {
    decoderModule: decoder ?? null,
    decoderGzip: decoder ? gz(join(dist, dir, decoder)) : null,
    mainGzip: gz(join(dist, dir, 'housing-first-guiden_bg.wasm')),
  };
}

async function makeSeminar(page, base) {
  await page.goto(`${base}#/seminar/ny`);
  await page.waitForSelector('html[data-app="ready"]');
  await page.getByLabel('Seminarets titel').fill('Benchmark: svar med kameraet');
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await page.waitForSelector('#invite-link');
  return page.locator('#invite-link').inputValue();
}

async function participantCode(browser, invite, name) {
  const ctx = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(invite);
  await page.getByLabel('Dit navn (valgfrit)').fill(name);
  await page.getByLabel('Dit navn (valgfrit)').blur();
  await page.locator('.rating-item input[type=radio]').first().focus();
  for (const k of ['3', '4', '2', '1']) {
    await page.keyboard.press(k);
    await page.keyboard.press('ArrowDown');
  }
  await page.waitForFunction(() => document.querySelector('#answer-link')?.value.length > 0);
  const qr = await qrOnPage(page.locator('section.send'));
  await ctx.close();
  return qr;
}

/** Installs an observer noting when the panel scans and each answer's confirmation. */
const OBSERVE = () => {
  const w = window;
  w.__scan = { scanning: null, added: [] };
  new MutationObserver(() => {
    const p = document.querySelector('.scan-panel');
    if (!p) return;
    if (w.__scan.scanning == null && p.dataset.state === 'scanning') w.__scan.scanning = performance.now();
    const text = p.querySelector('.scan-panel__heard')?.textContent ?? '';
    if (text && !w.__scan.added.some((a) => a.text === text)) w.__scan.added.push({ text, at: performance.now() });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
};

/** One run of the facilitator's page on `film`, with or without BarcodeDetector. */
async function scanRun(file, base, seminarKey, seminarValue, { hideDetector, seconds }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROME_FLAGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`, '--use-fake-ui-for-media-stream'],
  });
  try {
    const ctx = await newContext(browser);
    await ctx.addInitScript(
      ([k, v, hide]) => {
        localStorage.setItem(k, v);
        if (hide) delete window.BarcodeDetector;
      },
      [seminarKey, seminarValue, hideDetector],
    );
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const id = seminarKey.split(':').pop();
    await page.goto(`${base}#/seminar/${id}`);
    await page.waitForSelector('html[data-app="ready"]');
    const hasDetector = await page.evaluate(async () =>
      'BarcodeDetector' in window ? (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code') : false,
    );
    await page.evaluate(OBSERVE);
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Scan svar med kameraet' }).click();
    await page.waitForSelector('.scan-panel[data-state="scanning"]', { timeout: 20_000 });
    await page.waitForTimeout(seconds * 1000);
    const out = await page.evaluate(() => {
      const p = document.querySelector('.scan-panel');
      return { ...window.__scan, frames: Number(p.dataset.frames), decodeMs: Number(p.dataset.decodeMs), decoder: p.dataset.decoder, now: performance.now() };
    });
    await ctx.close();
    const scanned = out.now - out.scanning;
    return { hasDetector, decoder: out.decoder, frames: out.frames, framesPerSecond: out.frames / (scanned / 1000), decodeMs: out.decodeMs, openToScanningMs: out.scanning - clicked, scanning: out.scanning, added: out.added, errors };
  } finally {
    await browser.close();
  }
}

/** The benchmark step. */
export async function scan(browser, base, dist) {
  const sizes = scanSizes(dist);
  const dir = mkdtempSync(join(tmpdir(), 'hfg-scan-'));
  try {
    // Two participants' answers to a fresh seminar, made in the app itself.
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const invite = await makeSeminar(page, base);
    const [seminarKey, seminarValue] = await page.evaluate(() => {
      const k = Object.keys(localStorage).find((x) => x.startsWith('hfg:seminar:'));
      return [k, localStorage.getItem(k)];
    });
    await ctx.close();
    const anna = await participantCode(browser, invite, 'Anna');
    const bo = await participantCode(browser, invite, 'Bo');

    const empty = join(dir, 'empty.y4m');
    writeFilm(empty, [{ qr: null, seconds: 2 }], FILM);
    const room = join(dir, 'room.y4m');
    writeFilm(room, [{ qr: null, seconds: SCENES[0] }, { qr: anna, seconds: SCENES[1] }, { qr: null, seconds: SCENES[2] }, { qr: bo, seconds: SCENES[3] }], FILM);
    const inView = [SCENES[0] * 1000, (SCENES[0] + SCENES[1] + SCENES[2]) * 1000];

    const runs = {};
    for (const hideDetector of [true, false]) {
      const label = hideDetector ? 'rqrr' : 'default';
      const noCode = await scanRun(empty, base, seminarKey, seminarValue, { hideDetector, seconds: 5 });
      if (!hideDetector && !noCode.hasDetector) {
        runs.barcodeDetector = { available: false };
        break;
      }
      const two = await scanRun(room, base, seminarKey, seminarValue, { hideDetector, seconds: 9 });
      const latency = two.added.map((a, i) => ({ text: a.text, codeInViewToAddedMs: a.at - two.scanning - inView[i] }));
      runs[hideDetector ? 'rqrr' : 'barcodeDetector'] = { available: true, noCode, withCodes: { ...two, latency } };
      log(`  ${label}: ${noCode.framesPerSecond.toFixed(1)} frames/s (no code, ${noCode.decodeMs} ms a frame), ${two.framesPerSecond.toFixed(1)} frames/s with codes (${two.decodeMs} ms a frame); code in view → added: ${latency.map((l) => `${Math.round(l.codeInViewToAddedMs)} ms`).join(', ')}`);
    }
    return { film: FILM, scenes: SCENES, sizes, ...runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
