// Reads the app's item bank (src/content/da/items.toml, the same file the app
// compiles in) and turns it into a SurveyJS survey definition with the same
// groups, items, scale and notes as the app's self-assessment:
// - the drivers' section ("drivkraefter") is split into one page per driver,
//   every other section is one page (like src/model/flow.rs);
// - each item is a radiogroup: 1 Ikke på plads … 4 Fuldt på plads (each with
//   the item's level description, as the app shows it), Ved ikke, Ikke relevant,
//   with a comment field "Note (valgfri)";
// - and what a SurveyJS user would build for the app's results and action
//   plan: SurveyJS's preview of all answers before completing (the "results",
//   opened with its preview button on the last page, left with a page's edit
//   button) and a last page "Handlingsplan" with a dynamic matrix (handling,
//   ansvarlig, frist; PLAN_ROWS rows), reached by "next" from the last group.
//
// Usage: node bench/export-items.mjs [out.json]   (default: print to stdout)
// Also imported by bench/run.mjs (itemBank) and bench/peer/build.mjs (surveyJson).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'smol-toml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DRIVERS_SECTION = 'drivkraefter';

/** The parsed item bank: { drivers, sections, items }. */
export function itemBank() {
  const toml = parse(readFileSync(join(ROOT, 'src/content/da/items.toml'), 'utf8'));
  return { drivers: toml.drivers, sections: toml.sections, items: toml.items };
}

/** The answer groups in the app's order: [{ id, title, intro, items: [item] }]. */
export function groups(bank = itemBank(), sections = bank.sections.map((s) => s.id)) {
  const out = [];
  for (const s of bank.sections.filter((s) => sections.includes(s.id))) {
    if (s.id === DRIVERS_SECTION) {
      for (const d of bank.drivers) {
        const items = bank.items.filter((i) => i.section === s.id && i.driver === d.id);
        if (items.length) out.push({ id: d.id, title: d.name, intro: d.question, items });
      }
    } else {
      const items = bank.items.filter((i) => i.section === s.id);
      if (items.length) out.push({ id: s.id, title: s.title, intro: s.description, items });
    }
  }
  return out;
}

export const SCALE = [
  ['1', 'Ikke på plads', 'level_1'],
  ['2', 'Påbegyndt', 'level_2'],
  ['3', 'Delvist på plads', 'level_3'],
  ['4', 'Fuldt på plads', 'level_4'],
  ['ved-ikke', 'Ved ikke', null],
  ['ikke-relevant', 'Ikke relevant', null],
];

export const PLAN_PAGE = 'handlingsplan';
export const PLAN_QUESTION = 'handlingsplan';
export const PLAN_ROWS = 3;

/** The action plan page: a dynamic matrix of actions, as a SurveyJS user would add it. */
function planPage() {
  return {
    name: PLAN_PAGE,
    title: 'Handlingsplan',
    description: 'Hvad gør I ved de udsagn, der ikke er på plads?',
    elements: [
      {
        type: 'matrixdynamic',
        name: PLAN_QUESTION,
        title: 'Handlingsplan',
        columns: [
          { name: 'handling', title: 'Handling', cellType: 'text' },
          { name: 'ansvarlig', title: 'Ansvarlig', cellType: 'text' },
          { name: 'frist', title: 'Frist', cellType: 'text', inputType: 'date' },
        ],
        rowCount: PLAN_ROWS,
        minRowCount: 1,
        addRowText: 'Tilføj handling',
      },
    ],
  };
}

/** The SurveyJS JSON for the whole item bank. */
export function surveyJson(bank = itemBank()) {
  return {
    locale: 'da',
    title: 'Selvevaluering',
    description: 'Housing First-guiden: vurder kommunens hjemløseindsats udsagn for udsagn.',
    showQuestionNumbers: 'on',
    questionsOnPageMode: 'standard',
    showProgressBar: 'top',
    progressBarType: 'pages',
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onComplete',
    showPreviewBeforeComplete: true,
    previewMode: 'allQuestions',
    pages: [
      ...groups(bank).map((g) => ({
      name: g.id,
      title: g.title,
      description: g.intro,
      elements: g.items.map((i) => ({
        type: 'radiogroup',
        name: i.id,
        title: i.statement,
        choices: SCALE.map(([value, label, level]) => ({
          value,
          text: level && i[level] ? `${label}: ${i[level]}` : label,
        })),
        showCommentArea: true,
        commentText: 'Note (valgfri)',
      })),
      })),
      planPage(),
    ],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = JSON.stringify(surveyJson(), null, 1);
  if (process.argv[2]) writeFileSync(process.argv[2], json);
  else process.stdout.write(json + '\n');
}
