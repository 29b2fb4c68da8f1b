// A participant's page is a module of its own (src/ui/participant, no
// Leptos): what it must still do as every other page does. A hostile title
// stays text; two tabs on one phone agree; a browser that stores nothing
// says so and still works; the frame's menu, skip link and links lead into
// the app, and the app's link to an invitation opens this page.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

const invitation = JSON.parse(readFileSync('tests/fixtures/links-1.json', 'utf8')).invitation as string;
const INVITE = `/seminar/deltag/${invitation}`;

async function rateFirst(page: Page, key: string) {
  await page.locator('.rating-item input[type=radio]').first().focus();
  await page.keyboard.press(key);
}

test('a seminar title that looks like markup is shown as text on the phone', async ({ page, browser, watch }) => {
  const title = '<img src=x onerror="alert(1)"> & <b>Seminar</b>';
  await open(page, '/seminar/ny');
  await page.getByLabel('Seminarets titel').fill(title);
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await expect(page.locator('main h1')).toHaveText(title);
  const invite = await page.locator('#invite-link').inputValue();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const dialogs: string[] = [];
  phone.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await phone.goto(invite);
  await expect(phone.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(phone.locator('main h1')).toHaveText(title);
  await expect(phone.locator('main img, main b')).toHaveCount(0);
  await expect(phone).toHaveTitle(`${title} – Housing First-guiden`);
  expect(dialogs).toEqual([]);
  await phone.context().close();
  void watch;
});

test('two tabs on one phone show the same answers', async ({ context, page, watch }) => {
  await open(page, INVITE);
  const other = await context.newPage();
  await open(other, INVITE);
  await rateFirst(page, '3');
  await expect(page.locator('main')).toContainText('1 af 5 besvaret');
  // The other tab follows (a storage event), without a reload.
  await expect(other.locator('#r-ind-01-3')).toBeChecked();
  await expect(other.locator('main')).toContainText('1 af 5 besvaret');
  await other.getByLabel('Dit navn (valgfrit)').fill('Anna');
  await other.getByLabel('Dit navn (valgfrit)').blur();
  await expect(page.getByLabel('Dit navn (valgfrit)')).toHaveValue('Anna');
  // Both tabs' answers end up in the same link.
  await expect.poll(async () => (await page.locator('#answer-link').inputValue()) === (await other.locator('#answer-link').inputValue())).toBe(true);
  void watch;
});

test('a browser that stores nothing says so, and the answers still make a link', async ({ page, watch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await open(page, INVITE);
  await expect(page.getByRole('status').filter({ hasText: 'Intet bliver gemt i denne browser' })).toBeVisible();
  const before = await page.locator('#answer-link').inputValue();
  await rateFirst(page, '4');
  await expect(page.locator('main')).toContainText('1 af 5 besvaret');
  await expect(page.locator('#answer-link')).not.toHaveValue(before);
  await expectAccessible(page);
  void watch;
});

test('the menu, the skip link and the links lead on into the app, and back', async ({ page, watch }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, INVITE);
  // The skip link moves the focus and leaves the address alone.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skipnav')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe(`#${INVITE}`);
  // The phone menu opens and closes.
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Seminar' })).toHaveAttribute('aria-current', 'page');
  // A link out of the page starts the app there.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page.locator('main h1')).toHaveText('Guiden');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // And the app's way back to the invitation opens this page again.
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('main h1')).toHaveText('Ledelsesseminar om Housing First');
  await expect(page.locator('.rating-item').first()).toBeVisible();
  void watch;
});

test('a key before the rest of the statements is built reaches the next one', async ({ page, watch }) => {
  // The page builds its later statements once it is painted and the browser
  // is idle, or at the first key. Idle callbacks never come here: only the
  // key can build them, and ↓ and the next digit must still land.
  await page.addInitScript(() => {
    window.requestIdleCallback = (() => 1) as unknown as typeof window.requestIdleCallback;
  });
  await open(page, INVITE);
  await expect(page.locator('.rating-item')).toHaveCount(1);
  await page.locator('#item-ind-01 input[type=radio]').first().focus();
  await page.keyboard.press('4');
  await expect(page.locator('.rating-item')).toHaveCount(5);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#item-ind-02 input:focus')).toHaveCount(1);
  await page.keyboard.press('3');
  await expect(page.locator('#r-ind-01-4')).toBeChecked();
  await expect(page.locator('#r-ind-02-3')).toBeChecked();
  await expect(page.locator('#r-ind-02-3')).toBeFocused();
  await expect(page.locator('main')).toContainText('2 af 5 besvaret');
  void watch;
});
