// The results page and the report of a full assessment (66 statements, 30
// gaps, a long name): the summary first, "Start her", the other gaps in
// collapsed groups that can be added to the plan without duplicates, the
// strengths; the report's page 1 summary on one A4 page and the appendix
// that can be left out.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

const FULL = 'fixture-full';
const full = readFileSync('tests/fixtures/full-assessment.json', 'utf8');

async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** The number of pages of a PDF from Chromium (one `/Type /Page` object each). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The live actions in the stored assessment. */
async function storedPlan(page: Page): Promise<string[]> {
  return page.evaluate((id) => {
    const a = JSON.parse(localStorage.getItem(`hfg:assessment:${id}`)!).data;
    return a.actions.filter((x: { deleted?: boolean }) => !x.deleted).map((x: { item?: string }) => x.item ?? '');
  }, FULL);
}

test('the results open with the summary and Start her; the other gaps are collapsed per driver', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FULL}`]: full });
  await open(page, `/selvevaluering/${FULL}/resultat`);
  const summary = page.locator('.summary');
  await expect(summary.locator('.level-box__label')).toHaveText('Delvis forankring');
  await expect(summary).toContainText('62 af 65 udsagn er vurderet');
  const table = summary.getByRole('table', { name: 'Resultat pr. drivkraft' });
  for (const [driver, pct] of [['Indsatsen', '58 %'], ['Konteksten', '58 %'], ['Organiseringen', '70 %'], ['Menneskene', '73 %'], ['Ledelse', '65 %']]) {
    await expect(table.getByRole('row', { name: new RegExp(`^${driver}`) })).toContainText(pct);
  }
  // Start her: the rule of model::priorities, in its order.
  const start = page.locator('.start-here .gap');
  await expect(start).toHaveCount(5);
  expect(await start.evaluateAll((l) => l.map((e) => e.getAttribute('data-item')))).toEqual(['kon-02', 'kon-03', 'led-06', 'tja-1', 'ind-04']);
  await expect(start.first()).toContainText('Guidens råd:');
  await expect(start.first()).toContainText('I handleplanen'); // kon-02 has an action already
  // The other 25 gaps: five closed groups with their counts.
  const groups = page.locator('details.gap-group');
  await expect(groups).toHaveCount(5);
  await expect(page.locator('details.gap-group[open]')).toHaveCount(0);
  expect(await page.locator('.gap-group__count').allTextContents()).toEqual(['7 huller', '5 huller', '5 huller', '4 huller', '4 huller']);
  await expect(groups.first().locator('.gap').first()).toBeHidden();
  // Strengths, briefly.
  await expect(page.locator('.strengths__items li')).toHaveCount(16);
  // Under "more": the level's characteristics, from the guide entry of
  // "Delvis forankring" (content level_entries, which the split build carries
  // without the guide), with the link to that entry.
  await page.locator('details.results-more > summary').click();
  const level = page.locator('.level-details');
  await expect(level.getByRole('heading', { name: 'Sådan ser det ud i kommuner på dette niveau (fra evalueringen)' })).toBeVisible();
  await expect(level.locator('li')).toHaveCount(3);
  await expect(level.locator('li').first()).toContainText('Svært at skaffe boliger til indsatsen');
  await expect(level.getByRole('link')).toHaveAttribute('href', '#/guide/forankring/forankring-delvis');
  await expectAccessible(page);
  void watch;
});

test('a gap group opens by keyboard and is added to the plan once, without duplicates', async ({ page, watch }) => {
  await seed(page, { [`hfg:assessment:${FULL}`]: full });
  await open(page, `/selvevaluering/${FULL}/resultat`);
  const kon = page.locator('#group-konteksten');
  await kon.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(kon).toHaveAttribute('open', '');
  await expectAccessible(page);
  // One gap of the group by itself first …
  await kon.locator('.gap[data-item="kon-08"]').getByRole('button', { name: /Tilføj til handleplanen/ }).click();
  await expect(kon.locator('.gap[data-item="kon-08"]')).toContainText('I handleplanen');
  await expect(kon.locator('#planned-kon-08')).toBeFocused();
  // … then the whole group: only the four still missing are added.
  const addAll = kon.getByRole('button', { name: /^Tilføj alle 4 til handleplanen\s*: Konteksten$/ });
  await addAll.focus();
  await page.keyboard.press('Enter');
  await expect(kon.locator('.gap-group__status')).toHaveText('4 handlinger er føjet til handleplanen.');
  await expect(kon.locator('#group-konteksten-planned')).toBeFocused();
  await expect(kon.locator('.gap-group__tools')).toContainText('Alle i handleplanen');
  await expect(kon).toHaveAttribute('open', ''); // the page was not rebuilt
  const plan = await storedPlan(page);
  expect(plan).toHaveLength(4 + 5);
  const linked = plan.filter(Boolean); // two of the fixture's actions are free actions
  expect(new Set(linked).size).toBe(linked.length);
  // The start-her gaps of Konteksten (kon-02 planned, kon-03 not) are not part of the group.
  expect(plan).not.toContain('kon-03');
  await page.getByRole('link', { name: 'Gå til handleplanen' }).click();
  await expect(page.locator('.action')).toHaveCount(9);
  void watch;
});

test('one action, one gap left: the overview and the gap group count in the singular', async ({ page, watch }) => {
  const a = JSON.parse(full);
  a.data.actions = [];
  await seed(page, { [`hfg:assessment:${FULL}`]: JSON.stringify(a) });
  await open(page, `/selvevaluering/${FULL}/resultat`);
  const kon = page.locator('#group-konteksten');
  await kon.locator('summary').click();
  const one = kon.getByRole('button', { name: /^Tilføj til handleplanen/ });
  const gaps = await one.count();
  expect(gaps).toBeGreaterThan(2);
  await one.first().click();
  await expect(one).toHaveCount(gaps - 1);
  await page.getByRole('link', { name: 'Gå til handleplanen' }).click();
  await expect(page.locator('.action')).toHaveCount(1);
  await open(page, `/selvevaluering/${FULL}`);
  await expect(page.locator('main .link-tiles')).toContainText('1 handling.');
  await open(page, `/selvevaluering/${FULL}/resultat`);
  await kon.locator('summary').click();
  for (let left = gaps - 1; left > 1; left--) {
    await expect(kon.getByRole('button', { name: /^Tilføj alle \d+ til handleplanen/ })).toHaveAccessibleName(new RegExp(`^Tilføj alle ${left} til handleplanen`));
    await one.first().click();
    await expect(one).toHaveCount(left - 1);
  }
  await kon.getByRole('button', { name: /^Tilføj hullet til handleplanen\s*: Konteksten$/ }).click();
  await expect(kon.locator('.gap-group__status')).toHaveText('1 handling er føjet til handleplanen.');
  await open(page, `/selvevaluering/${FULL}`);
  await expect(page.locator('main .link-tiles')).toContainText(`${gaps} handlinger.`);
  void watch;
});

test('the report: page 1 is the summary on one A4 page; the appendix can be left out', async ({ page, watch }, info) => {
  // A follow-up of a measurement half a year before, with the longest name the
  // form allows and long roles for every Start her action.
  const a = JSON.parse(full);
  a.data.meta.name = 'Ringkøbing-Skjern Kommune, Social- og Sundhedsforvaltningen, Center for Hjemløshed og Socialt Udsatte, team'.slice(0, 120);
  a.data.meta.next_date = '2027-05-15';
  const role = 'Afdelingsleder for boliganvisningen i Social- og Sundhedsforvaltningen sammen med direktøren for Teknik og Miljø';
  for (const item of ['kon-03', 'led-06', 'tja-1', 'ind-04']) {
    a.data.actions.push({ id: `long-${item}`, title: item, responsible: role, deadline: '2027-03-31', status: 'i-gang', item, order: 10, at: 1 });
  }
  a.data.actions[0].responsible = role;
  const before = JSON.parse(full);
  before.data.id = 'fixture-full-before';
  before.data.meta.date = '2026-05-01';
  before.data.created = 1;
  for (const k of ['kon-02', 'led-02', 'org-05']) before.data.answers[k].rating = '3';
  await seed(page, { [`hfg:assessment:${FULL}`]: JSON.stringify(a), 'hfg:assessment:fixture-full-before': JSON.stringify(before) });
  await open(page, `/selvevaluering/${FULL}/rapport`);
  const first = page.locator('.report-summary');
  await expect(first.locator('.report__name')).toHaveText(a.data.meta.name);
  await expect(first.locator('.level-box__label')).toHaveText('Delvis forankring');
  for (const d of ['Indsatsen', 'Konteksten', 'Organiseringen', 'Menneskene', 'Ledelse']) {
    await expect(first.getByRole('row', { name: new RegExp(`^${d}.* %`) })).toBeVisible();
  }
  await expect(first).toContainText('Siden målingen 1.5.2026');
  await expect(first.locator('.report-summary__priorities li')).toHaveCount(5);
  await expect(first.locator('.report-summary__priorities li').first()).toContainText(role);
  await expect(first.locator('.plan-status')).toContainText('Overskredet');
  await expect(first).toContainText('Næste måling: 15.5.2027');
  await expectAccessible(page);
  // Laid out as printed (A4 less the page margins: 180 × 265 mm), page 1 fits.
  await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1200 });
  await page.emulateMedia({ media: 'print' });
  const height = await first.evaluate((e) => e.getBoundingClientRect().height);
  expect(height, 'page 1 height in px').toBeLessThanOrEqual((265 / 25.4) * 96);
  await page.emulateMedia({ media: null }); // page.pdf prints with the print styles
  const withAppendix = pageCount(await page.pdf({ format: 'A4', path: info.outputPath('report.pdf') }));
  await page.getByLabel('Medtag svar og noter').uncheck();
  await expect(page.locator('#appendix-heading')).toHaveCount(0);
  const without = pageCount(await page.pdf({ format: 'A4' }));
  console.log(`report pages: ${withAppendix} with the appendix, ${without} without`);
  expect(without).toBeGreaterThanOrEqual(4);
  expect(withAppendix).toBeGreaterThan(without);
  await page.getByLabel('Medtag svar og noter').check();
  await expect(page.locator('#appendix-heading')).toHaveText('Bilag: svar og noter');
  await expectAccessible(page);
  void watch;
});
