// Method tools end to end: the overview, the comparison on a phone and a
// desktop, the method choice helper against model::method_choice's table,
// the CTI planner across a month end, and the capacity calculator against
// tests/fixtures/capacity_cases.csv with saved scenarios.
import { test, expect, open, expectAccessible, reload } from './fixtures';
import type { Page } from '@playwright/test';

async function noNaN(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

test('the methods overview lists the four tools', async ({ page, watch }) => {
  await open(page, '/metoder');
  await expect(page.locator('main h1')).toHaveText('Metoder');
  for (const name of ['Sammenlign metoderne', 'Hjælp til metodevalg', 'CTI-planlægger', 'Kapacitetsberegner']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Kapacitetsberegner', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Kapacitetsberegner');
  await expectAccessible(page);
  void watch;
});

test('the comparison is a table on a desktop and readable cards on a 390 px phone', async ({ page, watch }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/metoder/sammenlign');
  const table = page.getByRole('table', { name: 'CTI, ICM, ACT og modificeret ACT side om side' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveCount(5);
  for (const aspect of ['Målgruppe', 'Varighed', 'Faser', 'Hvem støtter', 'Team', 'Caseload', 'Kendetegn']) {
    await expect(table.getByRole('rowheader', { name: aspect })).toBeVisible();
  }
  const caseload = table.getByRole('row', { name: /^Caseload/ });
  await expect(caseload).toContainText('Højst 10 borgere');
  await expect(caseload).toContainText('13–14');
  await expect(table.getByRole('row', { name: /^Faser/ })).toContainText('Overgang til egen bolig');
  await expect(page.locator('.method-card').first()).toBeHidden();
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeHidden();
  await expect(page.locator('.method-card')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: /^ACT\s*Assertive Community Treatment/ })).toBeVisible();
  await expect(page.locator('.method-card').first()).toContainText('Ni måneder');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  void watch;
});

// Rows of the table in tests/method_choice.rs (with a full ACT team).
const choices: [string, string, string, string, string[]][] = [
  ['i-hoej-grad', 'nej', 'overgang', 'CTI', []],
  ['i-hoej-grad', 'nej', 'langvarig', 'ICM', ['CTI']],
  ['i-nogen-grad', 'omfattende', 'overgang', 'ICM', ['ACT', 'CTI']],
  ['i-nogen-grad', 'omfattende', 'langvarig', 'ACT', ['Modificeret ACT', 'ICM']],
  ['i-lav-grad', 'nej', 'ved-ikke', 'ICM', ['ACT']],
  ['i-lav-grad', 'noget', 'overgang', 'ACT', ['Modificeret ACT', 'ICM']],
];

test('the method helper suggests what the model table says, and stores nothing', async ({ page, watch }) => {
  await open(page, '/metoder/valg');
  await expect(page.locator('main')).toContainText('Det drejer sig om en type borger, ikke en person');
  await expect(page.locator('.choice-result__method')).toContainText('0 af 3 spørgsmål besvaret');
  await expectAccessible(page);
  for (const [system, treatment, duration, method, alternatives] of choices) {
    await page.locator(`label[for="system-${system}"]`).click();
    await page.locator(`label[for="treatment-${treatment}"]`).click();
    await page.locator(`label[for="duration-${duration}"]`).click();
    const headline = page.locator('.choice-result__method');
    await expect(headline).toHaveText(new RegExp(`^Forslag: ${method} – `));
    const alts = page.locator('.choice-alternatives a');
    await expect(alts).toHaveCount(alternatives.length);
    for (const [i, a] of alternatives.entries()) await expect(alts.nth(i)).toHaveText(new RegExp(`^${a} – `));
    if (alternatives.length === 0) await expect(page.locator('.choice-result')).toContainText('Svarene peger ikke på andre metoder.');
    await expect(page.locator('.choice-caveat')).toContainText('Valget er en faglig, individuel vurdering');
    await expect(page.locator('.choice-reasons li')).toHaveCount(method === 'ACT' ? 4 : 3);
  }
  await expectAccessible(page);
  // Without a full ACT team, ACT becomes the modified ACT.
  await page.locator('label[for="team-nej"]').click();
  await expect(page.locator('.choice-result__method')).toHaveText(/^Forslag: Modificeret ACT – /);
  await expect(page.locator('.choice-reasons')).toContainText('Kommunen har ikke en fuld ACT-indsats');
  // By keyboard: arrow keys move within a question's answers.
  await page.getByRole('button', { name: 'Start forfra' }).click();
  await expect(page.locator('#system-i-hoej-grad')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.choice-result__method')).toHaveText(/^Forslag: ICM – /); // høj grad, nej, langvarig
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hfg:')));
  expect(keys).toEqual([]);
  void watch;
});

test('the CTI planner for a start on 30 November 2026', async ({ page, watch }) => {
  await page.clock.setFixedTime(new Date('2027-03-15T10:00:00'));
  await open(page, '/metoder/cti-plan');
  await expect(page.locator('main h1')).toHaveText('CTI-planlægger');
  // One field, a date; nothing to write a name in.
  await expect(page.locator('main input')).toHaveCount(1);
  await expect(page.locator('main input')).toHaveAttribute('type', 'date');
  await expect(page.locator('main textarea')).toHaveCount(0);
  await page.getByLabel('Startdato for forløbet').fill('2026-11-30');
  const phases = page.locator('.cti-phase');
  await expect(phases).toHaveCount(3);
  await expect(phases.nth(0)).toContainText('30.11.2026 – 27.2.2027');
  await expect(phases.nth(1)).toContainText('28.2.2027 – 29.5.2027');
  await expect(phases.nth(2)).toContainText('30.5.2027 – 29.8.2027');
  await expect(phases.nth(0)).toContainText('Overgang til egen bolig');
  await expect(phases.nth(2)).toContainText('Overdrage den sociale støtteopgave helt til borgerens støttenetværk.');
  // 15 March 2027 lies in phase 2.
  await expect(page.locator('.cti-plan__today')).toContainText('I dag (15.3.2027) er forløbet i fase 2: Afprøvning.');
  await expect(phases.nth(1)).toHaveClass(/cti-phase--current/);
  await expect(phases.nth(1)).toContainText('I dag');
  await expect(page.locator('.cti-phase--current')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Udskriv planen' })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Startdato for forløbet')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv planen' })).toBeHidden();
  await expect(phases.nth(1)).toContainText('28.2.2027');
  await page.emulateMedia({ media: 'screen' });
  // A start after today: not begun yet.
  await page.getByLabel('Startdato for forløbet').fill('2027-06-01');
  await expect(page.locator('.cti-plan__today')).toContainText('Forløbet er ikke begyndt endnu. Det begynder 1.6.2027.');
  await expect(page.locator('.cti-phase--current')).toHaveCount(0);
  void watch;
});

async function row(page: Page, method: string, citizens: string, staff: string) {
  await page.locator(`#cap-${method}-citizens`).fill(citizens);
  await page.locator(`#cap-${method}-staff`).fill(staff);
}

function figures(page: Page, method: string) {
  const s = page.locator(`#cap-${method}`);
  return {
    caseload: s.locator('.capacity-result__caseload'),
    needed: s.locator('.capacity-result__needed'),
    shortfall: s.locator('.capacity-result__shortfall'),
    status: s.locator('.capacity-result__status'),
    warning: s.locator('.capacity-warning'),
  };
}

test('the capacity calculator matches capacity_cases.csv, and says what is wrong with odd input', async ({ page, watch }) => {
  await open(page, '/metoder/kapacitet');
  await expect(page.locator('main h1')).toHaveText('Kapacitetsberegner');
  await expectAccessible(page);
  // 10;45;3;15;4,5;above:50
  await row(page, 'cti', '45', '3');
  let f = figures(page, 'cti');
  await expect(f.caseload).toContainText('15');
  await expect(f.caseload).toContainText('(højst 10)');
  await expect(f.needed).toHaveText('4,5 årsværk');
  await expect(f.shortfall).toHaveText('1,5 årsværk');
  await expect(f.status).toHaveText('Over metodens maksimum med 50 %.');
  await expect(f.warning).toContainText('13–14');
  // 8;13;1;13;1,7;above:62,5
  await row(page, 'icm', '13', '1');
  f = figures(page, 'icm');
  await expect(f.caseload).toContainText('13');
  await expect(f.needed).toHaveText('1,7 årsværk');
  await expect(f.status).toHaveText('Over metodens maksimum med 62,5 %.');
  // 8;12;1,5;8;1,5;at-max
  await row(page, 'act', '12', '1,5');
  f = figures(page, 'act');
  await expect(f.caseload).toContainText('8');
  await expect(f.needed).toHaveText('1,5 årsværk');
  await expect(f.shortfall).toHaveText('Intet');
  await expect(f.status).toHaveText('Præcis på metodens maksimum.');
  await expect(f.warning).toHaveCount(0);
  // Totals: the spare in ACT does not cover the others.
  await expect(page.locator('#total-citizens')).toHaveText('70');
  await expect(page.locator('#total-staff')).toHaveText('5,5');
  await expect(page.locator('#total-needed')).toHaveText('7,7');
  await expect(page.locator('#total-shortfall')).toHaveText('2,2');
  await expect(page.locator('#total-over')).toHaveText('2 / 3');
  await expectAccessible(page);
  // 8;27;2,75;9,818;3,4;above:22,7
  await row(page, 'icm', '27', '2,75');
  f = figures(page, 'icm');
  await expect(f.caseload).toContainText('9,8');
  await expect(f.needed).toHaveText('3,4 årsværk');
  await expect(f.status).toHaveText('Over metodens maksimum med 22,7 %.');
  // 10; 3 ;2.5;1,2;0,3;within
  await row(page, 'cti', ' 3 ', '2.5');
  f = figures(page, 'cti');
  await expect(f.caseload).toContainText('1,2');
  await expect(f.needed).toHaveText('0,3 årsværk');
  await expect(f.status).toHaveText('Inden for metodens maksimum.');
  // 10;5;0;-;0,5;no-staff — no staff at all.
  await row(page, 'cti', '5', '0');
  await expect(f.caseload).toContainText('–');
  await expect(f.needed).toHaveText('0,5 årsværk');
  await expect(f.status).toHaveText('Der er borgere, men ingen årsværk.');
  await expect(f.warning).toContainText('CTI har 5 borgere, men ingen årsværk');
  // 8;100000;0,5;200000;12500;above:2499900
  await row(page, 'act', '100000', '0,5');
  f = figures(page, 'act');
  await expect(f.caseload).toContainText('200.000');
  await expect(f.needed).toHaveText('12.500 årsværk');
  await expect(f.status).toHaveText('Over metodens maksimum med 2.499.900 %.');
  await noNaN(page);
  // Absurd input: a Danish message on the field, no figures, never NaN.
  const citizens = page.locator('#cap-icm-citizens');
  for (const [typed, message] of [
    ['1e400', 'Skriv et almindeligt tal, fx 12 eller 2,5.'],
    ['NaN', 'Skriv et almindeligt tal, fx 12 eller 2,5.'],
    ['tolv', 'Skriv et tal med cifre, fx 12 eller 2,5.'],
    ['-3', 'Tallet kan ikke være negativt.'],
    ['1.000', 'Skriv tallet uden punktum eller mellemrum mellem tusinderne'],
    ['2,5', 'Antallet af borgere skal være et helt tal.'],
    ['99999999999', 'Tallet er urealistisk stort. Skriv højst 100.000 borgere.'],
  ]) {
    await citizens.fill(typed);
    await expect(citizens).toHaveAttribute('aria-invalid', 'true');
    await expect(citizens).toHaveAttribute('aria-describedby', 'cap-icm-citizens-hint cap-icm-citizens-error');
    await expect(page.locator('#cap-icm-citizens-error')).toContainText(message);
    await expect(page.locator('#cap-icm')).toContainText('Ret tallet for at se beregningen.');
    await noNaN(page);
  }
  await page.locator('#cap-icm-staff').fill('1e999');
  await expect(page.locator('#cap-icm-staff-error')).toContainText('Skriv et almindeligt tal');
  await expectAccessible(page);
  await noNaN(page);
  await citizens.fill('8');
  await page.locator('#cap-icm-staff').fill('1');
  await expect(citizens).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cap-icm-citizens-error')).toHaveCount(0);
  await expect(figures(page, 'icm').status).toHaveText('Præcis på metodens maksimum.');
  void watch;
});

test('named scenarios are saved locally: create, rename, switch, delete, and survive a reload', async ({ page, watch }) => {
  await open(page, '/metoder/kapacitet');
  await expect(page.getByLabel('Navn på scenariet')).toHaveValue('I dag');
  await row(page, 'icm', '28', '2');
  await expect(figures(page, 'icm').caseload).toContainText('14');
  await page.getByRole('button', { name: 'Nyt scenarie' }).click();
  await expect(page.getByLabel('Navn på scenariet')).toBeFocused();
  await page.getByLabel('Navn på scenariet').fill('Med to ekstra ICM-medarbejdere');
  await row(page, 'icm', '28', '4');
  await expect(figures(page, 'icm').caseload).toContainText('7');
  await expect(figures(page, 'icm').status).toHaveText('Inden for metodens maksimum.');
  await expect(page.getByRole('table', { name: 'Scenarierne sammenlignet' })).toContainText('Med to ekstra ICM-medarbejdere');
  // An empty name is refused with a message; the stored name stays.
  await page.getByLabel('Navn på scenariet').fill('');
  await expect(page.locator('#scenario-name-error')).toHaveText('Giv scenariet et navn.');
  await expect(page.getByLabel('Navn på scenariet')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Navn på scenariet').fill('Med to ekstra ICM-medarbejdere');
  await expectAccessible(page);

  await reload(page);
  await expect(page.locator('main h1')).toHaveText('Kapacitetsberegner');
  const select = page.getByLabel('Vælg scenarie');
  await expect(select.locator('option')).toHaveText(['I dag', 'Med to ekstra ICM-medarbejdere']);
  await expect(page.locator('#cap-icm-citizens')).toHaveValue('28');
  await expect(page.locator('#cap-icm-staff')).toHaveValue('2');
  await select.selectOption({ label: 'Med to ekstra ICM-medarbejdere' });
  await expect(page.locator('#cap-icm-staff')).toHaveValue('4');
  await expect(page.getByLabel('Navn på scenariet')).toHaveValue('Med to ekstra ICM-medarbejdere');
  // On a phone: nothing scrolls sideways, and axe finds nothing.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hfg:scenarios')!));
  expect(stored.kind).toBe('scenarios');
  expect(stored.data.map((s: { name: string }) => s.name)).toEqual(['I dag', 'Med to ekstra ICM-medarbejdere']);

  // Delete with undo, then delete for good.
  await page.getByRole('button', { name: 'Slet scenariet' }).click();
  await expect(page.getByRole('status')).toContainText('Scenariet „Med to ekstra ICM-medarbejdere“ er slettet.');
  await expect(select.locator('option')).toHaveText(['I dag']);
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(select.locator('option')).toHaveText(['I dag', 'Med to ekstra ICM-medarbejdere']);
  await expect(page.locator('#cap-icm-staff')).toHaveValue('4');
  await page.getByRole('button', { name: 'Slet scenariet' }).click();
  await reload(page);
  await expect(page.getByLabel('Vælg scenarie').locator('option')).toHaveText(['I dag']);
  await expect(page.locator('#cap-icm-staff')).toHaveValue('2');
  void watch;
});

test('a scenario changed in another tab shows up in this one', async ({ page, context, watch }) => {
  await open(page, '/metoder/kapacitet');
  await row(page, 'cti', '20', '2');
  const other = await context.newPage();
  await other.goto('./#/metoder/kapacitet');
  await expect(other.locator('#cap-cti-citizens')).toHaveValue('20');
  await other.locator('#cap-cti-staff').fill('1');
  await expect(page.locator('#cap-cti-staff')).toHaveValue('1');
  await expect(figures(page, 'cti').caseload).toContainText('20');
  await other.close();
  void watch;
});
