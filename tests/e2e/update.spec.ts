// A new deployment: the service worker of the new version installs in the
// background, the page says a new version is ready, and "Genindlæs" switches
// to it without losing data. Served from a copy of dist/ on its own port so
// the test can "deploy" by changing sw.js.
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, ChildProcess } from 'node:child_process';
import { test, expect, reload, UPDATE_PORT } from './fixtures';

const PORT = UPDATE_PORT;
let dir = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hfg-deploy-'));
  cpSync('dist', dir, { recursive: true });
  server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a new version is announced and taken into use on request', async ({ page, watch }) => {
  const base = `http://127.0.0.1:${PORT}/`;
  await page.goto(`${base}#/selvevaluering/ny`);
  await page.getByLabel('Kommune eller team').fill('Opdateringskommune');
  await page.getByRole('button', { name: 'Opret og begynd' }).click();
  await expect(page.locator('main h1')).toHaveText('Opdateringskommune');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await expect(page.getByText('En ny version af Housing First-guiden er klar.')).toHaveCount(0);
  // Deploy: a changed service worker.
  appendFileSync(join(dir, 'sw.js'), '\n// deployed again\n');
  await reload(page);
  await expect(page.getByText('En ny version af Housing First-guiden er klar.')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Genindlæs og brug den nye version' }).click();
  await expect(page.getByText('En ny version af Housing First-guiden er klar.')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('main h1')).toHaveText('Opdateringskommune');
  void watch;
});
