// Offline: after one visit the service worker has the whole app; with the
// network gone a reload still opens it and it still works.
import { test, expect, open, reload } from './fixtures';

test('the app opens and works offline after the first visit', async ({ page, context, watch }) => {
  await open(page, '/');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return reg.active?.state;
  });
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
