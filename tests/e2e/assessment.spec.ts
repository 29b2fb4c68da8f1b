// Self-assessment end to end: create, answer by keyboard, reload, results on a
// hand-computed fixture, action plan, report, and storage that loses nothing
// (corrupt value, newer schema, no localStorage, full quota, two tabs).
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, reload } from './fixtures';
import type { Page } from '@playwright/test';

const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
const FIX = 'fixture-baseline';

async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

test('create an assessment and answer two drivers by keyboard only; a reload keeps every answer', async ({ page, watch }) => {
  await open(page, '/selvevaluering');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny selvevaluering' }).click();
  await expect(page.locator('main h1')).toHaveText('Ny selvevaluering');
  await expectAccessible(page);
  await page.getByLabel('Kommune eller team').fill('Tastaturkommune');
  await page.getByRole('button', { name: 'Opret og begynd' }).press('Enter');
  await expect(page.locator('main h1')).toHaveText('Tastaturkommune');
  await expect(page.locator('main')).toContainText('0 af 66 besvaret');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Begynd at svare' }).click();
  await expect(page.locator('main h1')).toHaveText('Indsatsen – Tastaturkommune');
  // The first item's first radio has focus; rate with digits, move with ↓.
  await expect(page.locator('#item-ind-01 input[type=radio]').first()).toBeFocused();
  // As a person types: each key, then ↓, then the next statement has focus.
  const pattern = ['4', '3', '2', '1', '5', '6', '4', '3'];
  for (const [n, key] of pattern.entries()) {
    await page.keyboard.press(key);
    await expect(page.locator(`#item-ind-0${n + 1} input:focus`)).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    if (n < 7) await expect(page.locator(`#item-ind-0${n + 2} input:focus`)).toHaveCount(1);
  }
  await expect(page.locator('main')).toContainText('8 af 66 besvaret');
  await expectAccessible(page);
  await page.getByRole('link', { name: /Næste\s*Konteksten/ }).click();
  await expect(page.locator('main h1')).toHaveText('Konteksten – Tastaturkommune');
  await page.locator('#item-kon-01 input[type=radio]').first().focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowDown');
    if (i < 7) await expect(page.locator(`#item-kon-0${i + 2} input:focus`)).toHaveCount(1);
  }
  await expect(page.locator('main')).toContainText('16 af 66 besvaret');
  // A note is saved too.
  await page.getByLabel('Note (valgfri)').first().fill('Aftale med boligselskabet på vej.');
  await reload(page);
  await expect(page.locator('main h1')).toHaveText('Konteksten – Tastaturkommune');
  await expect(page.locator('main')).toContainText('16 af 66 besvaret');
  await expect(page.getByLabel('Note (valgfri)').first()).toHaveValue('Aftale med boligselskabet på vej.');
  for (let n = 1; n <= 8; n++) await expect(page.locator(`#r-kon-0${n}-2`)).toBeChecked();
  await page.getByRole('link', { name: 'Indsatsen', exact: true }).click();
  const codes = ['4', '3', '2', '1', 'ved-ikke', 'ikke-relevant', '4', '3'];
  for (let n = 0; n < 8; n++) await expect(page.locator(`#r-ind-0${n + 1}-${codes[n]}`)).toBeChecked();
  void watch;
});

test('keys typed before the browser is idle keep the focus when the later statements are built', async ({ page, watch }) => {
  // The answer page builds its later statements at the first key, or when the
  // browser is next idle, whichever comes first. Idle callbacks are held here
  // until three statements are answered, then let go: the statements must not
  // be built a second time under the focused one.
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    (window as unknown as { hfgHeldIdle: typeof held }).hfgHeldIdle = held;
    window.requestIdleCallback = ((f: IdleRequestCallback) => {
      held.push(() => f({ didTimeout: false, timeRemaining: () => 50 }));
      return held.length;
    }) as typeof window.requestIdleCallback;
  });
  await seed(page, { 'hfg:assessment:fixture-baseline': fixture });
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('#item-kon-01 input[type=radio]').first().focus();
  for (const key of ['1', 'ArrowDown', '2', 'ArrowDown']) await page.keyboard.press(key);
  await expect(page.locator('#item-kon-03 input:focus')).toHaveCount(1);
  await page.evaluate(() => {
    for (const f of (window as unknown as { hfgHeldIdle: (() => void)[] }).hfgHeldIdle.splice(0)) f();
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await expect(page.locator('#item-kon-03 input:focus')).toHaveCount(1);
  await page.keyboard.press('3');
  await expect(page.locator('#r-kon-03-3')).toBeChecked();
  await expect(page.locator('#r-kon-03-3')).toBeFocused();
  void watch;
});

test('results match the hand-computed fixture', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/resultat`);
  await expect(page.locator('.level-box__label')).toHaveText('Delvis forankring');
  const table = page.getByRole('table', { name: 'Resultat pr. drivkraft' });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Indsatsen')).toContainText('2,5');
  // 62,5 %: halves round up, as Danes (and Excel) round (model/format.rs).
  await expect(row('Indsatsen')).toContainText('63 %');
  await expect(row('Indsatsen')).toContainText('4 af 7 vurderet');
  await expect(row('Konteksten')).toContainText('75 %');
  await expect(row('Organiseringen')).toContainText('100 %');
  await expect(row('Menneskene')).toContainText('50 %');
  await expect(row('Ledelse')).toContainText('25 %');
  await expect(page.locator('.summary__numbers')).toContainText('gennemsnit 2,5');
  await expect(page.locator('.gap')).toHaveCount(18);
  await expect(page.locator('.start-here .gap')).toHaveCount(5);
  await expect(page.locator('.spider__series polygon')).toHaveCount(1);
  await expectAccessible(page);
  // Turn a gap into an action, then find it in the plan (led-01, the first, has one already).
  await expect(page.locator('.gap').first()).toContainText('I handleplanen');
  await page.locator('.gap').nth(1).getByRole('button', { name: /Tilføj til handleplanen/ }).click();
  await expect(page.locator('.gap').nth(1)).toContainText('I handleplanen');
  await page.getByRole('link', { name: 'Gå til handleplanen' }).click();
  await expect(page.locator('.action')).toHaveCount(2);
  await expectAccessible(page);
  void watch;
});

test('the action plan: add, reorder, overdue, delete with undo', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/handleplan`);
  await expect(page.locator('.action')).toHaveCount(1);
  await expect(page.locator('.action').first()).toContainText('Overskredet'); // deadline 1.3.2026 has passed
  await page.getByLabel('Handling', { exact: true }).last().fill('Aftal fast møde med boligorganisationerne');
  await page.getByLabel('Ansvarlig (rolle)').last().fill('Boligkonsulent');
  await page.getByRole('button', { name: 'Tilføj handling' }).click();
  await expect(page.locator('.action')).toHaveCount(2);
  await page.getByRole('button', { name: 'Flyt op: Aftal fast møde med boligorganisationerne' }).click();
  await expect(page.locator('.action').first().getByLabel('Handling', { exact: true })).toHaveValue('Aftal fast møde med boligorganisationerne');
  await reload(page);
  await expect(page.locator('.action').first().getByLabel('Handling', { exact: true })).toHaveValue('Aftal fast møde med boligorganisationerne');
  await page.getByRole('button', { name: 'Slet: Aftal fast møde med boligorganisationerne' }).click();
  await expect(page.locator('.action')).toHaveCount(1);
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.locator('.action')).toHaveCount(2);
  await expectAccessible(page);
  void watch;
});

test('renaming an assessment and changing its sections keeps the answers', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/rediger`);
  await expectAccessible(page);
  await page.getByLabel('Kommune eller team').fill('Eksempel Kommune, hjemløseteamet');
  await page.getByLabel(/De otte grundprincipper/).check();
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.locator('main h1')).toHaveText('Eksempel Kommune, hjemløseteamet');
  await expect(page.locator('main')).toContainText('38 af 48 besvaret');
  void watch;
});

test('a follow-up measurement and the comparison', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/opfoelgning`);
  await expectAccessible(page);
  await page.getByLabel('Dato for den nye måling').fill('2026-07-01');
  await page.getByLabel(/Behold de gamle svar/).check();
  await page.getByRole('button', { name: 'Opret måling' }).click();
  await expect(page.locator('main')).toContainText('38 af 40 besvaret');
  await page.getByRole('link', { name: 'Sammenlign', exact: true }).click();
  await page.getByRole('link', { name: /Eksempel Kommune \(1\.1\.2026\)/ }).click();
  await expect(page.getByRole('table', { name: 'Procent af maksimum pr. drivkraft' })).toContainText('uændret');
  await expect(page.locator('.spider__series polygon')).toHaveCount(2);
  await expectAccessible(page);
  void watch;
});

test('the print report has a summary, details, gaps and plan', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/rapport`);
  await expect(page.locator('.report__name')).toHaveText('Eksempel Kommune');
  await expect(page.locator('.report')).toContainText('Bilag: svar og noter');
  await expect(page.locator('.report')).toContainText('Boligsocialt team etableret i 2024.');
  await expect(page.locator('.report')).toContainText('Udpeg én indgang for boligorganisationerne');
  await expectAccessible(page);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
  void watch;
});

test('a corrupt stored value leaves the app running, is kept aside and can be downloaded', async ({ page, watch }) => {
  const garbage = '{"schema":1,"kind":"assessment","data":{"id":"broken"';
  await seed(page, { 'hfg:assessment:broken': garbage, [`hfg:assessment:${FIX}`]: fixture });
  await open(page, '/selvevaluering');
  await expect(page.getByText('Nogle gemte data kunne ikke læses')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Eksempel Kommune' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('hfg:aside:')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([garbage]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent ulæselige data 1' }).click();
  expect((await download).suggestedFilename()).toMatch(/ulaeselig/);
  await expectAccessible(page);
  void watch;
});

test('the stored assessments are read by the pages that show them, not by the guide', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture, 'hfg:assessment:broken': '{"schema":1' });
  await page.addInitScript(() => {
    const read: string[] = [];
    (window as unknown as { hfgRead: string[] }).hfgRead = read;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      read.push(key);
      return getItem.call(this, key);
    };
  });
  const readSoFar = () => page.evaluate(() => (window as unknown as { hfgRead: string[] }).hfgRead.filter((k) => k.startsWith('hfg:assessment:')));
  // A colleague's link to a guide entry: no assessment is parsed, and the
  // unreadable one is not yet reported.
  await open(page, '/guide/principper/princip-5');
  expect(await readSoFar()).toEqual([]);
  await expect(page.getByText('Nogle gemte data kunne ikke læses')).toHaveCount(0);
  // The list reads them, and then says what it could not read.
  await page.locator('.app-nav').getByRole('link', { name: 'Selvevaluering', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Eksempel Kommune' })).toBeVisible();
  expect([...new Set(await readSoFar())].sort()).toEqual([`hfg:assessment:${FIX}`, 'hfg:assessment:broken'].sort());
  await expect(page.getByText('Nogle gemte data kunne ikke læses')).toBeVisible();
  void watch;
});

test('data from a newer version is shown as such and never overwritten', async ({ page, watch }) => {
  const future = '{"schema":99,"kind":"assessment","data":{"id":"future"}}';
  await seed(page, { 'hfg:assessment:future': future });
  await open(page, '/selvevaluering');
  await expect(page.getByText('Nogle data er fra en nyere version')).toBeVisible();
  await reload(page);
  expect(await page.evaluate(() => localStorage.getItem('hfg:assessment:future'))).toBe(future);
  void watch;
});

test('without localStorage the app works in memory and says so', async ({ page, watch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page, '/selvevaluering/ny');
  await expect(page.getByText('Intet bliver gemt i denne browser')).toBeVisible();
  await page.getByLabel('Kommune eller team').fill('Privat vindue');
  await page.getByRole('button', { name: 'Opret og begynd' }).click();
  await expect(page.locator('main h1')).toHaveText('Privat vindue');
  await expectAccessible(page);
  void watch;
});

test('a full quota says the change is not saved and keeps it on screen', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k.startsWith('hfg:assessment:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  });
  await page.locator('label[for="r-kon-01-1"]').click();
  await expect(page.getByRole('alert')).toContainText('Browserens lager er fuldt');
  await expect(page.locator('#r-kon-01-1')).toBeChecked();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.answers['kon-01'].rating, `hfg:assessment:${FIX}`);
  expect(stored).toBe('3');
  void watch;
});

test('two tabs on the same assessment stay consistent', async ({ context, watch }) => {
  const one = await context.newPage();
  await seed(one, { [`hfg:assessment:${FIX}`]: fixture });
  await open(one, `/selvevaluering/${FIX}/svar/ledelse`);
  const two = await context.newPage();
  await open(two, `/selvevaluering/${FIX}/svar/ledelse`);
  await one.locator('label[for="r-led-01-4"]').click();
  await expect(two.locator('#r-led-01-4')).toBeChecked();
  await two.locator('label[for="r-led-02-3"]').click();
  await expect(one.locator('#r-led-02-3')).toBeChecked();
  await expect(one.locator('#r-led-01-4')).toBeChecked();
  await reload(one);
  await expect(one.locator('#r-led-01-4')).toBeChecked();
  await expect(one.locator('#r-led-02-3')).toBeChecked();
  void watch;
});

test('an assessment can be deleted and the deletion undone', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, '/selvevaluering');
  await page.getByRole('button', { name: 'Slet Eksempel Kommune' }).click();
  await expect(page.getByText('Vurderingen „Eksempel Kommune“ er slettet.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), `hfg:assessment:${FIX}`)).toBeNull();
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByRole('link', { name: 'Eksempel Kommune' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), `hfg:assessment:${FIX}`)).not.toBeNull();
  void watch;
});
