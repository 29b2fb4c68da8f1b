// Offline: after one visit the service worker has the whole app; with the
// network gone a reload still opens it and it still works. A participant's
// phone (an invitation, a module of its own) and a browser that asks to save
// data keep only the page they opened: it reopens offline, and no other area
// is downloaded.
import { readFileSync } from 'node:fs';
import { test, expect, open, reload } from './fixtures';
import type { Page } from '@playwright/test';

const invitation = JSON.parse(readFileSync('tests/fixtures/links-1.json', 'utf8')).invitation as string;

/** How many of the build's WebAssembly files the service worker keeps. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('hfg-'));
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return urls.filter((u) => u.endsWith('.wasm')).length;
  });

/** The number of WebAssembly files in the build (from the worker's list). */
const built = (page: Page) =>
  page.evaluate(async () => {
    const sw = await (await fetch('./sw.js')).text();
    const all: string[] = JSON.parse(/const ALL = (\[.*?\]);/s.exec(sw)![1]);
    return all.filter((u) => u.endsWith('.wasm')).length;
  });

test('the app opens and works offline after the first visit', async ({ page, context, watch }) => {
  await open(page, '/');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return reg.active?.state;
  });
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'all');
  const wasm = await kept(page);
  expect(wasm).toBe(await built(page));
  await context.setOffline(true);
  await reload(page);
  await expect(page.locator('main h1')).toHaveText('Housing First-guiden');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Guide' }).click();
  await page.getByLabel('Søg i guiden').fill('sofasovere');
  await expect(page.locator('.guide-search__hit').first()).toBeVisible();
  await page.goto('./#/selvevaluering/ny');
  await page.getByLabel('Kommune eller team').fill('Offline Kommune');
  await page.getByRole('button', { name: 'Opret og begynd' }).click();
  await expect(page.locator('main h1')).toHaveText('Offline Kommune');
  await context.setOffline(false);
  void watch;
});

test('a participant\'s phone keeps only the invitation\'s page, and it reopens offline', async ({ page, context, watch }) => {
  await page.goto(`./#/seminar/deltag/${invitation}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'page');
  // The page is a module of its own (src/ui/participant): it fetched that
  // module alone, not the app's main module or any area's (tools/build-wasm.mjs),
  // and the worker keeps exactly that one.
  const used = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop()!)
      .filter((f) => /\.(wasm|bin)$/.test(f)),
  );
  expect(used, 'the invitation fetched its own module only').toEqual(['participant_bg.wasm']);
  const wasm = await kept(page);
  expect(wasm).toBe(1);
  expect(wasm).toBeLessThan(await built(page));
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.rating-item').first()).toBeVisible();
  await context.setOffline(false);
  void watch;
});

test('a browser that asks to save data keeps only the page it opened', async ({ page, watch }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'page');
  const wasm = await kept(page);
  expect(wasm).toBe(1);
  void watch;
});

test('the web app manifest and icons are served', async ({ page, watch }) => {
  await open(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest.lang).toBe('da');
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status()).toBe(200);
  void watch;
});
