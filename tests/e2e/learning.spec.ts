// Learning modules end to end: a housing-association worker completes two
// modules by keyboard only and finds the progress after a reload; the
// printable summary; the first answer stands, reset, a full quota, two tabs.
import { test, expect, open, expectAccessible, reload } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus (keyboard only); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Answers a question by keyboard: Tab into its radio group, pick the choice
 * with content index `k` (ids are `c-<question>-<k>`; the choices are shown in
 * a shuffled order, so Space if it is shown first, else ↓ to its place), Tab
 * to "Svar" and press Enter. Returns the feedback, which then has focus.
 */
async function answer(page: Page, qid: string, k: number) {
  const radios = page.locator(`#q-${qid} input[type=radio]`);
  const shown = await radios.evaluateAll((els) => els.map((el) => el.id));
  const place = shown.indexOf(`c-${qid}-${k}`);
  expect(place).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first());
  if (place === 0) await page.keyboard.press('Space');
  for (let i = 0; i < place; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#c-${qid}-${k}`)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#q-${qid}`).getByRole('button', { name: 'Svar' })).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = page.locator(`#fb-${qid}`);
  await expect(feedback).toBeFocused();
  return feedback;
}

async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

const M1 = 'modul-housing-first';
const M2 = 'modul-fjerdedelsreglen';

test('a worker completes two modules by keyboard only; a reload keeps the progress', async ({ page, watch }) => {
  await open(page, '/laering');
  await expect(page.locator('main h1')).toHaveText('Læring');
  await expect(page.locator('main')).toContainText('0 af 8 moduler gennemført');
  await expectAccessible(page);

  await tabTo(page, page.getByRole('link', { name: 'Housing First kort fortalt' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Housing First kort fortalt');
  await expect(page.locator('.source-ref').first()).toContainText('Kilde:');
  await expect(page.locator('.module-guide-links a').first()).toBeVisible();
  await expectAccessible(page);

  // Questions appear one after another; only the first is open at the start.
  await expect(page.locator('.scenario')).toHaveCount(1);
  let fb = await answer(page, `${M1}-q1`, 1);
  await expect(fb).toContainText('Rigtigt');
  await expect(page.locator('main')).toContainText('1 af 4 spørgsmål besvaret');
  fb = await answer(page, `${M1}-q2`, 0);
  await expect(fb).toContainText('Rigtigt');
  // A wrong answer: its feedback, the right answer and why, and the guide link.
  fb = await answer(page, `${M1}-q3`, 0);
  await expect(fb).toContainText('Ikke helt');
  await expect(fb).toContainText('Det rigtige svar er:');
  await expect(fb).toContainText('Hvorfor:');
  await expect(fb.getByRole('link')).toHaveCount(1);
  await expect(page.locator(`#q-${M1}-q3 .scenario__option--chosen`)).toContainText('Dit svar');
  await expect(page.locator(`#q-${M1}-q3 .scenario__option--right`)).toContainText('Det rigtige svar');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
  await answer(page, `${M1}-q4`, 1);
  await tabTo(page, page.getByRole('button', { name: 'Afslut modulet og se opsummeringen' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('.module-summary');
  await expect(page.locator('#module-summary')).toBeFocused();
  await expect(summary).toContainText('Du fik 3 af 4 rigtige.');
  await expect(summary.locator('li').first()).toContainText('Boligen kommer først');
  await expectAccessible(page);

  // On to the next module from the summary.
  await tabTo(page, summary.getByRole('link', { name: 'Kommunal boliganvisning og fjerdedelsreglen' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Kommunal boliganvisning og fjerdedelsreglen');
  for (const [n, k] of [2, 0, 1, 3].entries()) {
    const f = await answer(page, `${M2}-q${n + 1}`, k);
    await expect(f).toContainText('Rigtigt');
  }
  await tabTo(page, page.getByRole('button', { name: 'Afslut modulet og se opsummeringen' }));
  await page.keyboard.press('Space');
  await expect(page.locator('.module-summary')).toContainText('Du fik 4 af 4 rigtige.');

  await reload(page);
  await expect(page.locator('main h1')).toHaveText('Kommunal boliganvisning og fjerdedelsreglen');
  await expect(page.locator('.module-summary')).toContainText('Du fik 4 af 4 rigtige.');
  await expect(page.locator('.scenario--answered')).toHaveCount(4);
  await open(page, '/laering');
  await expect(page.locator('main')).toContainText('2 af 8 moduler gennemført');
  await expect(page.locator('main')).toContainText('7 af 8 rigtige svar i de gennemførte moduler.');
  const card = (title: string) => page.locator('.module-card').filter({ hasText: title });
  await expect(card('Housing First kort fortalt')).toContainText(/Gennemført \d+\.\d+\.\d{4}: 3 af 4 rigtige/);
  await expect(card('Kommunal boliganvisning og fjerdedelsreglen')).toContainText('4 af 4 rigtige');
  await expect(card('Samarbejdsaftaler')).toContainText('Ikke startet');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hfg:learning')!));
  expect(stored.kind).toBe('learning');
  expect(stored.data.modules[M1].score).toBe(3);
  expect(stored.data.modules[M2].done).toBe(true);
  await expectAccessible(page);
  void watch;
});

const progress = JSON.stringify({
  schema: 1,
  kind: 'learning',
  data: {
    modules: {
      [M1]: {
        module: M1,
        answers: { [`${M1}-q1`]: 1, [`${M1}-q2`]: 0, [`${M1}-q3`]: 0, [`${M1}-q4`]: 1 },
        done: true,
        score: 3,
        total: 4,
        finished_at: '2026-03-02',
        at: 1000,
      },
      [M2]: { module: M2, answers: { [`${M2}-q1`]: 2 }, done: false, score: 1, total: 4, at: 2000 },
    },
  },
});

test('the printable summary for a team meeting', async ({ page, watch }) => {
  await seed(page, { 'hfg:learning': progress });
  await open(page, '/laering');
  await expect(page.locator('main')).toContainText('1 af 8 moduler gennemført');
  await expect(page.locator('main')).toContainText('1 i gang');
  await page.getByRole('link', { name: 'Opsummering til teammødet' }).click();
  await expect(page.locator('main h1')).toHaveText('Opsummering af læringsmodulerne');
  const table = page.getByRole('table', { name: 'Modulerne og din status' });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Housing First kort fortalt')).toContainText('Gennemført');
  await expect(row('Housing First kort fortalt')).toContainText('3 / 4');
  await expect(row('Housing First kort fortalt')).toContainText('2.3.2026');
  await expect(row('Kommunal boliganvisning')).toContainText('I gang: 1 af 4 spørgsmål besvaret');
  await expect(row('Sociale viceværter')).toContainText('Ikke startet');
  await expect(table.locator('tbody tr')).toHaveCount(8);
  const first = page.locator('.learning-summary__module').first();
  await expect(first).toContainText('Gennemført 2.3.2026: 3 af 4 rigtige');
  await expect(first.locator('li')).toHaveCount(5);
  await expect(page.locator('.learning-summary__module')).toHaveCount(1);
  await expect(page.locator('.learning-summary__points')).toContainText('Pointerne fra de øvrige moduler kommer her');
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(table).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  void watch;
});

test('the first answer stands; a module can be reset; "Svar" without a choice asks for one', async ({ page, watch }) => {
  await open(page, `/laering/${M1}`);
  const q1 = page.locator(`#q-${M1}-q1`);
  await q1.getByRole('button', { name: 'Svar' }).click();
  await expect(q1).toContainText('Vælg et svar først.');
  await expect(q1.getByRole('group')).toHaveAttribute('aria-describedby', `err-${M1}-q1`);
  await expectAccessible(page);
  await q1.getByLabel(/uden krav om forudgående boevne/).check();
  await q1.getByRole('button', { name: 'Svar' }).click();
  await expect(page.locator(`#fb-${M1}-q1`)).toContainText('Rigtigt');
  // The answered question offers no way to answer again.
  await expect(q1.locator('input[type=radio]')).toHaveCount(0);
  await reload(page);
  await expect(page.locator(`#fb-${M1}-q1`)).toContainText('Rigtigt');
  await expect(page.locator('.module-meta')).toContainText('I gang: 1 af 4');
  await page.getByRole('button', { name: 'Tag modulet forfra' }).click();
  await expect(page.getByRole('button', { name: 'Ja, start forfra' })).toBeFocused();
  await page.getByRole('button', { name: 'Ja, start forfra' }).click();
  await expect(page.getByRole('status')).toContainText('Modulet er nulstillet');
  await expect(page.locator(`#c-${M1}-q1-0`)).toBeVisible();
  await expect(page.locator('.module-meta')).toContainText('Ikke startet');
  await reload(page);
  await expect(page.locator('.scenario--answered')).toHaveCount(0);
  await expectAccessible(page);
  void watch;
});

test('a stored progress that cannot be read is set aside, and the pages still work', async ({ page, watch }) => {
  await seed(page, { 'hfg:learning': '{"schema":1,"kind":"learning","data":{"modules":' });
  await open(page, '/laering');
  await expect(page.getByText('Nogle gemte data kunne ikke læses')).toBeVisible();
  await expect(page.locator('main')).toContainText('0 af 8 moduler gennemført');
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hfg:aside:')));
  expect(aside).toHaveLength(1);
  await open(page, '/laering/opsummering');
  await expect(page.locator('main')).toContainText('Ingen moduler er gennemført endnu');
  await expectAccessible(page);
  void watch;
});

test('a full quota says the progress is not saved and keeps the answer on screen', async ({ page, watch }) => {
  await open(page, `/laering/${M1}`);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'hfg:learning') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  });
  const q1 = page.locator(`#q-${M1}-q1`);
  await q1.getByLabel(/uden krav om forudgående boevne/).check();
  await q1.getByRole('button', { name: 'Svar' }).click();
  await expect(page.getByRole('alert')).toContainText('Din seneste ændring er ikke gemt');
  await expect(page.getByRole('alert')).toContainText('Browserens lager er fuldt');
  await expect(page.locator(`#fb-${M1}-q1`)).toContainText('Rigtigt');
  expect(await page.evaluate(() => localStorage.getItem('hfg:learning'))).toBeNull();
  void watch;
});

test('progress made in another tab shows up in this one', async ({ page, context, watch }) => {
  await open(page, '/laering');
  await expect(page.locator('main')).toContainText('0 af 8 moduler gennemført');
  const other = await context.newPage();
  await other.goto(`./#/laering/${M2}`);
  for (const [n, k] of [2, 0, 1, 3].entries()) {
    const q = other.locator(`#q-${M2}-q${n + 1}`);
    await q.locator(`label[for="c-${M2}-q${n + 1}-${k}"]`).click();
    await q.getByRole('button', { name: 'Svar' }).click();
  }
  await other.getByRole('button', { name: 'Afslut modulet og se opsummeringen' }).click();
  await expect(other.locator('.module-summary')).toContainText('Du fik 4 af 4 rigtige.');
  await expect(page.locator('main')).toContainText('1 af 8 moduler gennemført');
  await expect(page.locator('.module-card').filter({ hasText: 'fjerdedelsreglen' })).toContainText('4 af 4 rigtige');
  // Another tab writes something unreadable: it is set aside, and this tab keeps its progress.
  await other.evaluate(() => localStorage.setItem('hfg:learning', 'ikke json'));
  await expect(page.getByText('Nogle gemte data kunne ikke læses')).toBeVisible();
  await expect(page.locator('main')).toContainText('1 af 8 moduler gennemført');
  await other.close();
  void watch;
});
