// Shared helpers: a page that records console errors, CSP violations and any
// request to another origin, and an axe scan that must find nothing.
import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The port of the update test's own server (E2E_PORT + 2). */
export const UPDATE_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

export type Watch = { errors: string[]; foreign: string[] };

/**
 * Records on `page` what must never happen: console errors, uncaught
 * errors, dialogs, CSP violations and requests to other origins. The page
 * fixture uses it; a test with a browser of its own (the camera test's fake
 * camera) calls it on its pages and then [`expectClean`].
 */
export async function watchPage(page: Page, watch: Watch = { errors: [], foreign: [] }): Promise<Watch> {
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('dialog', (d) => {
    watch.errors.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (![`127.0.0.1:${process.env.E2E_PORT ?? 4173}`, `127.0.0.1:${UPDATE_PORT}`].includes(url.host) && !['data:', 'blob:'].includes(url.protocol)) {
      watch.foreign.push(r.url());
    }
  });
  return watch;
}

/** Nothing of what [`watchPage`] records happened. */
export function expectClean(watch: Watch) {
  expect(watch.foreign, 'requests to other origins').toEqual([]);
  expect(watch.errors, 'console errors').toEqual([]);
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch = await watchPage(page);
    await use(watch);
    expectClean(watch);
  },
});

export { expect };

/**
 * Opens a route (the part after `#`) and waits for the app to have started
 * (not just the build's prerendered first screen) and rendered its heading.
 */
export async function open(page: Page, route: string) {
  await page.goto(`./#${route}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('main h1')).toBeVisible();
}

/** Reloads the page and waits for the app to have started again. */
export async function reload(page: Page) {
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Runs axe (WCAG 2.1 A and AA rules) and expects no violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
