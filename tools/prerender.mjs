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
// - The guide's pages (every page a link from `#/guide` leads to, crawled
//   here) are written to `prerender/<route>.html`, one small file each, not
//   into index.html: prerender.js fetches the one a deep link names and shows
//   it as soon as it is there (`data-prerender="guide"`); until then the frame
//   says "Henter siden …" and hides the footer, so nothing moves.
// - An invitation (`#/seminar/deltag/…`) shows the top of the participant's
//   page at once: heading, lead and privacy note (`data-page="deltag"`);
//   prerender.js reads the seminar's title from the address.
// - ui::mount() removes all of it in the same task as it mounts the app.
//
// Needs Chromium (Debian's /usr/bin/chromium or CHROME_PATH): ./dev installs it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** The guide's pages that are prerendered and fetched by prerender.js: the
 *  same pattern is in public/prerender.js (ids are lower-case ASCII slugs). */
export const GUIDE_ROUTE = /^#\/guide(\/[a-z0-9-]+){0,2}$/;
/** Where a guide page's prerendered file goes, relative to dist/. */
export const guideFile = (route) => `prerender/${route.slice(2)}.html`;

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Opens `url` in a new tab of `context` and waits until the live app has
 *  rendered its page and run its effects (title, focus); the app's errors go
 *  to `problems`. */
async function openApp(context, url, problems) {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 30_000 });
  await settled(page);
  return page;
}

/** Two frames later: effects that run after a render (title, focus) have run. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Throws when prerendered HTML has what the CSP forbids (inline style, a script, an event attribute). */
function checkCsp(html, what) {
  if (/\sstyle=|<script|\son[a-z]+=/i.test(html)) {
    throw new Error(`the prerendered ${what} has inline style, a script or an event attribute (the CSP forbids them)`);
  }
}

/** Leptos's empty placeholder comments, the build's marker and the whitespace between tags mean nothing in static HTML. */
const tidy = (h) => h.replace(/<!---->/g, '').replace(MARK, '').replace(/>\n\s*</g, '><').trim();


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
  for (const { key } of [...PAGES, { key: 'guide' }, { key: 'deltag' }]) {
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
      const page = await openApp(context, server.url + route, problems);
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
      checkCsp(shot.main + shot.frame, route);
      await page.close();
      shot.main = tidy(shot.main);
      frame ??= tidy(shot.frame);
      pages.push(`<div class="prerender-page" data-page="${key}">${shot.main}</div>`);
      if (!shot.dependsOn.length) throw new Error(`the prerendered ${route} names no stored data it depends on (data-depends-on)`);
      table.push({ route, key, title: shot.title, nav: shot.nav, dependsOn: shot.dependsOn });
    }
    const guide = await prerenderGuide(context, server.url, dir, problems);
    const invitation = await prerenderInvitation(context, server.url, problems);
    pages.push(invitation.page);
    if (problems.length) throw new Error(`the app reported errors while prerendering: ${problems.join('; ')}`);
    await context.close();

    // <main>: the no-JavaScript message, the pages, the line for any other page.
    const noscript = (html.match(/<noscript>[\s\S]*?<\/noscript>/) || [''])[0];
    const inMain = `${noscript}${pages.join('')}<p class="prerender-loading" role="status">${loading}</p>`;
    frame = frame.replace(/(<main\b[^>]*>)(<\/main>)/, `$1${inMain}$2`);
    // The script that picks the page, with the page table, content-hashed like every other file.
    // Minified (esbuild): every page reads it before its first paint.
    const filled = readFileSync(new URL('../public/prerender.js', import.meta.url), 'utf8').replace(
      '__PAGES__',
      JSON.stringify(table),
    ).replace('__GUIDE__', JSON.stringify({ dependsOn: guide.dependsOn, pages: guide.pages }))
      .replace('__INVITATION__', JSON.stringify(invitation.entry));
    const { transformSync } = await import('esbuild');
    const script = transformSync(filled, { loader: 'js', minify: true, logLevel: 'error' }).code;
    const name = `prerender-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
    writeFileSync(join(dir, name), script);
    // In <head> before the style sheets: it runs before the first paint and,
    // not waiting for them, starts a guide page's fetch at once.
    const firstSheet = html.search(/<link[^>]*rel="stylesheet"/);
    if (firstSheet < 0) throw new Error('index.html has no style sheet to put prerender.js before');
    const withScript = `${html.slice(0, firstSheet)}<script src="./${name}"></script>${html.slice(firstSheet)}`;
    const out = withScript
      .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(MARK, `<div id="prerender">${frame}</div>`);
    writeFileSync(file, out);
    return `prerendered ${PAGES.map((p) => p.route).join(', ')}, an invitation's top (${(out.length - html.length) / 1000} KB more in index.html) and ${guide.count} guide pages into prerender/ (${(guide.bytes / 1000).toFixed(0)} KB)`;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The invitation's frame (`data-page="deltag"`): the top of a participant's
 * page, from its heading to the privacy note, as the app renders it for the
 * committed sample invitation (`tests/fixtures/links-1.json`, format 1). The
 * heading is left empty (`data-invitation-title`): prerender.js writes the
 * seminar's title from the address into it, as text. Returns { page, entry }:
 * the HTML for <main> and prerender.js's entry for it.
 */
async function prerenderInvitation(context, base, problems) {
  const sample = JSON.parse(readFileSync(new URL('../tests/fixtures/links-1.json', import.meta.url), 'utf8')).invitation;
  const page = await openApp(context, `${base}#/seminar/deltag/${sample}`, problems);
  const shot = await page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    const note = main.querySelector('.alert-info');
    const heading = main.querySelector('h1');
    if (!note || !heading) return null;
    // Everything after the privacy note goes: it is the app's to show.
    for (let n = note; n && n !== main; n = n.parentNode) {
      while (n.nextSibling) n.nextSibling.remove();
    }
    const sampleTitle = heading.textContent;
    heading.textContent = '';
    heading.setAttribute('data-invitation-title', '');
    const current = document.querySelector('.app-nav [aria-current="page"]');
    return {
      main: main.innerHTML,
      sampleTitle,
      title: document.title,
      nav: current ? current.getAttribute('href') : '',
      dependsOn: [...new Set([...document.querySelectorAll('[data-depends-on]')].map((n) => n.getAttribute('data-depends-on')))],
    };
  });
  await page.close();
  if (!shot || !shot.sampleTitle || !shot.title.includes(shot.sampleTitle)) {
    throw new Error("the invitation's page has no heading, privacy note (.alert-info) or title with the seminar's name");
  }
  checkCsp(shot.main, 'invitation');
  return {
    page: `<div class="prerender-page" data-page="deltag">${tidy(shot.main)}</div>`,
    entry: {
      key: 'deltag',
      title: shot.title.replace(shot.sampleTitle, '%s'),
      nav: shot.nav,
      dependsOn: shot.dependsOn,
    },
  };
}

/**
 * Crawls the guide from `#/guide` in one tab (the app follows each link as a
 * reader's click would) and writes each page's <main> to `guideFile(route)`.
 * Returns { count, bytes, dependsOn, pages }: the stored-data prefixes any
 * guide page or the frame depends on (prerender.js then shows none of them)
 * and the pages written (each route after `#/guide`), so that neither
 * prerender.js nor the app asks for a file that is not there.
 */
async function prerenderGuide(context, base, dir, problems) {
  // The live guide writes the files: the app, finding none (an empty answer
  // is no page), builds each page with the guide's module.
  await context.route('**/prerender/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '' }));
  const page = await openApp(context, `${base}#/guide`, problems);
  const seen = new Set(['#/guide']);
  const queue = ['#/guide'];
  const dependsOn = new Set();
  let count = 0;
  let bytes = 0;
  const pages = [];
  while (queue.length) {
    const route = queue.shift();
    if (count > 0) {
      await page.evaluate((r) => {
        window.__hfgOldHeading = document.querySelector('main h1');
        location.hash = r;
      }, route);
      await page.waitForFunction(() => {
        const h = document.querySelector('main h1');
        return h && h !== window.__hfgOldHeading;
      });
    }
    await settled(page);
    const shot = await page.evaluate(() => ({
      main: document.querySelector('main').innerHTML,
      title: document.title,
      links: [...document.querySelectorAll('main a[href^="#/guide"]')].map((a) => a.getAttribute('href')),
      dependsOn: [...document.querySelectorAll('[data-depends-on]')].map((n) => n.getAttribute('data-depends-on')),
    }));
    checkCsp(shot.main, route);
    for (const d of shot.dependsOn) dependsOn.add(d);
    const main = tidy(shot.main);
    const file = `<div class="prerender-page" data-page="guide" data-title="${escapeAttr(shot.title)}">${main}</div>`;
    const path = join(dir, guideFile(route));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file);
    pages.push(route.slice('#/guide'.length));
    count += 1;
    bytes += file.length;
    for (const link of shot.links) {
      if (GUIDE_ROUTE.test(link) && !seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  await page.close();
  return { count, bytes, dependsOn: [...dependsOn], pages: pages.sort() };
}
