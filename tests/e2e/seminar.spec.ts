// Seminar end to end with three browser contexts: a facilitator and two
// participants with different roles, no server. Includes a duplicate
// submission, a foreign link and a damaged link; the merged view on a
// committed fixture; presentation mode from the keyboard; consensus → assessment.
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, reload } from './fixtures';
import type { Browser, Page } from '@playwright/test';

async function participant(browser: Browser, invite: string, name: string, role: string, keys: string[]) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const page = await ctx.newPage();
  await page.goto(invite);
  await expect(page.locator('main h1')).toBeVisible();
  await page.getByLabel('Dit navn (valgfrit)').fill(name);
  await page.getByLabel('Dit navn (valgfrit)').blur();
  await page.getByLabel('Din rolle').selectOption(role);
  await page.locator('.rating-item input[type=radio]').first().focus();
  for (const k of keys) {
    await page.keyboard.press(k);
    await page.keyboard.press('ArrowDown');
  }
  await expectAccessible(page);
  return { ctx, page };
}

async function answerLink(page: Page) {
  return (await page.locator('#answer-link').inputValue()).trim();
}

test('a facilitator and two participants complete a seminar end to end', async ({ page, browser, watch }) => {
  test.setTimeout(90_000);
  // Facilitator creates the seminar.
  await open(page, '/seminar');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nyt seminar' }).click();
  await expectAccessible(page);
  await page.getByLabel('Seminarets titel').fill('Ledelsesseminar marts');
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await expect(page.locator('main h1')).toHaveText('Ledelsesseminar marts');
  await expect(page.locator('svg.qr')).toBeVisible();
  await expectAccessible(page);
  const invite = await page.locator('#invite-link').inputValue();
  expect(invite).toContain('#/seminar/deltag/');

  // Two participants on their phones: a leader who rates high, a staff member who rates low.
  const high = Array(40).fill('4');
  const low = Array(40).fill('2');
  low[0] = '5'; // Ved ikke on the first item
  const anna = await participant(browser, invite, 'Anna', 'Ledelse', high);
  await expect(anna.page.locator('main')).toContainText('40 af 40 besvaret');
  await expectAccessible(anna.page);
  const annaLink = await answerLink(anna.page);
  expect(annaLink.length).toBeLessThan(2000);
  const bo = await participant(browser, invite, 'Bo', 'Medarbejder', low);
  const boLink = await answerLink(bo.page);
  // A reload on the phone loses nothing.
  await reload(bo.page);
  await expect(bo.page.locator('main')).toContainText('40 af 40 besvaret');
  expect(await answerLink(bo.page)).toBe(boLink);

  // The facilitator pastes both links at once.
  await page.getByLabel('Svarlinks').fill(`${annaLink}\n${boLink}`);
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  await expect(page.locator('.outcomes')).toContainText('Link 1: svar fra Anna er tilføjet.');
  await expect(page.locator('.outcomes')).toContainText('Link 2: svar fra Bo er tilføjet.');
  await expect(page.getByRole('heading', { name: 'Deltagere (2)' })).toBeVisible();

  // Anna changes her mind and sends again: the new answer replaces the old.
  await anna.page.locator('label[for="r-ind-01-3"]').click();
  const annaLink2 = await answerLink(anna.page);
  expect(annaLink2).not.toBe(annaLink);
  await page.getByLabel('Svarlinks').fill(annaLink2);
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  await expect(page.locator('.outcomes')).toContainText('Anna havde svaret før: det nye svar erstatter det gamle.');
  await expect(page.getByRole('heading', { name: 'Deltagere (2)' })).toBeVisible();

  // A damaged link and a link from another seminar are refused; nothing is lost.
  await page.getByLabel('Svarlinks').fill(boLink.slice(0, -6) + 'XXXXXX');
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  await expect(page.locator('.outcome--refused')).toContainText(/beskadiget|ufuldstændigt/);
  await page.goto('./#/seminar/ny');
  await page.getByLabel('Seminarets titel').fill('Et andet seminar');
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  const otherInvite = await page.locator('#invite-link').inputValue();
  const stranger = await participant(browser, otherInvite, 'Cecilie', 'Ledelse', ['1']);
  const foreign = await answerLink(stranger.page);
  await page.goto('./#/seminar');
  await page.getByRole('link', { name: 'Ledelsesseminar marts' }).click();
  await page.getByLabel('Svarlinks').fill(foreign);
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  await expect(page.locator('.outcome--refused')).toContainText('hører til et andet seminar');
  await expect(page.getByRole('heading', { name: 'Deltagere (2)' })).toBeVisible();

  // The merged view: disagreement where Anna said 4 and Bo 2.
  await page.getByRole('link', { name: 'Samlet billede' }).click();
  await expect(page.locator('.merged-summary')).toContainText('2 deltagere har vurderet 40 udsagn');
  const second = page.locator('.merged-item').nth(1);
  await expect(second).toContainText('Uenighed');
  await expect(second.locator('.merged-item__numbers')).toContainText('3,0');
  await expect(page.getByRole('table', { name: 'Gennemsnit (1–4) pr. rolle og drivkraft' })).toContainText('Medarbejder');
  await expectAccessible(page);

  // Consensus on the first item, then an ordinary assessment.
  await page.getByRole('link', { name: 'Fælles vurdering' }).click();
  await expectAccessible(page);
  await page.locator('label[for="r-ind-01-3"]').click();
  await page.locator('#note-ind-01').fill('Vi er enige om, at beskrivelsen er delvist på plads.');
  await page.locator('#note-ind-01').blur();
  await page.getByRole('button', { name: 'Gem og se resultatet' }).click();
  await expect(page.locator('main h1')).toHaveText('Resultat – Ledelsesseminar marts');
  await page.getByRole('link', { name: 'Ledelsesseminar marts' }).click();
  await expect(page.locator('main')).toContainText('1 af 40 besvaret');

  for (const p of [anna, bo, stranger]) await p.ctx.close();
  void watch;
});

test('the merged view shows the right numbers for the committed fixture', async ({ page, watch }) => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
  // The older of Anna's two answers is replaced by the newer one when merged.
  fixture.responses = fixture.responses.filter((r: any, i: number) => !(r.participant === 'anna' && i === 0));
  const env = JSON.stringify({ schema: 1, kind: 'seminar', data: fixture });
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:seminar:${fixture.def.id}`, env]);
  await open(page, `/seminar/${fixture.def.id}/samlet`);
  await expect(page.locator('.merged-summary')).toContainText('4 deltagere har vurderet 5 udsagn. Der er uenighed om 2 udsagn');
  const numbers = page.locator('.merged-item__numbers');
  const expected = [
    ['2,5', '1–4', '0'],
    ['3,0', '3–3', '0'],
    ['2,5', '2–3', '2'],
    ['3,3', '2–4', '0'],
    ['1,5', '1–2', '1'],
  ];
  for (let i = 0; i < expected.length; i++) {
    const dd = numbers.nth(i).locator('dd');
    await expect(dd).toHaveText(expected[i]);
  }
  await expect(page.locator('.merged-item--disagree')).toHaveCount(2);
  const faglig = page.getByRole('row', { name: /^Faglig/ });
  await expect(faglig).toContainText('2,0');
  await expect(faglig).toContainText('3,0');
  // Sorting by disagreement puts the spread of 3 first.
  await page.getByLabel('Sortér efter').selectOption('uenighed');
  await expect(numbers.first().locator('dd').nth(1)).toHaveText('1–4');
  await expectAccessible(page);
  void watch;
});

test('one participant is counted in the singular in the merged view', async ({ page, watch }) => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
  fixture.responses = fixture.responses.slice(1, 2);
  const env = JSON.stringify({ schema: 1, kind: 'seminar', data: fixture });
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:seminar:${fixture.def.id}`, env]);
  await open(page, `/seminar/${fixture.def.id}/samlet`);
  await expect(page.locator('.merged-summary')).toContainText('1 deltager har vurderet 5 udsagn. Der er uenighed om 0 udsagn');
  void watch;
});

test('presentation mode works from the keyboard on a 1920×1080 screen and shows no names', async ({ page, watch }) => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
  const env = JSON.stringify({ schema: 1, kind: 'seminar', data: fixture });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:seminar:${fixture.def.id}`, env]);
  await open(page, `/seminar/${fixture.def.id}/praesentation`);
  await expect(page.locator('.stage__counter')).toContainText('1 / 5');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stage__counter')).toContainText('2 / 5');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.stage__counter')).toContainText('2 / 5');
  await expect(page.locator('.stage')).not.toContainText('Anna');
  await page.getByLabel('Vis én drivkraft ad gangen').check();
  await expect(page.locator('.stage__counter')).toContainText('1 / 5');
  await expect(page.locator('.stage__title')).toHaveText('Indsatsen');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/presentation-1920.png' });
  void watch;
});

test('a damaged invitation gets a clear message', async ({ page, watch }) => {
  await open(page, '/seminar/deltag/i1ødelagt');
  await expect(page.locator('main h1')).toHaveText('Invitationen kan ikke åbnes');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);
  void watch;
});

test('an answer link for a seminar this browser does not have says where it belongs', async ({ page, watch }) => {
  await open(page, '/seminar/svar/s1xyz');
  await expect(page.locator('main h1')).toHaveText('Svaret kunne ikke tilføjes');
  await expect(page.getByRole('alert')).toContainText('ikke findes i denne browser');
  await expectAccessible(page);
  void watch;
});
