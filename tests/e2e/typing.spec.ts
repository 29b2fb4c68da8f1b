// Typing a note never lags and never loses a letter: the note is saved right
// after the letter is painted (ui/note_saver.rs), at once when the page is
// left, and before any other change. Each way out right after the last key
// (a reload, a closed tab, a crashed tab) finds every letter kept.
import { readFileSync } from 'node:fs';
import { test, expect, open, reload } from './fixtures';
import type { Page } from '@playwright/test';

const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
const FIX = 'fixture-baseline';
const TEXT = 'Aftale med boligselskabet om tre boliger';
const ANSWER = `/selvevaluering/${FIX}/svar/konteksten`;
const NOTE = '#note-kon-02';

async function seed(page: Page) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('hfg:assessment:fixture-baseline', v);
  }, fixture);
}

/** The note as stored (what a new tab would read). */
const stored = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').data?.answers?.['kon-02']?.note ?? null, `hfg:assessment:${FIX}`);

async function typeNote(page: Page) {
  await seed(page);
  await open(page, ANSWER);
  await page.locator(NOTE).click();
  await page.keyboard.type(TEXT);
}

test('a reload at once after the last key keeps the whole note', async ({ page, watch }) => {
  await typeNote(page);
  await reload(page);
  await expect(page.locator(NOTE)).toHaveValue(TEXT);
  void watch;
});

test('a tab closed at once after the last key keeps the whole note', async ({ page, context, watch }) => {
  await typeNote(page);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again, ANSWER);
  await expect(again.locator(NOTE)).toHaveValue(TEXT);
  void watch;
});

test('a tab that crashes one frame after the last key keeps the whole note', async ({ page, context, watch }) => {
  await typeNote(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  // The renderer dies: no pagehide, no further script.
  const crashed = page.waitForEvent('crash');
  page.goto('chrome://crash').catch(() => {});
  await crashed;
  const again = await context.newPage();
  await open(again, ANSWER);
  await expect(again.locator(NOTE)).toHaveValue(TEXT);
  void watch;
});

test('the note is saved while typing, and a rating right after it keeps both', async ({ page, watch }) => {
  await typeNote(page);
  await expect.poll(() => stored(page)).toBe(TEXT);
  await page.locator(NOTE).fill('Første');
  await page.locator('label[for="r-kon-02-4"]').click();
  expect(await stored(page)).toBe('Første');
  await expect(page.locator('#r-kon-02-4')).toBeChecked();
  void watch;
});
