// Collecting answers in the room: the facilitator's camera reads the
// participants' answer QR codes. Chromium's fake camera plays a film made in
// the test from the participants' own answer codes (tools/fake-camera.mjs):
// two phones, one after the other, added offline with a confirmation, a tone
// and the name; the camera's track stops when the panel closes and when the
// page is left; a refused camera says so and pasting still works; the
// decoder's module is fetched only when the camera opens. The participant's
// big QR code (wake lock, Escape, focus) and "Del svaret" (Web Share).
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, open, expectAccessible, watchPage, expectClean } from './fixtures';
import { qrOnPage, writeFilm } from '../../tools/fake-camera.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE = `http://127.0.0.1:${PORT}/`;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Records every camera track the page gets, and every tone it plays. */
const RECORD = () => {
  const w = window as unknown as { __tracks: MediaStreamTrack[]; __tones: number };
  w.__tracks = [];
  w.__tones = 0;
  const md = navigator.mediaDevices;
  if (md) {
    const original = md.getUserMedia.bind(md);
    md.getUserMedia = async (c) => {
      const s = await original(c);
      w.__tracks.push(...s.getTracks());
      return s;
    };
  }
  const osc = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    w.__tones++;
    return osc.call(this);
  };
};

/** A browser whose camera films `file`; `grant` answers the permission prompt with yes. */
async function cameraBrowser(file: string, grant: boolean) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...FLAGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`, ...(grant ? ['--use-fake-ui-for-media-stream'] : [])],
  });
}

async function facilitatorPage(b: Browser) {
  const ctx = await b.newContext({ baseURL: BASE, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(RECORD);
  return { ctx, page, watch: await watchPage(page) };
}

async function newSeminar(page: Page, title: string) {
  await open(page, '/seminar/ny');
  await page.getByLabel('Seminarets titel').fill(title);
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await expect(page.locator('main h1')).toHaveText(title);
  return page.locator('#invite-link').inputValue();
}

/** A participant on a phone: name, three ratings; the answer link and its QR code. */
async function participant(browser: Browser, invite: string, name: string) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const page = await ctx.newPage();
  await page.goto(invite);
  await page.getByLabel('Dit navn (valgfrit)').fill(name);
  await page.getByLabel('Dit navn (valgfrit)').blur();
  await page.locator('.rating-item input[type=radio]').first().focus();
  for (const k of ['3', '4', '2']) {
    await page.keyboard.press(k);
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator('main')).toContainText('3 af');
  const link = (await page.locator('#answer-link').inputValue()).trim();
  const qr = await qrOnPage(page.locator('section.send'));
  return { ctx, page, link, qr };
}

const tracksLive = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.map((t) => t.readyState));

test('two phones shown to the camera are added offline, each with a confirmation, a tone and the name', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const film = info.outputPath('room.y4m');
  writeFilm(film, [{ qr: null, seconds: 1 }]);
  const cam = await cameraBrowser(film, true);
  let ctx: BrowserContext | undefined;
  try {
    const f = await facilitatorPage(cam);
    ctx = f.ctx;
    const { page, watch } = f;
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    const invite = await newSeminar(page, 'Seminar i rummet');
    const anna = await participant(browser, invite, 'Anna');
    const bo = await participant(browser, invite, 'Bo');
    // The room: nobody, Anna's phone, nobody, Bo's phone (then again from the start).
    writeFilm(film, [
      { qr: null, seconds: 1 },
      { qr: anna.qr, seconds: 2.5 },
      { qr: null, seconds: 0.5 },
      { qr: bo.qr, seconds: 2.5 },
    ]);

    // Everything kept for offline use, then the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'all', { timeout: 30_000 });
    expect(wasm.some((w) => w === 'qr-decoder.wasm'), 'the decoder is not loaded before the camera opens (the service worker may keep it)').toBe(false);
    await ctx.setOffline(true);

    await page.getByRole('button', { name: 'Scan svar med kameraet' }).click();
    const panel = page.getByRole('region', { name: 'Scan svar med kameraet' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Scan svar med kameraet' })).toBeFocused();
    await expect(panel).toHaveAttribute('data-state', 'scanning');
    const status = panel.getByRole('status');
    await expect(status).toContainText('Kamera: svar fra Anna er tilføjet.', { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: 'Deltagere (1)' })).toBeVisible();
    await expect(status).toContainText('Kamera: svar fra Bo er tilføjet.', { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: 'Deltagere (2)' })).toBeVisible();
    await expect(page.locator('.room__people')).toContainText('Anna');
    await expect(page.locator('.room__people')).toContainText('Bo');
    await expect(page.locator('.outcomes')).toContainText('Kamera: svar fra Anna er tilføjet.');
    // One tone per answer; the film starts again with Anna, who is not added twice.
    expect(await page.evaluate(() => (window as unknown as { __tones: number }).__tones)).toBe(2);
    await expect(panel).toHaveAttribute('data-decoder', /^(rqrr|barcode-detector)$/);
    await expectAccessible(page);
    expect(await tracksLive(page)).toEqual(['live']);

    // Closing the panel stops the camera; focus goes back to the button.
    await panel.getByRole('button', { name: 'Luk kameraet' }).click();
    await expect(panel).toHaveCount(0);
    expect(await tracksLive(page)).toEqual(['ended']);
    await expect(page.getByRole('button', { name: 'Scan svar med kameraet' })).toBeFocused();

    // Open again, then leave the page: the camera stops too.
    await page.getByRole('button', { name: 'Scan svar med kameraet' }).click();
    await expect(panel).toHaveAttribute('data-state', 'scanning');
    expect(await tracksLive(page)).toEqual(['ended', 'live']);
    await page.getByRole('link', { name: 'Samlet billede' }).click();
    await expect(page.locator('main h1')).toHaveText('Samlet billede – Seminar i rummet');
    await expect.poll(() => tracksLive(page)).toEqual(['ended', 'ended']);
    expectClean(watch);
    await anna.ctx.close();
    await bo.ctx.close();
  } finally {
    await ctx?.close();
    await cam.close();
  }
});

test('a refused camera says so and offers pasting, which still works; the decoder is fetched only for the camera', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const film = info.outputPath('nobody.y4m');
  writeFilm(film, [{ qr: null, seconds: 1 }]);
  // No fake permission prompt: headless Chromium answers the camera's with no.
  const cam = await cameraBrowser(film, false);
  try {
    const { ctx, page, watch } = await facilitatorPage(cam);
    const invite = await newSeminar(page, 'Seminar uden kamera');
    const anna = await participant(browser, invite, 'Anna');
    await page.getByRole('button', { name: 'Scan svar med kameraet' }).click();
    const panel = page.getByRole('region', { name: 'Scan svar med kameraet' });
    await expect(panel).toHaveAttribute('data-state', 'failed');
    await expect(panel.getByRole('status')).toContainText('Browseren fik ikke lov til at bruge kameraet.');
    await expectAccessible(page);
    await panel.getByRole('button', { name: 'Indsæt svarlinks i stedet' }).click();
    await expect(page.getByLabel('Svarlinks')).toBeFocused();
    await page.getByLabel('Svarlinks').fill(anna.link);
    await page.getByRole('button', { name: 'Tilføj svar' }).click();
    await expect(page.locator('.outcomes')).toContainText('Link 1: svar fra Anna er tilføjet.');
    await expect(page.getByRole('heading', { name: 'Deltagere (1)' })).toBeVisible();
    expectClean(watch);
    await anna.ctx.close();
    await ctx.close();
  } finally {
    await cam.close();
  }
});

test.describe('the decoder stays out of every other page', () => {
  test.use({ serviceWorkers: 'block' });
  test('the participant and the seminar page load no decoder until the camera opens', async ({ page, browser, watch }, info) => {
    const wasm: string[] = [];
    const note = (r: { url(): string }) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()!);
    };
    page.on('request', note);
    const invite = await newSeminar(page, 'Seminar uden kamera');
    const p = await participant(browser, invite, 'Anna');
    const phone: string[] = [];
    p.page.on('request', (r) => r.url().endsWith('.wasm') && phone.push(r.url()));
    await p.page.reload();
    // The invitation's frame (its heading) is painted before the app is fetched: wait for the app.
    await expect(p.page.locator('html[data-app="ready"] .rating-item').first()).toBeVisible();
    expect(phone.length).toBeGreaterThan(0);
    expect(phone.filter((u) => u.endsWith('/qr-decoder.wasm'))).toEqual([]);
    expect(wasm.filter((w) => w === 'qr-decoder.wasm')).toEqual([]);
    // A camera (the fake one) in its own browser: opening it fetches the decoder.
    const film = info.outputPath('nobody.y4m');
    writeFilm(film, [{ qr: null, seconds: 1 }]);
    const cam = await cameraBrowser(film, true);
    try {
      const f = await facilitatorPage(cam);
      const loaded: string[] = [];
      f.page.on('request', (r) => r.url().endsWith('.wasm') && loaded.push(r.url()));
      await f.ctx.route('**/sw.js', (r) => r.abort());
      await newSeminar(f.page, 'Seminar med kamera');
      expect(loaded.filter((u) => u.endsWith('/qr-decoder.wasm'))).toEqual([]);
      await f.page.getByRole('button', { name: 'Scan svar med kameraet' }).click();
      const panel = f.page.getByRole('region', { name: 'Scan svar med kameraet' });
      await expect(panel).toHaveAttribute('data-decoder', /./);
      if ((await panel.getAttribute('data-decoder')) === 'rqrr') {
        await expect.poll(() => loaded.filter((u) => u.endsWith('/qr-decoder.wasm')).length).toBe(1);
      }
      await f.ctx.close();
    } finally {
      await cam.close();
    }
    await p.ctx.close();
    void watch;
  });
});

test("the participant's big QR code keeps the screen on, closes with Escape and the button, and gives focus back", async ({ page, browser, watch }) => {
  const invite = await newSeminar(page, 'Seminar med stor kode');
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const phone = await ctx.newPage();
  const phoneWatch = await watchPage(phone);
  await phone.addInitScript(() => {
    const w = window as unknown as { __locks: number; __released: number };
    w.__locks = 0;
    w.__released = 0;
    Object.defineProperty(navigator, 'wakeLock', {
      value: { request: async () => (w.__locks++, { release: async () => void w.__released++ }) },
    });
  });
  await phone.goto(invite);
  await expect(phone.locator('main h1')).toBeVisible();
  // No Web Share API in Chromium on Linux: no share button.
  await expect(phone.getByRole('button', { name: 'Del svaret' })).toHaveCount(0);
  const opener = phone.getByRole('button', { name: 'Vis stor QR-kode' });
  await opener.click();
  const dialog = phone.getByRole('dialog', { name: 'Dit svar som QR-kode' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Luk' })).toBeFocused();
  const box = await dialog.locator('svg.qr').boundingBox();
  expect(box!.width, 'the code fills the phone\'s width').toBeGreaterThan(330);
  await expect.poll(() => phone.evaluate(() => (window as unknown as { __locks: number }).__locks)).toBe(1);
  await expectAccessible(phone);
  await phone.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect.poll(() => phone.evaluate(() => (window as unknown as { __released: number }).__released)).toBe(1);
  await opener.click();
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect.poll(() => phone.evaluate(() => (window as unknown as { __released: number }).__released)).toBe(2);
  expectClean(phoneWatch);
  await ctx.close();
  void watch;
});

test('"Del svaret" shares the answer link and the answer file where the browser can', async ({ page, browser, watch }) => {
  const invite = await newSeminar(page, 'Seminar med deling');
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const phone = await ctx.newPage();
  const phoneWatch = await watchPage(phone);
  await phone.addInitScript(() => {
    const w = window as unknown as { __shared: unknown };
    Object.assign(navigator, {
      canShare: (d: { files?: File[] }) => Array.isArray(d.files),
      share: async (d: { url: string; title: string; files?: File[] }) => {
        w.__shared = { url: d.url, title: d.title, files: (d.files ?? []).map((f) => [f.name, f.type]) };
      },
    });
  });
  await phone.goto(invite);
  await phone.getByLabel('Dit navn (valgfrit)').fill('Anna');
  await phone.getByLabel('Dit navn (valgfrit)').blur();
  const link = (await phone.locator('#answer-link').inputValue()).trim();
  await phone.getByRole('button', { name: 'Del svaret' }).click();
  await expect
    .poll(() => phone.evaluate(() => (window as unknown as { __shared: unknown }).__shared))
    .toEqual({ url: link, title: 'Mit svar til seminaret', files: [['seminarsvar-anna.json', 'application/json']] });
  expectClean(phoneWatch);
  await ctx.close();
  void watch;
});
