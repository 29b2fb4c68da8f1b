// The WebAssembly is split per area (tools/build-wasm.mjs): the start page
// loads only the main module, an area's module comes when the area is first
// opened, and keyboard focus still lands on the new page's heading.
import { test, expect, open, expectAccessible } from './fixtures';

// Without the service worker, which would fetch every module for offline use.
test.use({ serviceWorkers: 'block' });

test('the start page loads only the main module; an area loads its own when opened', async ({ page, watch }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) wasm.push(path.split('/').pop()!);
  });
  await open(page, '/');
  expect(wasm).toEqual(['housing-first-guiden_bg.wasm']);

  // While an area's module is on its way, the page says so.
  await page.route(/split_methods_page_\d+\.wasm$/, async (r) => {
    await new Promise((done) => setTimeout(done, 500));
    await r.continue();
  });
  await page.locator('.app-nav').getByRole('link', { name: 'Metoder', exact: true }).click();
  const waiting = page.locator('main .area-page');
  await expect(waiting).toBeEmpty();
  expect(await waiting.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Henter siden …"');
  await expect(page.locator('main h1')).toHaveText('Metoder');
  await expect(page.locator('main h1')).toBeFocused();
  expect(wasm.filter((w) => w.startsWith('split_')).map((w) => w.replace(/_\d+\.wasm$/, ''))).toEqual(['split_methods_page']);

  // Back to an area already loaded: nothing more is fetched.
  const before = wasm.length;
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Housing First-guiden');
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText('Metoder');
  expect(wasm.length).toBe(before);
  await expectAccessible(page);
  void watch;
});

test('a deep link into an area shows its page at once, with no loading gap', async ({ page, watch }) => {
  await open(page, '/metoder/kapacitet');
  await expect(page.locator('main h1')).toHaveText(/kapacitet/i);
  await expect(page.locator('.prerender-loading')).toHaveCount(0);
  await expect(page.locator('main .area-page')).not.toBeEmpty();
  void watch;
});
