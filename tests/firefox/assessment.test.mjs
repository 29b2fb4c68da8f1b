// Firefox: a self-assessment created and answered by keyboard only and kept over
// a reload; the results of the hand-computed fixture; the report printed to PDF
// through WebDriver's print command, its page 1 turned into a PNG with pdftoppm
// (target/firefox/report-page1.png) and its text read with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ffTest, assert, OUT, fixture, FIX } from './harness.mjs';
import { Key } from './driver.mjs';

const checked = (ff, id) => ff.eval((id) => document.getElementById(id)?.checked === true, id);
const focused = (ff) => ff.eval(() => document.activeElement?.id ?? '');

ffTest('a new assessment answered by keyboard only keeps every answer and note over a reload', async (ff) => {
  await ff.goto('/selvevaluering');
  await ff.click('main a', 'Ny selvevaluering');
  await ff.waitForText('main h1', 'Ny selvevaluering');
  await ff.fill('#f-name', 'Tastaturkommune');
  await ff.press(Key.Enter); // submits the form from the name field
  await ff.waitForText('main h1', 'Tastaturkommune');
  await ff.waitForText('main', '0 af 66 besvaret');
  await ff.click('main a', 'Begynd at svare');
  await ff.waitForText('main h1', 'Indsatsen – Tastaturkommune');
  // The first statement's first radio has focus; digits rate, ↓ moves on.
  await ff.waitFor('focus on the first rating', () => document.activeElement?.closest('#item-ind-01') !== null);
  await ff.waitFor('every statement of the group', () => document.querySelectorAll('.rating-item').length === 8);
  for (const key of ['4', '3', '2', '1', '5', '6', '4', '3']) await ff.press(key, Key.ArrowDown);
  await ff.waitForText('main', '8 af 66 besvaret');
  await ff.click('main a', 'Konteksten');
  await ff.waitForText('main h1', 'Konteksten – Tastaturkommune');
  await ff.waitFor('every statement of the group', () => document.querySelectorAll('.rating-item').length === 8);
  await ff.eval(() => document.querySelector('#item-kon-01 input[type=radio]').focus());
  for (let i = 0; i < 8; i++) await ff.press('2', Key.ArrowDown);
  await ff.waitForText('main', '16 af 66 besvaret');
  // A note, typed into the first statement's field.
  await ff.click('label[for="note-kon-01"]');
  assert.equal(await focused(ff), 'note-kon-01');
  await ff.press(...'Aftale på vej.');
  await ff.reload();
  await ff.waitForText('main h1', 'Konteksten – Tastaturkommune');
  await ff.waitForText('main', '16 af 66 besvaret');
  await ff.waitFor('the note after the reload', () => document.getElementById('note-kon-01')?.value === 'Aftale på vej.');
  for (let n = 1; n <= 8; n++) assert.equal(await checked(ff, `r-kon-0${n}-2`), true, `kon-0${n} is 2`);
  await ff.click('main a', 'Indsatsen');
  await ff.waitForText('main h1', 'Indsatsen – Tastaturkommune');
  const codes = ['4', '3', '2', '1', 'ved-ikke', 'ikke-relevant', '4', '3'];
  for (let n = 0; n < 8; n++) {
    await ff.waitFor(`ind-0${n + 1} rated ${codes[n]}`, (id) => document.getElementById(id)?.checked, `r-ind-0${n + 1}-${codes[n]}`);
  }
});

ffTest('results of the fixture, a gap into the plan, and the report printed to PDF', async (ff) => {
  await ff.seed({ [`hfg:assessment:${FIX}`]: fixture });
  await ff.goto(`/selvevaluering/${FIX}/resultat`);
  await ff.waitForText('.level-box__label', 'Delvis forankring');
  const row = (driver) => ff.eval((d) => [...document.querySelectorAll('table tr')]
    .find((r) => r.textContent.trim().startsWith(d))?.textContent.replace(/\s+/g, ' ') ?? '', driver);
  const indsatsen = await row('Indsatsen');
  // 62,5 %: halves round up (model/format.rs).
  for (const part of ['2,5', '63 %', '4 af 7 vurderet']) assert.ok(indsatsen.includes(part), `Indsatsen: ${indsatsen}`);
  assert.ok((await row('Ledelse')).includes('25 %'));
  assert.equal(await ff.eval(() => document.querySelectorAll('.gap').length), 18);
  assert.equal(await ff.eval(() => document.querySelectorAll('.spider__series polygon').length), 1);
  // The second gap into the action plan.
  await ff.eval(() => document.querySelectorAll('.gap')[1].querySelector('button').scrollIntoView());
  await ff.click('.gap:nth-of-type(2) button, .gap button', 'Tilføj til handleplanen');
  await ff.waitFor('the gap to be planned', () => document.querySelectorAll('.gap')[1].textContent.includes('I handleplanen'));
  await ff.click('main a', 'Gå til handleplanen');
  await ff.waitFor('two actions', () => document.querySelectorAll('.action').length === 2);

  await ff.goto(`/selvevaluering/${FIX}/rapport`);
  await ff.waitForText('.report__name', 'Eksempel Kommune');
  await ff.waitForText('.report', 'Bilag: svar og noter');
  await ff.eval(() => document.fonts.ready.then(() => true));
  const pdf = await ff.print();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/report.pdf`, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', `${OUT}/report.pdf`, `${OUT}/report-page1`]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${OUT}/report.pdf`], { encoding: 'utf8' }))[1]);
  const page = (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), `${OUT}/report.pdf`, '-'], { encoding: 'utf8' });
  const first = page(1);
  // Page 1 is the summary: the name, the level, every driver; no site frame, no appendix.
  for (const part of ['Eksempel Kommune', 'Delvis forankring', 'Indsatsen', 'Konteksten', 'Organiseringen', 'Menneskene', 'Ledelse']) {
    assert.ok(first.includes(part), `page 1 lacks "${part}":\n${first}`);
  }
  for (const absent of ['Bilag: svar og noter', 'Gå til indhold', 'Hovedmenu', 'Mine data']) {
    assert.ok(!first.includes(absent), `page 1 shows "${absent}":\n${first}`);
  }
  assert.ok(pages >= 3, `the report has ${pages} pages`);
  // No blank pages (Firefox printed one for a section with nothing to print, and
  // one between page 1 and the next section); page 2 is the results.
  const blank = [];
  for (let n = 1; n <= pages; n++) if (page(n).trim() === '') blank.push(n);
  assert.deepEqual(blank, [], `blank pages in the ${pages}-page report`);
  assert.match(page(2), /^\s*Resultat pr\. drivkraft og afsnit/, 'page 2 begins with the results');
  const all = execFileSync('pdftotext', [`${OUT}/report.pdf`, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(all.includes('Bilag: svar og noter') && all.includes('Boligsocialt team etableret i 2024.'), 'the appendix has the notes');
});
