// Method checks end to end: create an assessment with the CTI and ACT checks
// only, answer by keyboard, see a block per method with its gaps and the
// guide's advice, add ICM later with every answer kept, the report's closing
// note with the sources; the capacity calculator's numbers as a suggested
// rating the user confirms; a seminar with a method check from invitation to
// merged view. axe on every page.
import { test, expect, open, expectAccessible, reload } from './fixtures';
import type { Page } from '@playwright/test';

async function rate(page: Page, first: string, keys: string[]) {
  await page.locator(`#item-${first} input[type=radio]`).first().focus();
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.keyboard.press('ArrowDown');
  }
}

test('CTI and ACT only: answer by keyboard, results per method, add ICM later, report', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await open(page, '/selvevaluering/ny');
  await expectAccessible(page);
  // The common sections are chosen to begin with, no method check is.
  for (const id of ['drivkraefter', 'principper', 'tjekliste-a', 'tjekliste-b']) {
    await expect(page.locator(`#f-s-${id}`)).toBeChecked();
  }
  for (const id of ['cti', 'icm', 'act']) await expect(page.locator(`#f-s-metodetjek-${id}`)).not.toBeChecked();
  await page.getByLabel('Kommune eller team').fill('Metodekommune');
  // Keyboard only: Space toggles a checkbox.
  for (const id of ['drivkraefter', 'principper', 'tjekliste-a', 'tjekliste-b', 'metodetjek-cti', 'metodetjek-act']) {
    await page.locator(`#f-s-${id}`).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.locator('#f-s-metodetjek-cti')).toBeChecked();
  await expect(page.locator('#f-s-drivkraefter')).not.toBeChecked();
  await page.getByRole('button', { name: 'Opret og begynd' }).press('Enter');
  await expect(page.locator('main h1')).toHaveText('Metodekommune');
  await expect(page.locator('main')).toContainText('0 af 19 besvaret');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Begynd at svare' }).click();
  await expect(page.locator('main h1')).toHaveText('Metodetjek: CTI – Metodekommune');
  await expect(page.locator('main')).toContainText('ikke en officiel fidelitetsmåling');
  await expectAccessible(page);
  // CTI: 4 3 2 1 1, Ved ikke, 2, Ikke relevant, 4 4.
  await rate(page, 'cti-1', ['4', '3', '2', '1', '1', '5', '2', '6', '4', '4']);
  await expect(page.locator('main')).toContainText('10 af 19 besvaret');
  await page.getByRole('link', { name: /Næste\s*Metodetjek: ACT/ }).click();
  await expect(page.locator('main h1')).toHaveText('Metodetjek: ACT – Metodekommune');
  await rate(page, 'act-1', ['4', '1', '4', '4', '4', '2', '4', '4', '4']);
  await expect(page.locator('main')).toContainText('19 af 19 besvaret');
  await reload(page);
  await expect(page.locator('#r-act-2-1')).toBeChecked();
  // The group's other statements come after the first paint and push the
  // pager down: click it once they are all there, not where it first stood.
  await expect(page.locator('.rating-item')).toHaveCount(9);

  await page.getByRole('link', { name: /Se resultatet/ }).click();
  await expect(page.locator('main h1')).toHaveText('Resultat – Metodekommune');
  // No level and no spider chart: only method checks are included.
  await expect(page.locator('.level-box')).toHaveCount(0);
  await expect(page.locator('.spider__series')).toHaveCount(0);
  await expect(page.locator('.results-methods-only')).toBeVisible();
  const table = page.getByRole('table', { name: 'Resultat pr. metodetjek' });
  // CTI: (4+3+2+1+1+2+4+4)/8 = 2,6 → 66 %, 8 of 9 scorable scored.
  await expect(table.getByRole('row', { name: /^CTI/ })).toContainText('2,6');
  await expect(table.getByRole('row', { name: /^CTI/ })).toContainText('66 %');
  await expect(table.getByRole('row', { name: /^CTI/ })).toContainText('8 af 9 vurderet');
  // ACT: 31/9 = 3,4 → 86 %.
  await expect(table.getByRole('row', { name: /^ACT/ })).toContainText('86 %');
  const cti = page.locator('.method-check', { has: page.getByRole('heading', { name: 'Metodetjek: CTI' }) });
  await expect(cti.locator('.gap')).toHaveCount(4);
  await expect(cti.locator('.gap').first()).toContainText('Guidens råd:');
  await expect(cti.locator('.gap').first()).toContainText('CTI');
  await expect(cti.getByRole('link', { name: 'Planlæg CTI-forløbets tre faser' })).toBeVisible();
  const act = page.locator('.method-check', { has: page.getByRole('heading', { name: 'Metodetjek: ACT' }) });
  await expect(act.locator('.gap')).toHaveCount(2);
  await expect(act.getByRole('link', { name: 'Beregn kapaciteten ud fra caseload' })).toBeVisible();
  await expect(act.locator('.gap').last()).toContainText('Værktøjets forslag:');
  await expectAccessible(page);
  // A gap becomes an action.
  await cti.locator('.gap').first().getByRole('button', { name: /Tilføj til handleplanen/ }).click();
  await expect(cti.locator('.gap').first()).toContainText('I handleplanen');

  // Add ICM later: every answer is kept.
  await page.getByRole('link', { name: 'Tilføj eller fjern metodetjek' }).click();
  await expect(page.locator('main h1')).toHaveText('Ret vurderingen');
  await expectAccessible(page);
  await page.locator('#f-s-metodetjek-icm').check();
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.locator('main h1')).toHaveText('Metodekommune');
  await expect(page.locator('main')).toContainText('19 af 28 besvaret');
  await expect(page.locator('.group-list')).toContainText('Metodetjek: ICM');
  await page.getByRole('link', { name: 'Metodetjek: CTI' }).click();
  await expect(page.locator('#r-cti-1-4')).toBeChecked();
  await expect(page.locator('#r-cti-8-ikke-relevant')).toBeChecked();

  // The report: method blocks and the closing note with sources and quotes.
  await open(page, `/selvevaluering`);
  await page.getByRole('link', { name: 'Metodekommune' }).click();
  await page.getByRole('link', { name: 'Rapport til udskrift' }).click();
  await expect(page.locator('.method-check')).toHaveCount(3);
  const sources = page.locator('.method-sources');
  await expect(sources.getByRole('heading', { name: 'Kilder til metodetjekkene' })).toBeVisible();
  await expect(sources).toContainText('KENDETEGN: CTI-METODEN');
  await expect(sources).toContainText('medarbejderen bør maksimalt have 10 borgere ad gangen');
  await expect(sources.locator('li > .method-sources__statement')).toHaveCount(28);
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/method-report-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  void watch;
});

test('the capacity calculator suggests a caseload rating that the user confirms', async ({ page, watch }) => {
  const envelope = (kind: string, data: unknown) => JSON.stringify({ schema: 1, kind, data });
  const scenarios = [{ id: 's1', name: 'I dag', rows: [{ method: 'icm', citizens: '27', staff: '2' }] }];
  const assessment = {
    id: 'mk', series: 'mk',
    meta: { name: 'Kapacitetskommune', date: '2026-12-01', description: '', sections: ['metodetjek-icm'], at: 1 },
    answers: {}, actions: [], created: 1,
  };
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, { 'hfg:scenarios': envelope('scenarios', scenarios), 'hfg:assessment:mk': envelope('assessment', assessment) });

  // From the calculator's result to the caseload statement.
  await open(page, '/metoder/kapacitet');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Vurdér caseload i metodetjekket for ICM i „Kapacitetskommune“' }).click();
  await expect(page.locator('main h1')).toHaveText('Metodetjek: ICM – Kapacitetskommune');
  const hint = page.locator('.caseload-hint');
  // 27 citizens on 2 FTE: 13,5 per worker against ICM's 8 → Ikke på plads.
  await expect(hint).toContainText('13,5 borgere pr. årsværk, hvor metoden højst har 8');
  await expect(hint).toContainText('Værktøjets forslag: Ikke på plads');
  await expectAccessible(page);
  // Nothing is set before the user confirms.
  await expect(page.locator('#item-icm-7 input:checked')).toHaveCount(0);
  await hint.getByRole('button', { name: /Brug forslaget/ }).click();
  await expect(page.locator('#r-icm-7-1')).toBeChecked();
  await expect(page.locator('#note-icm-7')).toHaveValue(/13,5 borgere pr. årsværk/);
  await reload(page);
  await expect(page.locator('#r-icm-7-1')).toBeChecked();
  void watch;
});

test('a seminar with a method check: invitation, answer, merged view', async ({ page, browser, watch }) => {
  test.setTimeout(120_000);
  await open(page, '/seminar/ny');
  await page.getByLabel('Seminarets titel').fill('Seminar om CTI');
  await page.getByLabel(/CTI – Critical Time Intervention/).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await expect(page.locator('main h1')).toHaveText('Seminar om CTI');
  await expect(page.locator('svg.qr')).toBeVisible();
  const invite = await page.locator('#invite-link').inputValue();

  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const phone = await ctx.newPage();
  await phone.goto(invite);
  await expect(phone.locator('main h1')).toBeVisible();
  await expect(phone.locator('main')).toContainText('0 af 50 besvaret');
  await phone.locator('#item-cti-1 input[type=radio]').first().focus();
  for (let i = 0; i < 10; i++) {
    await phone.keyboard.press('2');
    await phone.keyboard.press('ArrowDown');
  }
  await expect(phone.locator('main')).toContainText('10 af 50 besvaret');
  await expectAccessible(phone);
  const link = (await phone.locator('#answer-link').inputValue()).trim();

  await page.getByLabel('Svarlinks').fill(link);
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  await expect(page.getByRole('heading', { name: 'Deltagere (1)' })).toBeVisible();
  await page.getByRole('link', { name: 'Samlet billede' }).click();
  const item = page.locator('.merged-item', { hasText: 'Ingen CTI-medarbejder har mere end 10 borgere ad gangen.' });
  await expect(item).toContainText('CTI');
  await expect(item.locator('.merged-item__numbers')).toContainText('2,0');
  await expectAccessible(page);
  await ctx.close();
  void watch;
});
