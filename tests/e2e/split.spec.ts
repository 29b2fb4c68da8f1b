// The WebAssembly is split per area (tools/build-wasm.mjs): the start page
// loads only the main module, an area's module comes when the area is first
// opened, and keyboard focus still lands on the new page's heading.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, open, expectAccessible, watchPage, expectClean } from './fixtures';

// Without the service worker, which would fetch every module for offline use.
test.use({ serviceWorkers: 'block' });

/** The names of the files the page requests whose path matches `pattern`, in order. */
function fetchedFiles(page: Page, pattern: RegExp): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (pattern.test(path)) names.push(path.split('/').pop()!);
  });
  return names;
}

test('the start page loads only the main module; an area loads its own when opened', async ({ page, watch }) => {
  const wasm = fetchedFiles(page, /\.wasm$/);
  await open(page, '/');
  expect(wasm).toEqual(['housing-first-guiden_bg.wasm']);

  // While an area's module is on its way, the page says so.
  await page.route(/split_methods_home_page_\d+\.wasm$/, async (r) => {
    await new Promise((done) => setTimeout(done, 500));
    await r.continue();
  });
  await page.locator('.app-nav').getByRole('link', { name: 'Metoder', exact: true }).click();
  const waiting = page.locator('main .area-page');
  await expect(waiting).toBeEmpty();
  expect(await waiting.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Henter siden …"');
  await expect(page.locator('main h1')).toHaveText('Metoder');
  await expect(page.locator('main h1')).toBeFocused();
  expect(wasm.filter((w) => w.startsWith('split_')).map((w) => w.replace(/_\d+\.wasm$/, ''))).toEqual(['split_methods_home_page']);

  // Back to an area already loaded: nothing more is fetched.
  const before = wasm.length;
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Housing First-guiden');
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText('Metoder');
  expect(wasm.length).toBe(before);
  await expectAccessible(page);
  void watch;
});

test("the linked file's writer is fetched only where a file can be saved or was linked", async ({ page, watch }) => {
  const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
  // A browser that never linked a file (no database of the app's in IndexedDB).
  await open(page, '/selvevaluering');
  await page.waitForLoadState('networkidle');
  expect(wasm.some((w) => w.startsWith('split_writer_module'))).toBe(false);
  // Mine data shows "Gem i en fil": the writer comes with it, before the click.
  await page.locator('.app-nav').getByRole('link', { name: 'Mine data', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Mine data');
  await expect.poll(() => wasm.some((w) => w.startsWith('split_writer_module'))).toBe(true);
  void watch;
});

test('a deep link into an area shows its page at once, with no loading gap', async ({ page, watch }) => {
  // The frame is mounted in one task, outside the document, and the page is
  // built in the next (src/ui/app.rs): the document holds one frame, one
  // <main>, at every moment, and the app is "ready" only with its page in it.
  await page.addInitScript(() => {
    const seen = { mostMains: 0, ready: null as null | { mains: number; h1: string | null; prerender: boolean } };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      seen.mostMains = Math.max(seen.mostMains, document.querySelectorAll('main').length);
      if (!seen.ready && document.documentElement.getAttribute('data-app') === 'ready') {
        seen.ready = { mains: document.querySelectorAll('main').length, h1: document.querySelector('main h1')?.textContent ?? null, prerender: !!document.querySelector('#prerender') };
      }
    }).observe(document, { attributes: true, childList: true, subtree: true });
  });
  await open(page, '/metoder/kapacitet');
  const seen = await page.evaluate(() => (window as unknown as { seen: { mostMains: number; ready: { mains: number; h1: string | null; prerender: boolean } } }).seen);
  expect(seen.mostMains).toBe(1);
  expect(seen.ready.mains).toBe(1);
  expect(seen.ready.h1).toMatch(/kapacitet/i);
  expect(seen.ready.prerender).toBe(false);
  await expect(page.locator('main h1')).toHaveText(/kapacitet/i);
  await expect(page.locator('.prerender-loading')).toHaveCount(0);
  await expect(page.locator('main .area-page')).not.toBeEmpty();
  // The start's steps, as User Timing marks for a performance trace
  // (src/ui/app.rs): the area's modules, its content parsed, the app mounted.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('hfg:')).map((m) => m.name));
  expect(marks).toEqual(['hfg:area-loaded', 'hfg:parsed', 'hfg:mounted']);
  void watch;
});

test("a deep link's first visit fetches its page's modules in one file", async ({ page, watch }) => {
  const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
  await open(page, '/metoder/kapacitet');
  await expect(page.locator('main h1')).toHaveText(/kapacitet/i);
  expect(wasm.sort()).toEqual(['first-methods_capacity.bin', 'housing-first-guiden_bg.wasm']);

  // Another module afterwards: its modules one by one, only those not loaded yet.
  await page.locator('.app-nav').getByRole('link', { name: 'Læring', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Læring');
  expect(wasm.filter((w) => w.endsWith('.bin'))).toEqual(['first-methods_capacity.bin']);
  expect(wasm.some((w) => w.startsWith('split_learning_page'))).toBe(true);
  void watch;
});

test('a link to one methods tool, the self-assessment list or an answer link brings no other page of its area', async ({ browser }) => {
  const files: Record<string, string> = {
    '/metoder': 'first-methods_home.bin',
    '/metoder/sammenlign': 'first-methods_home.bin',
    '/metoder/valg': 'first-methods_choice.bin',
    '/metoder/cti-plan': 'first-methods_cti.bin',
    '/selvevaluering': 'first-assessment_list.bin',
    '/seminar/svar/s111111.Jxm4p8bV5POiscAsy': 'first-seminar_answer.bin',
  };
  for (const [route, file] of Object.entries(files)) {
    // A fresh browser each, as a link opens it.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const watch = await watchPage(page);
    const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
    await open(page, route);
    await page.waitForLoadState('networkidle');
    expect(wasm.sort(), route).toEqual([file, 'housing-first-guiden_bg.wasm']);
    expectClean(watch);
    await context.close();
  }
});

test("an assessment's own pages come without its results' module, which comes when the results are opened", async ({ page, watch }) => {
  const fixture = readFileSync('tests/fixtures/schema-1/assessment.json', 'utf8');
  const id = JSON.parse(fixture).data.id as string;
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [`hfg:assessment:${id}`, fixture]);
  const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (/\.(wasm|bin)$/.test(new URL(r.url()).pathname)) bodies.push(r.body());
  });
  await open(page, `/selvevaluering/${id}`);
  await expect(page.locator('#overall-progress')).toBeVisible();
  expect(wasm.sort()).toEqual(['first-assessment.bin', 'housing-first-guiden_bg.wasm']);
  // The guide's advice on the statements is only on the results' pages.
  const advice = /^advice = "([^"]{60,})"/m.exec(readFileSync('src/content/da/items.toml', 'utf8'))![1].slice(0, 60);
  expect(Buffer.concat(await Promise.all(bodies)).includes(Buffer.from(advice)), 'the advice is not fetched').toBe(false);

  await page.locator(`main a[href="#/selvevaluering/${id}/resultat"]`).first().click();
  await expect(page.locator('.level-box')).toBeVisible();
  await expect(page.locator('main h1')).toBeFocused();
  expect(wasm.some((w) => w.startsWith('split_results_page'))).toBe(true);
  expect(wasm.filter((w) => w.endsWith('.bin'))).toEqual(['first-assessment.bin']);
  void watch;
});

test('"Om" comes in a file of its own; the start page does not carry its text', async ({ page, watch }) => {
  const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
  await open(page, '/om');
  await expect(page.locator('main h1')).toHaveText(/Om Housing First-guiden/);
  expect(wasm.sort()).toEqual(['first-about.bin', 'housing-first-guiden_bg.wasm']);
  void watch;
});

test('when the first visit\'s file cannot be fetched, the modules come one by one', async ({ page, watch }) => {
  await page.route(/first-[a-z_]+\.bin$/, (r) => r.abort());
  const wasm = fetchedFiles(page, /\.wasm$/);
  await open(page, '/selvevaluering');
  await expect(page.locator('main h1')).toHaveText('Selvevaluering');
  expect(wasm.some((w) => w.startsWith('split_assessment_list_page'))).toBe(true);
  // The aborted request is logged as a failed load; nothing else went wrong.
  watch.errors = watch.errors.filter((e) => !/Failed to load resource/.test(e));
});

test("a participant's phone downloads none of the guide's text or advice", async ({ page, watch }) => {
  const invitation = JSON.parse(readFileSync('tests/fixtures/links-1.json', 'utf8')).invitation as string;
  // A sentence of the guide (guide.toml) and one of a learning module (learning.toml).
  const guide = /^summary = "(Borgere i hjemløshed får egen, permanent bolig[^"]*)"/m.exec(readFileSync('src/content/da/guide.toml', 'utf8'))![1];
  const learning = /^intro = "([^"]{60,})"/m.exec(readFileSync('src/content/da/learning.toml', 'utf8'))![1].slice(0, 60);
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (/\.(wasm|bin)$/.test(new URL(r.url()).pathname)) bodies.push(r.body());
  });
  await page.goto(`./#/seminar/deltag/${invitation}`);
  await expect(page.locator('html[data-app="ready"] .rating-item').first()).toBeVisible();
  const all = Buffer.concat(await Promise.all(bodies));
  expect(all.length).toBeGreaterThan(100_000);
  expect(all.includes(Buffer.from(guide)), 'the guide\'s text is not fetched').toBe(false);
  expect(all.includes(Buffer.from(learning)), 'the learning modules\' text is not fetched').toBe(false);
  // Nor the guide's advice on the statements, which only the self-assessment's results show.
  const advice = /^advice = "([^"]{60,})"/m.exec(readFileSync('src/content/da/items.toml', 'utf8'))![1].slice(0, 60);
  expect(all.includes(Buffer.from(advice)), 'the advice is not fetched').toBe(false);
  // The statements are (the items' own text).
  const statement = /^statement = "([^"]{60,})"/m.exec(readFileSync('src/content/da/items.toml', 'utf8'))![1].slice(0, 60);
  expect(all.includes(Buffer.from(statement))).toBe(true);
  void watch;
});

test("a link to a guide page shows the build's file of it, without the guide's module", async ({ page, watch }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').slice(-2).join('/')));
  await open(page, '/guide/boligloesning/fjerdedelsreglen');
  await expect(page.locator('main h1')).toHaveText(/fjerdedel/i);
  await expect(page).toHaveTitle(/fjerdedel.* – Housing First-guiden$/i);
  await expect(page.locator('.source-ref')).toContainText('Beskrivelse af indsatsen');
  // prerender.js fetched the file; the app took that fetch instead of its own.
  expect(fetched.filter((f) => f.startsWith('prerender/') || f.startsWith('boligloesning/'))).toEqual(['boligloesning/fjerdedelsreglen.html']);
  // A link on it to another guide page: that page's file, and focus on its heading.
  const related = page.getByRole('region', { name: 'Hænger sammen med' }).getByRole('link').first();
  const name = (await related.textContent())!.trim();
  await related.click();
  await expect(page.locator('main h1')).toContainText(name.replace(/^\d+\.\s*/, ''));
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Hænger sammen med' }).getByRole('link', { name: /fjerdedel/i })).toBeVisible();
  expect(fetched.filter((f) => /\.(wasm|bin)$/.test(f)).map((f) => f.split('/').pop())).toEqual(['housing-first-guiden_bg.wasm']);
  await expectAccessible(page);

  // The overview comes from its file too; its search field is live, and
  // searching fetches the guide's module (the index). From then on the
  // module builds the guide's pages: no more files.
  await page.goto('./#/guide');
  await expect(page.locator('main h1')).toHaveText('Guiden');
  await expect(page.locator('.section-card').first()).toBeVisible();
  expect(fetched.some((f) => /split_guide_page_\d+\.wasm$/.test(f))).toBe(false);
  await page.getByLabel('Søg i guiden').fill('fjerdedel');
  await expect(page.getByRole('status')).toContainText('resultat');
  await expect(page.locator('.guide-search__hit a').first()).toContainText(/fjerdedel/i);
  expect(fetched.some((f) => /split_guide_page_\d+\.wasm$/.test(f))).toBe(true);
  const files = fetched.filter((f) => f.endsWith('.html')).length;
  await page.locator('.guide-search__hit a').first().click();
  await expect(page.locator('main h1')).toContainText(/fjerdedel/i);
  expect(fetched.filter((f) => f.endsWith('.html')).length).toBe(files);
  void watch;
});

test("when a guide page's file cannot be had, the guide's module builds the page", async ({ page, watch }) => {
  await page.route('**/prerender/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }));
  const wasm = fetchedFiles(page, /\.(wasm|bin)$/);
  await open(page, '/guide/ordliste/term-sofasovere');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.source-ref')).toBeVisible();
  expect(wasm.some((w) => /^split_guide_page_\d+\.wasm$/.test(w))).toBe(true);
  await expectAccessible(page);
  void watch;
});
