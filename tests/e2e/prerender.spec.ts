// The build's prerendered first screen (tools/prerender.mjs): a phone on a
// slow connection sees the start page, a guide page or an invitation's top
// before the WebAssembly has arrived, any other deep link the frame and "Henter siden …", never a
// page the app would not show; once the app runs, nothing of it is left.
import { readFileSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { test, expect, open, expectAccessible } from './fixtures';

/** The page as it looks while the WebAssembly is still on its way (it never comes). */
async function withoutApp(page: import('@playwright/test').Page, route: string) {
  await page.route(/\.wasm$/, (r) => r.abort());
  await page.goto(`./#${route}`);
  await expect(page.locator('header .app-header__brand')).toBeVisible();
}

plain('the start page is there before the app has loaded', async ({ page }) => {
  await withoutApp(page, '/');
  await expect(page.locator('main h1:visible')).toHaveText('Housing First-guiden');
  await expect(page.getByText('Dine data bliver hos dig')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Selvevaluering' }).first()).toHaveAttribute('href', '#/selvevaluering');
  await expect(page).toHaveTitle('Housing First-guiden');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  // Only the page shown is in the document: one heading, one <main> content.
  await expect(page.locator('.prerender-page')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});

plain('on a phone, the prerendered menu opens and its links lead on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await withoutApp(page, '/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.locator('.app-nav').getByRole('link', { name: 'Seminar', exact: true })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.app-nav').getByRole('link', { name: 'Seminar', exact: true }).click();
  await expect(page).toHaveURL(/#\/seminar$/);
});

plain('an empty self-assessment list is prerendered, with its menu item marked', async ({ page }) => {
  await withoutApp(page, '/selvevaluering');
  await expect(page.locator('main h1:visible')).toHaveText('Selvevaluering');
  await expect(page.locator('.app-nav [aria-current="page"]')).toHaveText('Selvevaluering');
  await expect(page).toHaveTitle('Selvevaluering – Housing First-guiden');
});

plain('a deep link shows the frame and that the page is on its way', async ({ page }) => {
  await withoutApp(page, '/metoder/kapacitet');
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.locator('main h1')).toHaveCount(0);
  await expect(page.locator('.prerender-page')).toHaveCount(0);
  await expect(page.locator('footer')).toBeVisible();
});

plain('a link to a guide entry shows the entry before the app has loaded', async ({ page }) => {
  await withoutApp(page, '/guide/principper/princip-5');
  await expect(page.locator('main h1')).toHaveText(/Adskillelse af bolig og støttetilbud/);
  await expect(page).toHaveTitle('5. Adskillelse af bolig og støttetilbud – Housing First-guiden');
  await expect(page.locator('.app-nav [aria-current="page"]')).toHaveText('Guide');
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('footer')).toBeVisible();
  // Its links are plain links to the guide's other pages.
  const link = page.locator('main a[href^="#/guide/"]').first();
  await expect(link).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(1);
});

plain('nothing moves when a guide page arrives after the first paint', async ({ page }) => {
  // The page's file is held until the frame has been seen waiting for it
  // (a fixed delay raced a slow machine).
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/prerender\/.*\.html$/, async (r) => {
    await held;
    await r.continue();
  });
  await withoutApp(page, '/guide/principper/princip-5');
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  release();
  await expect(page.locator('main h1')).toHaveText(/Adskillelse af bolig og støttetilbud/);
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) sum += (e as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(sum), 200);
      }),
  );
  expect(shifted).toBe(0);
});

const invitation = JSON.parse(readFileSync('tests/fixtures/links-1.json', 'utf8')).invitation as string;

/** An invitation in format 1 (src/storage/codec) with the title `title`: what
 *  the frame reads of it (the rest, roles and items, is the app's to check). */
function invitationWithTitle(title: string): string {
  const text = new TextEncoder().encode(title);
  const body = [2, 0x78, 0, text.length, ...text]; // id "x", created 0, the title (under 128 bytes)
  let crc = ~0;
  for (const b of [0x69, 0x31, ...body]) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  crc = ~crc >>> 0;
  const bytes = [...body, crc & 255, (crc >>> 8) & 255, (crc >>> 16) & 255, crc >>> 24];
  return 'i1' + Buffer.from(bytes).toString('base64url');
}

plain('an invitation shows its seminar, the lead and the privacy note before the app has loaded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await withoutApp(page, `/seminar/deltag/${invitation}`);
  await expect(page.locator('main h1')).toHaveText('Ledelsesseminar om Housing First');
  await expect(page).toHaveTitle('Ledelsesseminar om Housing First – Housing First-guiden');
  await expect(page.getByText('Vurdér udsagnene, som du ser det fra din plads.')).toBeVisible();
  await expect(page.getByText('Dine svar gemmes kun på denne enhed')).toBeVisible();
  // The statements are on their way.
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.locator('.prerender-page')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expectAccessible(page);
});

plain("an invitation's title is shown as text, a damaged invitation not at all", async ({ page }) => {
  const hostile = '<img src=x onerror="window.pwned=1">Seminar';
  await withoutApp(page, `/seminar/deltag/${invitationWithTitle(hostile)}`);
  await expect(page.locator('main h1')).toHaveText(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // One character of the title changed: the CRC no longer holds; the app will explain.
  const at = invitation.indexOf('TGVkZWxz') + 4; // base64 of "Ledels"
  const damaged = invitation.slice(0, at) + (invitation[at] === 'A' ? 'B' : 'A') + invitation.slice(at + 1);
  await page.goto(`./#/seminar/deltag/${damaged}`);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.locator('main h1')).toHaveCount(0);
});

plain('the glossary and a term are prerendered too', async ({ page }) => {
  await withoutApp(page, '/guide/ordliste');
  await expect(page.locator('main h1')).toHaveText('Ordliste');
  await page.goto('./#/guide/ordliste/term-sofasovere');
  await page.reload();
  await expect(page.locator('main h1')).toContainText('Sofasover');
});

plain('a guide address with no such page says the page is on its way', async ({ page }) => {
  await withoutApp(page, '/guide/principper/findes-ikke');
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.locator('main h1')).toHaveCount(0);
  await expect(page.locator('footer')).toBeVisible();
});

plain('data set aside: no guide page is prerendered either', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hfg:aside:hfg:assessment:x', 'ødelagt'));
  await withoutApp(page, '/guide/principper/princip-5');
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.locator('main h1')).toHaveCount(0);
});

plain('stored assessments: the prerendered empty list is not shown', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hfg:assessment:x', '{}'));
  await withoutApp(page, '/selvevaluering');
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
  await expect(page.getByText('Kom i gang')).toBeHidden();
});

plain('data set aside: nothing prerendered (the app will show its notice)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hfg:aside:hfg:assessment:x', 'ødelagt'));
  await withoutApp(page, '/');
  await expect(page.locator('main h1:visible')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Henter siden …');
});

test('the app replaces a prerendered guide entry completely', async ({ page, watch }) => {
  await open(page, '/guide/principper/princip-5');
  await expect(page.locator('#prerender, script[src*="prerender-"]')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText(/Adskillelse af bolig og støttetilbud/);
  await expectAccessible(page);
  void watch;
});

test('the app replaces the prerendered page completely', async ({ page, watch }) => {
  await open(page, '/');
  await expect(page.locator('#prerender, script[src*="prerender-"]')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveCount(1);
  // The live app answers: the phone menu opens.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page);
  void watch;
});
