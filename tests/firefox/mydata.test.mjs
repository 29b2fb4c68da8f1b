// Firefox: Mine data without the File System Access API (Firefox has none): the
// backup downloaded, everything cleared, the file imported and everything back;
// the data home's fallback (the "save" button downloads a backup and notes it);
// the reminder of an hour-old unsaved change in a browser that has not promised
// to keep the data, saved with its one button; navigator.storage.persist(),
// which Firefox asks the user about, never holds the app up.
import { readFileSync } from 'node:fs';
import { ffTest, assert, fixture, FIX } from './harness.mjs';

const seminar = JSON.parse(readFileSync('tests/fixtures/seminar-merge.json', 'utf8'));
const seminarEnv = JSON.stringify({ schema: 1, kind: 'seminar', data: seminar });
const hfgKeys = (ff) => ff.eval(() => Object.keys(localStorage).filter((k) => k.startsWith('hfg:')).sort());

ffTest('a backup downloaded, everything cleared, the file imported: everything is back', async (ff) => {
  await ff.seed({ [`hfg:assessment:${FIX}`]: fixture, [`hfg:seminar:${seminar.def.id}`]: seminarEnv });
  await ff.goto('/mine-data');
  await ff.waitForText('main', 'til én vurdering');
  await ff.click('main button', 'Hent sikkerhedskopi (alt)');
  const file = await ff.downloaded(/^housing-first-guiden-\d{4}-\d\d-\d\d\.json$/);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(backup.kind, 'backup');
  assert.equal(backup.data.assessments.length, 1);
  assert.deepEqual(Object.keys(backup.data.other), [`hfg:seminar:${seminar.def.id}`]);

  await ff.click('main button', 'Slet alle data …');
  await ff.waitForText('main', 'Er du sikker?');
  await ff.click('main button', 'Ja, slet alt');
  await ff.waitForText('[role=status]', 'Alle data er slettet');
  assert.deepEqual(await hfgKeys(ff), []);

  await ff.setFile('#import-file', file);
  await ff.waitForText('main', '1 ny vurdering bliver tilføjet:');
  await ff.click('main button', 'Importér');
  await ff.waitForText('main', '1 vurdering er importeret.');
  await ff.goto(`/selvevaluering/${FIX}/resultat`);
  await ff.waitForText('.level-box__label', 'Delvis forankring');
  await ff.goto('/seminar');
  await ff.waitForText('main a', seminar.def.title);
});

ffTest('without the File System Access API the save button downloads a backup and notes it', async (ff) => {
  await ff.seed({ [`hfg:assessment:${FIX}`]: fixture });
  await ff.goto('/mine-data');
  assert.equal(await ff.eval(() => typeof window.showSaveFilePicker), 'undefined', 'Firefox has no File System Access API');
  await ff.waitForText('.data-home', 'Denne browser kan ikke holde en fil opdateret af sig selv');
  await ff.waitForText('.data-home__last', 'Du har ikke gemt noget endnu.');
  // Firefox answers persisted() with false until the user allows it.
  await ff.waitForText('.data-home__promise', 'Browseren kan slette dine data');
  await ff.click('.data-home button', 'Hent sikkerhedskopi');
  const file = await ff.downloaded(/^housing-first-guiden-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).data.assessments.length, 1);
  await ff.waitForText('.data-home__last', 'Seneste sikkerhedskopi hentet kl.');
  await ff.waitForText('.data-home__last', 'Der er ingen ændringer siden.');
  // A change afterwards is noted as unsaved; persist() is asked (Firefox would ask
  // the user) and the app goes on answering meanwhile.
  await ff.goto(`/selvevaluering/${FIX}/svar/konteksten`);
  await ff.click('label[for="r-kon-01-1"]');
  await ff.waitFor('the rating stored', (k) => JSON.parse(localStorage.getItem(k)).data.answers['kon-01'].rating === '1', `hfg:assessment:${FIX}`);
  await ff.waitFor('persist() asked', () => JSON.parse(localStorage.getItem('hfg:data-home') ?? '{}').data?.persist_asked === true);
  await ff.click('label[for="r-kon-02-4"]');
  await ff.waitFor('the next rating stored', (k) => JSON.parse(localStorage.getItem(k)).data.answers['kon-02'].rating === '4', `hfg:assessment:${FIX}`);
  await ff.goto('/mine-data');
  await ff.waitForText('.data-home__last', 'Der er ændringer siden.');
  // "Åbn en fil" is the file input here; its button looks like the app's other buttons.
  const look = await ff.eval(() => {
    const pick = (s) => [s.borderTopWidth, s.borderTopColor, s.borderRadius, s.fontWeight];
    return [pick(getComputedStyle(document.getElementById('import-file'), '::file-selector-button')),
      pick(getComputedStyle([...document.querySelectorAll('main .button-secondary')].find((b) => b.textContent.includes('Slet alle data'))))];
  });
  assert.deepEqual(look[0], look[1], 'the file button is drawn like a secondary button');
  await ff.setFile('#import-file', file);
  await ff.waitForText('main', '1 vurdering findes allerede her:');
});

ffTest('the reminder of an hour-old unsaved change downloads a backup with one click and goes away', async (ff) => {
  const home = { schema: 1, kind: 'data-home', data: { unsaved_since: Date.now() - 61 * 60_000, persist_asked: true } };
  await ff.seed({ [`hfg:assessment:${FIX}`]: fixture, 'hfg:data-home': JSON.stringify(home) });
  await ff.goto('/');
  await ff.waitForText('aside.save-reminder', 'browseren har ikke lovet at beholde dem');
  await ff.click('aside.save-reminder button', 'Hent sikkerhedskopi');
  await ff.downloaded(/^housing-first-guiden-\d{4}-\d\d-\d\d\.json$/);
  await ff.waitFor('the reminder to go', () => document.querySelector('aside.save-reminder') === null);
  await ff.reload();
  assert.equal(await ff.eval(() => document.querySelector('aside.save-reminder')), null, 'no reminder after a reload');
  // An unsaved change made less than an hour ago brings none.
  const fresh = { ...home, data: { ...home.data, unsaved_since: Date.now() - 50 * 60_000 } };
  await ff.eval((v) => localStorage.setItem('hfg:data-home', v), JSON.stringify(fresh));
  await ff.reload();
  await ff.goto('/selvevaluering');
  assert.equal(await ff.eval(() => document.querySelector('aside.save-reminder')), null, 'no reminder within the hour');
});
