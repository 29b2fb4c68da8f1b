// Security: a strict CSP in the page, no request to another origin on any
// route (the fixture asserts both on every test), and user text is text:
// classic XSS payloads in every field and in an imported file show literally
// and never run.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open } from './fixtures';

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "javascript:window.__pwned=4",
];

test('the page carries a strict Content Security Policy', async ({ page, watch }) => {
  await open(page, '/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'none'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('[style]').count()).toBe(0);
  void watch;
});

test('XSS payloads typed into every field are shown as text and never run', async ({ page, watch }) => {
  const [p1, p2, p3, p4] = payloads;
  await open(page, '/selvevaluering/ny');
  await page.getByLabel('Kommune eller team').fill(p1);
  await page.getByLabel('Beskrivelse (valgfri)').fill(p2);
  await page.getByRole('button', { name: 'Opret og begynd' }).click();
  await expect(page.locator('main h1')).toHaveText(p1);
  await page.getByRole('link', { name: 'Begynd at svare' }).click();
  await page.locator('#item-ind-01 label').first().click();
  await page.locator('#note-ind-01').fill(p3);
  await page.locator('#note-ind-01').blur();
  const url = page.url().replace(/\/svar\/.*$/, '');
  await page.goto(`${url}/handleplan`);
  await page.getByLabel('Handling', { exact: true }).fill(p4);
  await page.getByLabel('Ansvarlig (rolle)').fill(p1);
  await page.getByRole('button', { name: 'Tilføj handling' }).click();
  await page.goto(`${url}/rapport`);
  const report = page.locator('.report');
  await expect(report).toContainText(p1);
  await expect(report).toContainText(p3);
  await expect(report).toContainText(p4);
  await page.goto('./#/selvevaluering');
  await expect(page.locator('main')).toContainText(p2);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main svg[onload], main script').count()).toBe(0);
  void watch;
});

test('XSS payloads in an imported file are shown as text and never run', async ({ page, watch }) => {
  const env = JSON.parse(readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8'));
  env.data.id = 'xss-import';
  env.data.meta.name = payloads[0];
  env.data.meta.description = payloads[1];
  env.data.answers['ind-02'].note = payloads[2];
  env.data.actions[0].title = payloads[3];
  const f = join(mkdtempSync(join(tmpdir(), 'hfg-')), 'xss.json');
  writeFileSync(f, JSON.stringify(env));
  await open(page, '/mine-data');
  await page.getByLabel('Vælg en fil (.json)').setInputFiles(f);
  await expect(page.locator('.import-preview')).toContainText(payloads[0]);
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await page.goto('./#/selvevaluering/xss-import/rapport');
  await expect(page.locator('.report__name')).toHaveText(payloads[0]);
  await expect(page.locator('.report')).toContainText(payloads[2]);
  await expect(page.locator('.report')).toContainText(payloads[3]);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  void watch;
});

test('XSS payloads in a participant link (name and role) are shown as text and never run', async ({ page, watch }) => {
  await open(page, '/seminar/ny');
  await page.getByLabel('Seminarets titel').fill(payloads[2]);
  await page.getByLabel('Andre roller (adskilt med komma)').fill('<b onmouseover="window.__pwned=5">rolle</b>');
  await page.getByRole('button', { name: 'Opret seminar' }).click();
  await expect(page.locator('main h1')).toHaveText(payloads[2]);
  const home = page.url();
  const invite = await page.locator('#invite-link').inputValue();
  await page.goto(invite);
  await expect(page.locator('main h1')).toHaveText(payloads[2]);
  await page.getByLabel('Dit navn (valgfrit)').fill(payloads[0].slice(0, 60));
  await page.getByLabel('Dit navn (valgfrit)').blur();
  await page.getByLabel('Din rolle').selectOption({ index: 5 });
  await page.locator('.rating-item label').first().click();
  const link = await page.locator('#answer-link').inputValue();
  await page.goto(home);
  await page.getByLabel('Svarlinks').fill(link);
  await page.getByRole('button', { name: 'Tilføj svar' }).click();
  const people = page.getByRole('region', { name: 'Deltagere, der har sendt svar' });
  await expect(people).toContainText(payloads[0].slice(0, 60));
  await expect(people).toContainText('<b onmouseover');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main b[onmouseover]').count()).toBe(0);
  void watch;
});
