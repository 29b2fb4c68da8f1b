// Firefox: a seminar with the facilitator and two participants each in their own
// Firefox (separate profiles, phone width): the invitation opened and answered by
// keyboard, kept over a reload; the answers added on the facilitator's side the
// ways there are without a camera (Firefox has no BarcodeDetector): the answer
// link opened, an answer link pasted and an answer file chosen.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ffTest, assert, withSecond, OUT } from './harness.mjs';
import { Key } from './driver.mjs';

/** Opens the invitation, fills name and role, rates with `keys`; returns the answer link. */
async function answer(p, invite, name, role, keys) {
  await p.viewport(390, 844);
  await p.http('POST', '/url', { url: invite });
  await p.ready();
  await p.fill('#p-name', name);
  await p.click('#p-role option', role);
  await p.waitFor('every statement', (n) => document.querySelectorAll('.rating-item').length === n, keys.length);
  await p.eval(() => document.querySelector('.rating-item input[type=radio]').focus());
  for (const k of keys) await p.press(k, Key.ArrowDown);
  await p.waitForText('main', `${keys.length} af ${keys.length} besvaret`);
  return answerLink(p);
}

/** The answer link, once the send section below the statements is built
 *  (after they are painted, ui/pages/seminar/participate.rs). */
async function answerLink(p) {
  await p.waitFor('the answer link', () => document.getElementById('answer-link') !== null);
  return p.eval(() => document.getElementById('answer-link').value.trim());
}

ffTest('an invitation answered on two phones; the answers added by opened link, pasted link and file', async (ff) => {
  assert.equal(await ff.eval(() => typeof window.BarcodeDetector), 'undefined', 'Firefox has no BarcodeDetector');
  await ff.viewport(1280, 900);
  await ff.goto('/seminar/ny');
  await ff.fill('#s-title', 'Ledelsesseminar marts');
  await ff.click('main button[type=submit]', 'Opret seminar');
  await ff.waitForText('main h1', 'Ledelsesseminar marts');
  await ff.waitFor('the QR code', () => document.querySelector('svg.qr')?.getClientRects().length > 0);
  const invite = await ff.eval(() => document.getElementById('invite-link').value);
  assert.match(invite, /#\/seminar\/deltag\//);

  // Anna rates high, reloads, changes her first answer and also downloads her answer file.
  const anna = await withSecond('seminar-anna', async (p) => {
    const link = await answer(p, invite, 'Anna', 'Ledelse', Array(40).fill('4'));
    mkdirSync(`${OUT}/screenshots`, { recursive: true });
    writeFileSync(`${OUT}/screenshots/deltager-390.png`, await p.screenshot(false));
    await p.reload();
    await p.waitForText('main', '40 af 40 besvaret');
    assert.equal(await answerLink(p), link, 'the same link after a reload');
    await p.click('label[for="r-ind-01-3"]');
    await p.waitFor('a new link', (old) => document.getElementById('answer-link').value.trim() !== old, link);
    await p.click('.send button', 'Hent svarfil');
    const file = await p.downloaded(/^seminarsvar-anna\.json$/);
    return { link, file: readFileSync(file, 'utf8'), path: file };
  });
  assert.ok(anna.link.length < 2000, `answer link of ${anna.link.length} characters`);
  assert.match(anna.link, /#\/seminar\/svar\//);
  const bo = await withSecond('seminar-bo', (p) => answer(p, invite, 'Bo', 'Medarbejder', Array(40).fill('2')));

  // Anna's first link opened in the facilitator's Firefox adds her answers.
  await ff.http('POST', '/url', { url: anna.link });
  await ff.ready();
  await ff.waitForText('main', 'svar fra Anna er tilføjet.');
  // Bo's link pasted (typed) into the answer links field.
  await ff.goto('/seminar');
  await ff.click('main a', 'Ledelsesseminar marts');
  await ff.waitForText('main h1', 'Ledelsesseminar marts');
  await ff.fill('#paste-links', bo);
  await ff.click('.collect button[type=submit]', 'Tilføj svar');
  await ff.waitForText('.outcomes', 'Link 1: svar fra Bo er tilføjet.');
  // Anna's newer answer file replaces her first answer.
  await ff.setFile('#answer-files', anna.path);
  await ff.waitForText('.outcomes', 'Anna havde svaret før: det nye svar erstatter det gamle.');
  await ff.waitForText('main h2', 'Deltagere (2)');
  writeFileSync(`${OUT}/screenshots/seminar-svar-1280.png`, await ff.screenshot(false));
  // A damaged link is refused and nothing is lost.
  await ff.fill('#paste-links', `${bo.slice(0, -6)}XXXXXX`);
  await ff.click('.collect button[type=submit]', 'Tilføj svar');
  await ff.waitForText('.outcome--refused', /beskadiget|ufuldstændigt/);
  await ff.waitForText('main h2', 'Deltagere (2)');

  // The merged view: Anna 3 and Bo 2 on the first statement, 4 and 2 on the second.
  await ff.click('main a', 'Samlet billede');
  await ff.waitForText('.merged-summary', '2 deltagere har vurderet 40 udsagn');
  await ff.waitFor('disagreement on the second statement', () => document.querySelectorAll('.merged-item')[1]?.textContent.includes('Uenighed'));
  assert.match(await ff.eval(() => document.querySelectorAll('.merged-item__numbers')[0].textContent), /2,5/);
  assert.match(await ff.eval(() => document.querySelectorAll('.merged-item__numbers')[1].textContent), /3,0/);
}, { timeout: 180_000 });
