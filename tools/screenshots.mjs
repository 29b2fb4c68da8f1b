// Takes screenshots of routes at phone and desktop width for a person to look at.
// Usage: node tools/screenshots.mjs [out-dir] route1 route2 …  (dist/ served on 127.0.0.1:$PORT, default 4174)
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const [out = 'screenshots', ...routes] = process.argv.slice(2);
const widths = [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, width, height] of widths) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'da-DK' });
  // SEED=file.json puts a saved assessment (an envelope with data.id) in localStorage first.
  // SEED_SEMINAR=file.json does the same for a saved seminar (data.def.id).
  for (const [env, kind] of [['SEED', 'assessment'], ['SEED_SEMINAR', 'seminar']]) {
    if (!process.env[env]) continue;
    const raw = readFileSync(process.env[env], 'utf8');
    const data = JSON.parse(raw).data;
    const id = kind === 'seminar' ? data.def.id : data.id;
    await page.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, [`hfg:${kind}:${id}`, raw]);
  }
  page.on('console', (m) => m.type() === 'error' && console.log(`console error on ${name}:`, m.text()));
  for (const route of routes.length ? routes : ['/']) {
    await page.goto(`http://127.0.0.1:${process.env.PORT || 4174}/#${route}`);
    await page.waitForSelector('html[data-app="ready"] main h1');
    await page.waitForTimeout(150);
    const file = `${out}/${name}${route.replace(/[^a-z0-9]+/gi, '_')}.png`;
    if (process.env.PDF === '1' && name === 'desktop') { await page.emulateMedia({ media: 'print' }); await page.pdf({ path: file.replace('.png', '.pdf'), format: 'A4', printBackground: true }); await page.emulateMedia({ media: 'screen' }); }
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
