// Mine data: export a backup, clear everything, import it, everything is back;
// CSV for Excel; damaged, foreign and older files get the right outcome.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, expectAccessible } from './fixtures';

const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
const FIX = 'fixture-baseline';
const seminar = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
const seminarEnv = JSON.stringify({ schema: 1, kind: 'seminar', data: seminar });

test('backup, clear all, import: everything is back', async ({ page, watch }) => {
  await page.addInitScript(([k, v, sk, sv]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k, v);
      localStorage.setItem(sk, sv);
    }
  }, [`hfg:assessment:${FIX}`, fixture, `hfg:seminar:${seminar.def.id}`, seminarEnv]);
  await open(page, '/mine-data');
  await expect(page.locator('main')).toContainText('til én vurdering og dine øvrige data');
  await expectAccessible(page);
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent sikkerhedskopi (alt)' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'hfg-')), 'backup.json');
  await (await dl).saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.schema).toBe(1);
  expect(backup.kind).toBe('backup');
  expect(backup.data.assessments).toHaveLength(1);
  expect(Object.keys(backup.data.other)).toEqual([`hfg:seminar:${seminar.def.id}`]);

  await page.getByRole('button', { name: 'Slet alle data …' }).click();
  await expect(page.getByText('Er du sikker?')).toBeVisible();
  await expect(page.locator('.confirm-clear')).toContainText('1 vurdering og alt andet bliver slettet');
  await expect(page.getByRole('button', { name: 'Hent sikkerhedskopi først' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle data er slettet' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hfg:')))).toEqual([]);
  await expect(page.locator('.data-home')).toContainText('har endnu ikke gemt noget i denne browser');

  await page.getByLabel('Vælg en fil (.json)').setInputFiles(file);
  await expect(page.getByText('1 ny vurdering bliver tilføjet:')).toBeVisible();
  await expect(page.locator('main')).toContainText('Desuden et andet gemt dokument (et seminar, et læringsforløb eller en beregning). Findes det allerede her');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(page.getByText('1 vurdering er importeret.')).toBeVisible();
  await expect(page.locator('main')).toContainText('1 vurdering er importeret. Desuden et andet gemt dokument (et seminar');
  await open(page, `/selvevaluering/${FIX}/resultat`);
  await expect(page.locator('.level-box__label')).toHaveText('Delvis forankring');
  await open(page, '/seminar');
  await expect(page.getByRole('link', { name: seminar.def.title })).toBeVisible();
  void watch;
});

test('an assessment exports as CSV for Danish Excel', async ({ page, watch }) => {
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:assessment:${FIX}`, fixture]);
  await open(page, '/mine-data');
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV til Excel Eksempel Kommune (1.1.2026)' }).click();
  const d = await dl;
  expect(d.suggestedFilename()).toBe('eksempel-kommune-2026-01-01.csv');
  const text = readFileSync(await d.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Kommune/team;Dato;Afsnit;Drivkraft;Id;Udsagn;Vurdering');
  void watch;
});

test('damaged, foreign and newer files are refused with a clear message and change nothing', async ({ page, watch }) => {
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:assessment:${FIX}`, fixture]);
  await open(page, '/mine-data');
  const dir = mkdtempSync(join(tmpdir(), 'hfg-'));
  const cases: [string, string, RegExp][] = [
    ['damaged.json', fixture.slice(0, 400), /ikke gyldig JSON/],
    ['foreign.json', '{"title": "Noget helt andet", "items": [1,2,3]}', /ikke fra Housing First-guiden/],
    ['newer.json', '{"schema": 9, "kind": "backup", "data": {}}', /nyere version/],
    ['empty.json', '', /Filen er tom/],
  ];
  for (const [name, body, message] of cases) {
    const f = join(dir, name);
    writeFileSync(f, body);
    await page.getByLabel('Vælg en fil (.json)').setInputFiles(f);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Intet er ændret.');
  }
  await expectAccessible(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), `hfg:assessment:${FIX}`)).toBe(fixture);
  void watch;
});

test('importing an assessment that exists asks merge or replace; merge keeps the newer answer', async ({ page, watch }) => {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      const env = JSON.parse(v);
      env.data.answers['kon-01'] = { rating: '4', at: 9e12 };
      localStorage.setItem(k, JSON.stringify(env));
    }
  }, [`hfg:assessment:${FIX}`, fixture]);
  await open(page, '/mine-data');
  const f = join(mkdtempSync(join(tmpdir(), 'hfg-')), 'one.json');
  writeFileSync(f, fixture);
  await page.getByLabel('Vælg en fil (.json)').setInputFiles(f);
  await expect(page.getByText('1 vurdering findes allerede her:')).toBeVisible();
  await expect(page.getByLabel(/Flet: behold det nyeste/)).toBeChecked();
  // One radio group: choosing one unchecks the other.
  await page.getByLabel(/Erstat: filens version/).check();
  await expect(page.getByLabel(/Flet: behold det nyeste/)).not.toBeChecked();
  await page.getByLabel(/Flet: behold det nyeste/).check();
  await expect(page.getByLabel(/Erstat: filens version/)).not.toBeChecked();
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(page.getByText('1 vurdering er importeret.')).toBeVisible();
  const rating = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.answers['kon-01'].rating, `hfg:assessment:${FIX}`);
  expect(rating).toBe('4');
  void watch;
});
