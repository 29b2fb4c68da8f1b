// The Guide: search as you type, "/" shortcut, cross-links both ways, sources.
import { test, expect, open, expectAccessible } from './fixtures';

test('search finds the quarter rule from "fjerdedel" and allocation from "boliganvisning"', async ({ page, watch }) => {
  await open(page, '/guide');
  const search = page.getByLabel('Søg i guiden');
  await search.fill('fjerdedel');
  await expect(page.getByRole('status')).toContainText('resultat');
  await expect(page.locator('.guide-search__hit a').first()).toContainText(/fjerdedel/i);
  await search.fill('boliganvisning');
  await expect(page.locator('.guide-search__hits')).toContainText(/boliganvisning/i);
  await search.fill('BOLIGANVISNING');
  await expect(page.locator('.guide-search__hits')).toContainText(/boliganvisning/i);
  await search.fill('skaeve boliger');
  await expect(page.locator('.guide-search__hits')).toContainText(/skæve boliger/i);
  await search.fill('xyzqq');
  await expect(page.getByRole('status')).toHaveText('Ingen resultater for „xyzqq“.');
  await expectAccessible(page);
  void watch;
});

test('"/" jumps to the search from any page', async ({ page, watch }) => {
  await open(page, '/om');
  await page.keyboard.press('/');
  await expect(page.locator('main h1')).toHaveText('Guiden');
  await expect(page.getByLabel('Søg i guiden')).toBeFocused();
  await page.keyboard.type('caseload');
  await expect(page.locator('.guide-search__hit').first()).toBeVisible();
  await page.locator('.guide-search__hit a').first().click();
  await expect(page.locator('main h1')).toBeVisible();
  void watch;
});

test('an entry shows its source and links both ways', async ({ page, watch }) => {
  await open(page, '/guide/boligloesning/fjerdedelsreglen');
  await expect(page.locator('.source-ref')).toContainText('Beskrivelse af indsatsen');
  const related = page.getByRole('region', { name: 'Hænger sammen med' });
  await expect(related.getByRole('link').first()).toBeVisible();
  // Follow a link and find the way back from the other side.
  const first = related.getByRole('link').first();
  await first.click();
  await expect(page.getByRole('region', { name: 'Hænger sammen med' }).getByRole('link', { name: /fjerdedel/i })).toBeVisible();
  await expectAccessible(page);
  void watch;
});

test('a method shows caseload and CTI its three phases', async ({ page, watch }) => {
  await open(page, '/guide/metoder/metode-cti');
  await expect(page.locator('main')).toContainText('10');
  await expect(page.locator('.phase')).toHaveCount(3);
  await expectAccessible(page);
  void watch;
});

test('a glossary term has its own page', async ({ page, watch }) => {
  await open(page, '/guide/ordliste');
  await page.locator('.glossary a').first().click();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.source-ref')).toBeVisible();
  await expectAccessible(page);
  void watch;
});

test('"Se kildens ordlyd" opens the verbatim quote with the keyboard', async ({ page, watch }) => {
  await open(page, '/guide/principper/princip-8');
  const quote = page.locator('.source-ref__quote').first();
  const summary = quote.locator('summary');
  await expect(summary).toHaveText('Se kildens ordlyd');
  await expect(quote.locator('blockquote').first()).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(quote.locator('blockquote').first()).toBeVisible();
  await expect(quote).toContainText('8 Skadesreduktion.');
  await expect(page.locator('.tool-note')).toContainText('Værktøjets egen tilføjelse');
  await expectAccessible(page);
  void watch;
});
