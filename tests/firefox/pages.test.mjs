// Firefox: the start page and one page per area render, reload as deep links and
// navigate from the menu; the skip link and the phone menu by keyboard; screenshots of the main pages at 390 px and desktop
// width (target/firefox/screenshots/, for a person to look at) with nothing wider
// than the screen, and the app's navigation links (header, area cards, group
// tabs) not drawn in the visited-link purple that Firefox shows and Chromium does not.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ffTest, assert, OUT, fixture, FIX } from './harness.mjs';
import { purplePixels } from './png.mjs';
import { Key } from './driver.mjs';

const routes = [
  ['/', /Housing First-guiden/],
  ['/guide', /Guiden/],
  ['/guide/principper/princip-1', /menneskeret/i],
  ['/selvevaluering', /Selvevaluering/],
  ['/seminar', /Seminar/],
  ['/laering', /Læring/],
  ['/laering/modul-fjerdedelsreglen', /fjerdedel/i],
  ['/metoder', /Metoder/],
  ['/mine-data', /Mine data/],
  ['/om', /Om Housing First-guiden/],
];

ffTest('the start page and one page per area render, reload and are reached from the menu', async (ff) => {
  for (const [route, heading] of routes) {
    await ff.goto(route);
    assert.match(await ff.text('main h1'), heading, route);
    assert.match(await ff.eval(() => document.title), /Housing First-guiden/, route);
    await ff.reload();
    assert.match(await ff.text('main h1'), heading, `${route} after a reload`);
  }
  assert.equal(await ff.eval(() => document.documentElement.lang), 'da');
  // The privacy promise, and the menu from the start page.
  await ff.goto('/');
  await ff.waitForText('main', 'Intet sendes nogen steder hen.');
  await ff.click('nav[aria-label="Hovedmenu"] a', 'Guide');
  await ff.waitForText('main h1', 'Guiden');
  assert.equal(await ff.eval(() => document.querySelector('main h1') === document.activeElement), true, 'focus on the heading');
  await ff.click('main a', 'De otte grundprincipper');
  await ff.waitForText('main h1', 'grundprincipper');
  await ff.http('POST', '/back', {});
  await ff.waitForText('main h1', 'Guiden');
});

ffTest('on a phone the skip link and the menu work from the keyboard', async (ff) => {
  await ff.viewport(390, 844);
  await ff.goto('/');
  await ff.press(Key.Tab);
  assert.equal(await ff.eval(() => document.activeElement.textContent.trim()), 'Gå til indhold');
  await ff.press(Key.Enter);
  await ff.waitFor('focus in main', () => document.activeElement?.closest('main') !== null);
  const expanded = () => ff.eval(() => document.querySelector('.app-header__menu-button').getAttribute('aria-expanded'));
  assert.equal(await expanded(), 'false');
  assert.equal(await ff.eval(() => document.querySelector('.app-nav__link').getClientRects().length), 0, 'the menu starts closed');
  await ff.eval(() => document.querySelector('.app-header__menu-button').focus());
  await ff.press(Key.Enter);
  await ff.waitFor('the menu open', () => document.querySelector('.app-header__menu-button').getAttribute('aria-expanded') === 'true');
  // Tab from the menu button reaches the menu's first link; Enter follows it.
  await ff.press(Key.Tab);
  assert.equal(await ff.eval(() => document.activeElement.textContent.trim()), 'Guide');
  await ff.press(Key.Enter);
  await ff.waitForText('main h1', 'Guiden');
  assert.equal(await expanded(), 'false', 'the menu closes after a choice');
});

const shots = [
  ['start', '/'],
  ['guide', '/guide/principper'],
  ['selvevaluering', '/selvevaluering'],
  ['svar', `/selvevaluering/${FIX}/svar/konteksten`],
  ['resultat', `/selvevaluering/${FIX}/resultat`],
  ['seminar', '/seminar/ny'],
  ['laering', '/laering/modul-fjerdedelsreglen'],
  ['metoder', '/metoder'],
  ['kapacitet', '/metoder/kapacitet'],
  ['ny', '/selvevaluering/ny'],
  ['mine-data', '/mine-data'],
];

/** How much wider than the window the page is. */
const overflowOf = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

/** Links that lead around the app: a visited one must look like the others (no purple). */
const navigation = {
  '/': ['.app-header__brand', '.app-nav__link', '.area-card h2 a'],
  '/guide/principper': ['.breadcrumbs a'],
  [`/selvevaluering/${FIX}/svar/konteksten`]: ['.group-nav a', '.breadcrumbs a'],
};

for (const [width, height] of [[390, 844], [1280, 900]]) {
  ffTest(`screenshots of the main pages at ${width} px: nothing wider than the screen, visited navigation not purple`, async (ff) => {
    mkdirSync(`${OUT}/screenshots`, { recursive: true });
    await ff.seed({ [`hfg:assessment:${FIX}`]: fixture });
    await ff.viewport(width, height);
    // Visit every area once first, so the header's links are all visited.
    for (const [, route] of shots) await ff.goto(route);
    for (const [name, route] of shots) {
      await ff.goto(route);
      await ff.eval(() => document.fonts.ready.then(() => true));
      const overflow = await ff.eval(overflowOf);
      // What one sees on opening the page, then the whole page: the viewport made as
      // tall as the page, so parts kept unrendered off screen (content-visibility) are drawn.
      writeFileSync(`${OUT}/screenshots/${name}-${width}-top.png`, await ff.screenshot(false));
      const tall = await ff.eval(() => document.documentElement.scrollHeight);
      await ff.viewport(width, Math.min(tall, 8000));
      writeFileSync(`${OUT}/screenshots/${name}-${width}.png`, await ff.screenshot(false));
      await ff.viewport(width, height);
      assert.ok(overflow <= 0, `${route} at ${width} px is ${overflow} px wider than the screen`);
      if (route === '/' && width < 768) {
        // The phone menu, opened: its links are the header's navigation there.
        await ff.click('.app-header__menu-button');
        await ff.waitFor('the open menu', () => document.querySelector('.app-nav__link')?.getClientRects().length > 0);
        writeFileSync(`${OUT}/screenshots/${name}-${width}-menu.png`, await ff.screenshot(false));
      }
      for (const css of navigation[route] ?? []) {
        const shots = await ff.elementShots(css);
        assert.ok(shots.length > 0, `${route}: ${css} on screen`);
        const purple = shots.map(purplePixels);
        assert.ok(purple.every((n) => n === 0), `${route}: visited ${css} drawn purple (${purple.join(', ')} px)`);
      }
    }
  });
}
