// The Firefox layer's test wrapper (node:test): every test gets its own
// Firefox with a fresh profile and ends by checking what the Playwright
// fixtures check in Chromium: no console error, no CSP violation, no dialog,
// no request to another origin (BiDi's page requests and the page's own
// resource timing). A failing test leaves a screenshot in target/firefox/failures/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch, killAll } from './driver.mjs';

// A test that timed out may leave its browser behind: none outlives the file.
after(killAll);

export { assert };

export const OUT = 'target/firefox';
export const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
export const FIX = 'fixture-baseline';

/** No request to another origin, no console error, CSP violation or dialog in `ff` so far. */
export async function expectClean(ff) {
  const timing = await ff.foreignInTiming();
  assert.deepEqual([...ff.foreign, ...timing], [], 'requests to other origins');
  assert.deepEqual(ff.errors, [], 'console errors, CSP violations or dialogs');
}

/** A second browser (another person's device) for `fn`, checked the same way and closed after. */
export async function withSecond(name, fn) {
  const other = await launch({ logName: name });
  try {
    const result = await fn(other);
    await expectClean(other);
    return result;
  } finally {
    await other.close();
  }
}

/** `fn(firefox)` as a test with its own browser, checked for errors and foreign requests at the end. */
export function ffTest(name, fn, { timeout = 120_000 } = {}) {
  test(name, { timeout }, async () => {
    const ff = await launch({ logName: name });
    try {
      await fn(ff);
      await expectClean(ff);
    } catch (e) {
      mkdirSync(`${OUT}/failures`, { recursive: true });
      try {
        writeFileSync(`${OUT}/failures/${name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`, await ff.screenshot(false));
      } catch {
        /* the browser is gone */
      }
      throw e;
    } finally {
      await ff.close();
    }
  });
}
