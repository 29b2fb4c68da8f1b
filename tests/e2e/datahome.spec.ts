// The data home: a file of the user's own kept up to date, the browser asked
// to keep the data, a reminder before work can be lost, and the way back
// after the browser's data is gone. The native save dialog cannot be driven,
// so the pickers hand out a real FileSystemFileHandle from the origin-private
// file system (OPFS), which the app writes through createWritable like any file.
import { readFileSync } from 'node:fs';
import { test, expect, open, reload, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';

const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
const FIX = 'fixture-baseline';
const seminar = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
const seminarEnv = JSON.stringify({ schema: 1, kind: 'seminar', data: seminar });
const learning = readFileSync('tests/fixtures/schema-1/learning.json', 'utf8');
const scenarios = readFileSync('tests/fixtures/schema-1/scenarios.json', 'utf8');

/** Pickers that hand out `name` in OPFS; counts persist() calls in test:persist. */
async function standIns(page: Page, opts: { name?: string; failingWrites?: boolean; persisted?: boolean } = {}) {
  await page.addInitScript(({ name, failingWrites, persisted }) => {
    const file = async () => {
      const root = await navigator.storage.getDirectory();
      const h = await root.getFileHandle(name, { create: true });
      if (failingWrites) {
        Object.defineProperty(h, 'createWritable', {
          value: () => Promise.reject(new DOMException('disk gone', 'NotReadableError')),
        });
      }
      return h;
    };
    (window as any).showSaveFilePicker = file;
    (window as any).showOpenFilePicker = async () => [await file()];
    const storage = navigator.storage as any;
    storage.persist = async () => {
      localStorage.setItem('test:persist', String(Number(localStorage.getItem('test:persist') ?? 0) + 1));
      return persisted;
    };
    storage.persisted = async () => persisted && localStorage.getItem('test:persist') !== null;
  }, { name: opts.name ?? 'hfg-data.json', failingWrites: opts.failingWrites ?? false, persisted: opts.persisted ?? true });
}

async function seedOnce(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    }
  }, entries);
}

const fileText = (page: Page, name = 'hfg-data.json') =>
  page.evaluate(async (n) => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle(n)).getFile()).text();
  }, name);

/** Every document a backup carries, as parsed JSON, by key. */
const documents = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(localStorage).sort()) {
      if (k.startsWith('hfg:') && k !== 'hfg:data-home') out[k] = JSON.parse(localStorage.getItem(k)!);
    }
    return out;
  });

test('a linked file gets every change without another click, and brings everything back after the data is wiped', async ({ page, watch }) => {
  await standIns(page);
  await seedOnce(page, {
    [`hfg:assessment:${FIX}`]: fixture,
    [`hfg:seminar:${seminar.def.id}`]: seminarEnv,
    'hfg:learning': learning,
    'hfg:scenarios': scenarios,
  });
  await open(page, '/mine-data');
  // Nothing saved in this browser yet: nothing asked of it, and Mine data says what that means.
  await expect(page.locator('.data-home')).toContainText('Browseren kan slette dine data');
  await page.getByRole('button', { name: 'Gem i en fil' }).click();
  await expect(page.locator('.data-home .file-status')).toContainText(/Gemt i hfg-data\.json kl\. \d+\.\d\d/);
  await expectAccessible(page);
  expect(JSON.parse(await fileText(page)).data.assessments).toHaveLength(1);

  // A change on another page is in the file shortly after, with no click.
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('label[for="r-kon-01-1"]').click();
  await expect
    .poll(async () => JSON.parse(await fileText(page)).data.assessments[0].answers['kon-01'].rating, { timeout: 5000 })
    .toBe('1');
  await open(page, '/mine-data');
  await expect(page.locator('.data-home')).toContainText('Browseren har lovet at gemme dine data');
  const before = await documents(page);
  expect(Object.keys(before)).toEqual([`hfg:assessment:${FIX}`, 'hfg:learning', 'hfg:scenarios', `hfg:seminar:${seminar.def.id}`]);

  // The browser's data is wiped (the remembered handle survives in IndexedDB here).
  await page.evaluate(() => localStorage.clear());
  await reload(page);
  await open(page, '/selvevaluering');
  await expect(page.locator('.empty-state__restore')).toContainText('Åbn en fil');
  await open(page, '/mine-data');
  await expect(page.locator('.mydata-restore-hint')).toBeVisible();
  // The remembered file is not written from the empty browser; it is offered to open.
  await expect(page.locator('.data-home .file-status')).toContainText('Browserens data er slettet');
  // Work goes on in the empty browser before the file is opened (another module).
  await open(page, '/laering/modul-fjerdedelsreglen');
  await page.locator('#q-modul-fjerdedelsreglen-q1 input[type=radio]').first().check();
  await page.locator('#q-modul-fjerdedelsreglen-q1 button[type=submit]').click();
  await open(page, '/mine-data');
  // Nothing has been written over the file with the empty browser.
  expect(JSON.parse(await fileText(page)).data.assessments).toHaveLength(1);
  await page.getByRole('button', { name: 'Åbn en fil' }).click();
  await expect(page.getByText('1 ny vurdering bliver tilføjet:')).toBeVisible();
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(page.getByText('1 vurdering er importeret.')).toBeVisible();
  // Every document of the file is back as it was; the module done since is kept beside them.
  const after = (await documents(page)) as Record<string, any>;
  const learningAfter = after['hfg:learning'];
  const learningBefore = (before as Record<string, any>)['hfg:learning'];
  expect(Object.keys(learningAfter.data.modules).sort()).toEqual(
    [...Object.keys(learningBefore.data.modules), 'modul-fjerdedelsreglen'].sort(),
  );
  for (const [m, p] of Object.entries(learningBefore.data.modules)) expect(learningAfter.data.modules[m]).toEqual(p);
  delete after['hfg:learning'];
  delete (before as Record<string, any>)['hfg:learning'];
  expect(after).toEqual(before);
  await page.getByRole('button', { name: 'Gem fremover ændringer i hfg-data.json' }).click();
  await expect(page.locator('.data-home .file-status')).toContainText('Gemt i hfg-data.json');
  await expectAccessible(page);
  void watch;
});

test('after a reload the linked file is written again, and persist() is asked once', async ({ page, watch }) => {
  await standIns(page);
  await seedOnce(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, '/mine-data');
  await page.getByRole('button', { name: 'Gem i en fil' }).click();
  await expect(page.locator('.data-home .file-status')).toContainText('Gemt i hfg-data.json');
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('label[for="r-kon-01-2"]').click();
  await reload(page);
  await page.locator('label[for="r-kon-01-4"]').click();
  await expect
    .poll(async () => JSON.parse(await fileText(page)).data.assessments[0].answers['kon-01'].rating, { timeout: 5000 })
    .toBe('4');
  expect(await page.evaluate(() => localStorage.getItem('test:persist'))).toBe('1');
  void watch;
});

test('a write that fails is reported, retried, and nothing in the browser is lost', async ({ page, watch }) => {
  await standIns(page, { failingWrites: true });
  await seedOnce(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, '/mine-data');
  await page.getByRole('button', { name: 'Gem i en fil' }).click();
  await expect(page.locator('.data-home .file-status')).toContainText('Kunne ikke gemme i hfg-data.json (NotReadableError)');
  await expectAccessible(page);
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('label[for="r-kon-01-2"]').click();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.answers['kon-01'].rating, `hfg:assessment:${FIX}`);
  expect(stored).toBe('2');
  void watch;
});

test('without the File System Access API the same button downloads a backup and says why', async ({ page, watch }) => {
  await page.addInitScript(() => {
    delete (window as any).showSaveFilePicker;
    delete (window as any).showOpenFilePicker;
  });
  await seedOnce(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, '/mine-data');
  await expect(page.locator('.data-home')).toContainText('Denne browser kan ikke holde en fil opdateret af sig selv');
  await expect(page.locator('.data-home__last')).toContainText('Du har ikke gemt noget endnu.');
  const dl = page.waitForEvent('download');
  await page.locator('.data-home').getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  expect((await dl).suggestedFilename()).toMatch(/^housing-first-guiden-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.locator('.data-home__last')).toContainText('Seneste sikkerhedskopi hentet kl.');
  await expect(page.locator('.data-home__last')).toContainText('Der er ingen ændringer siden.');
  await expectAccessible(page);
  void watch;
});

test('the reminder comes after the documented time, saves with one click, and stays out of presentation mode', async ({ page, watch }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00+01:00') });
  await standIns(page, { persisted: true });
  await seedOnce(page, { [`hfg:assessment:${FIX}`]: fixture, [`hfg:seminar:${seminar.def.id}`]: seminarEnv });
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('label[for="r-kon-01-2"]').click();
  const reminder = page.getByRole('complementary', { name: 'Gem dit arbejde uden for browseren' });
  await page.clock.fastForward('47:00:00');
  await expect(reminder).toHaveCount(0);
  // Three days after the first unsaved change (the browser keeps the data).
  await page.clock.fastForward('25:01:00');
  await expect(reminder).toBeVisible();
  await expectAccessible(page);
  await open(page, `/seminar/${seminar.def.id}/praesentation`);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await open(page, '/');
  await reminder.getByRole('button', { name: 'Gem i en fil' }).click();
  await expect(reminder).toHaveCount(0);
  expect(JSON.parse(await fileText(page)).data.assessments[0].answers['kon-01'].rating).toBe('2');
  void watch;
});

test('"Ikke nu" puts the reminder away, and an unprotected browser is reminded within the hour', async ({ page, watch }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00+01:00') });
  await standIns(page, { persisted: false });
  await seedOnce(page, { [`hfg:assessment:${FIX}`]: fixture });
  await open(page, `/selvevaluering/${FIX}/svar/konteksten`);
  await page.locator('label[for="r-kon-01-2"]').click();
  const reminder = page.getByRole('complementary', { name: 'Gem dit arbejde uden for browseren' });
  await page.clock.fastForward('00:30:00');
  await expect(reminder).toHaveCount(0);
  await page.clock.fastForward('00:31:00');
  await expect(reminder).toContainText('browseren har ikke lovet at beholde dem');
  await reminder.getByRole('button', { name: 'Ikke nu' }).click();
  await expect(reminder).toHaveCount(0);
  await reload(page);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  void watch;
});
