// Prerendering, run by post-build.mjs: opens the freshly built app in headless
// Chromium and writes what it renders into index.html, so a phone on a slow
// connection sees the page at once instead of a blank screen until the
// WebAssembly has arrived (seconds on 4G).
//
// - The frame (skip link, header, navigation, footer) is written as it is.
// - <main> gets the no-JavaScript message, the main content of each page in
//   PAGES (hidden) and "Henter siden …" (hidden).
// - public/prerender.js, a small script in <head> that runs before the first
//   paint, picks the page: <html data-prerender="KEY">; style/app.css shows
//   `.prerender-page[data-page="KEY"]` (or the loading line) for it. Only when
//   the app would show exactly that page: the address matches, no stored data
//   the page depends on, nothing set aside.
// - ui::mount() removes all of it in the same task as it mounts the app.
//
// Needs Chromium (Debian's /usr/bin/chromium or CHROME_PATH): ./dev installs it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serve } from './static-server.mjs';

/**
 * The pages prerendered. style/app.css shows `.prerender-page[data-page=KEY]`
 * for each key (the build checks). Which stored data changes what a page
 * shows is not written here: the app renders it, from the document table in
 * src/storage/documents.rs, as `data-depends-on="<key prefix>"` on the
 * elements that would change, and the prerender collects those attributes.
 */
export const PAGES = [
  { route: '#/', key: 'start' },
  { route: '#/selvevaluering', key: 'selvevaluering' },
];

const MARK = '<!-- prerender -->';

/** Prerenders the app in `dir` (index.html is rewritten). Returns a one-line summary. */
export async function prerender(dir) {
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    throw new Error(`Chromium mangler (${chromePath}); ./dev serve og ./dev test installerer det.`);
  }
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (!html.includes(MARK)) throw new Error(`index.html has no ${MARK} where the prerendered page goes`);
  const css = readFileSync(new URL('../style/app.css', import.meta.url), 'utf8');
  for (const { key } of PAGES) {
    if (!css.includes(`[data-prerender="${key}"] .prerender-page[data-page="${key}"]`)) {
      throw new Error(`style/app.css does not show the prerendered page "${key}"`);
    }
  }
  const loading = (html.match(/<body[^>]*\sdata-loading="([^"]*)"/) || [])[1];
  if (!loading) throw new Error('<body data-loading="…"> (the text while a page is on its way) is missing');

  const { chromium } = await import('playwright-core');
  const server = await serve(dir, 0);
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
    const problems = [];
    let frame = null;
    const pages = [];
    const table = [];
    for (const { route, key } of PAGES) {
      // A fresh page per route: the app starts on it as a visitor's would.
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(server.url + route);
      await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 30_000 });
      // Effects (title, focus) run after the first render.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shot = await page.evaluate(() => {
        const main = document.querySelector('main');
        const current = document.querySelector('.app-nav [aria-current="page"]');
        const body = document.body.cloneNode(true);
        body.querySelectorAll('script, noscript, template').forEach((n) => n.remove());
        body.querySelector('main').replaceChildren();
        body.querySelectorAll('[aria-current]').forEach((n) => n.removeAttribute('aria-current'));
        body.querySelectorAll('.app-nav__link--current').forEach((n) => n.classList.remove('app-nav__link--current'));
        const dependsOn = [...new Set([...document.querySelectorAll('[data-depends-on]')].map((n) => n.getAttribute('data-depends-on')))];
        return {
          dependsOn,
          main: main.innerHTML,
          title: document.title,
          nav: current ? current.getAttribute('href') : '',
          frame: body.innerHTML,
        };
      });
      if (/\sstyle=|<script|\son[a-z]+=/i.test(shot.main + shot.frame)) {
        throw new Error(`the prerendered ${route} has inline style, a script or an event attribute (the CSP forbids them)`);
      }
      await page.close();
      // Leptos's empty placeholder comments and the build's marker mean nothing in static HTML.
      const tidy = (h) => h.replace(/<!---->/g, '').replace(MARK, '').replace(/>\n\s*</g, '><').trim();
      shot.main = tidy(shot.main);
      frame ??= tidy(shot.frame);
      pages.push(`<div class="prerender-page" data-page="${key}">${shot.main}</div>`);
      if (!shot.dependsOn.length) throw new Error(`the prerendered ${route} names no stored data it depends on (data-depends-on)`);
      table.push({ route, key, title: shot.title, nav: shot.nav, dependsOn: shot.dependsOn });
    }
    if (problems.length) throw new Error(`the app reported errors while prerendering: ${problems.join('; ')}`);
    await context.close();

    // <main>: the no-JavaScript message, the pages, the line for any other page.
    const noscript = (html.match(/<noscript>[\s\S]*?<\/noscript>/) || [''])[0];
    const inMain = `${noscript}${pages.join('')}<p class="prerender-loading" role="status">${loading}</p>`;
    frame = frame.replace(/(<main\b[^>]*>)(<\/main>)/, `$1${inMain}$2`);
    // The script that picks the page, with the page table, content-hashed like every other file.
    const script = readFileSync(new URL('../public/prerender.js', import.meta.url), 'utf8').replace(
      '__PAGES__',
      JSON.stringify(table),
    );
    const name = `prerender-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
    writeFileSync(join(dir, name), script);
    // In <head> after the style sheets, so it runs before the first paint.
    const out = html
      .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(MARK, `<div id="prerender">${frame}</div>`)
      .replace('</head>', `<script src="./${name}"></script></head>`);
    writeFileSync(file, out);
    return `prerendered ${PAGES.map((p) => p.route).join(', ')} (${(out.length - html.length) / 1000} KB more in index.html)`;
  } finally {
    await browser.close();
    await server.close();
  }
}
