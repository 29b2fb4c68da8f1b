// The app shell: every route renders, reloads as a deep link, passes axe,
// requests nothing from other origins; navigation, back/forward, not-found.
import { test, expect, open, expectAccessible, reload } from './fixtures';

const routes: [string, RegExp][] = [
  ['/', /Housing First-guiden/],
  ['/guide', /Guiden/],
  ['/guide/principper', /grundprincipper/i],
  ['/guide/principper/princip-1', /menneskeret/i],
  ['/guide/metoder/metode-cti', /CTI|Critical Time Intervention/],
  ['/guide/tjekliste-a', /Tjekliste A/],
  ['/guide/ordliste', /Ordliste/],
  ['/selvevaluering', /Selvevaluering/],
  ['/seminar', /Seminar/],
  ['/laering', /Læring/],
  ['/metoder', /Metoder/],
  ['/mine-data', /Mine data/],
  ['/om', /Om Housing First-guiden/],
];

for (const [route, heading] of routes) {
  test(`route ${route} renders, reloads and passes axe`, async ({ page, watch }) => {
    await open(page, route);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page).toHaveTitle(/Housing First-guiden/);
    await reload(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expectAccessible(page);
    void watch;
  });
}

test('the page is Danish, described and has a favicon', async ({ page, watch }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Housing First/);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const res = await page.request.get(icon!);
  expect(res.status()).toBe(200);
  void watch;
});

test('a page in Danish loads the fonts\' core files only; a rarer letter brings the rest', async ({ page, watch }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push(r.url().split('/').pop()!);
  });
  await open(page, '/selvevaluering');
  await page.waitForLoadState('networkidle');
  expect(fonts.sort()).toEqual(['IBMPlexSans-Regular-Core.woff2', 'IBMPlexSans-SemiBold-Core.woff2']);
  expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans"', 'Æbleø – “Må” § 3'))).toBe(true);
  // A name in a note with an ñ: the browser fetches the rest of Latin-1, and draws it in the font.
  await page.evaluate(() => document.fonts.load('16px "IBM Plex Sans"', 'Muñoz'));
  expect(fonts).toContain('IBMPlexSans-Regular-Rest.woff2');
  expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans"', 'Muñoz'))).toBe(true);
  void watch;
});

test('the privacy promise is on the start page and the about page', async ({ page, watch }) => {
  const promise = 'Alt, du skriver, bliver på din egen enhed: i denne browser og i en fil, hvis du vælger det. Intet sendes nogen steder hen.';
  await open(page, '/');
  await expect(page.locator('main')).toContainText(promise);
  await page.getByRole('link', { name: 'Om', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Om Housing First-guiden');
  await expect(page.locator('main')).toContainText(promise);
  await expect(page.locator('main')).toContainText('Beskrivelse af indsatsen');
  void watch;
});

test('navigation, back and forward', async ({ page, watch }) => {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page.locator('main h1')).toHaveText('Guiden');
  await expect(page.getByRole('link', { name: 'Guide', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'De otte grundprincipper' }).click();
  await expect(page.locator('main h1')).toHaveText(/grundprincipper/i);
  await expect(page.locator('main h1')).toBeFocused();
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Guiden');
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText(/grundprincipper/i);
  void watch;
});

test('an unknown address gets a friendly not-found page', async ({ page, watch }) => {
  await open(page, '/findes/ikke');
  await expect(page.locator('main h1')).toHaveText('Siden findes ikke');
  await open(page, '/guide/principper/princip-99');
  await expect(page.locator('main h1')).toHaveText('Siden findes ikke');
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.locator('main h1')).toHaveText('Housing First-guiden');
  await expectAccessible(page);
  void watch;
});

test('the skip link and the phone menu work from the keyboard', async ({ page, watch }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læring' })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læring' }).click();
  await expect(page.locator('main h1')).toHaveText('Læring');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page);
  void watch;
});
