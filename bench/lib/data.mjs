// Generated data for the benchmark: assessments in the app's stored envelope
// (the shape of tests/fixtures/schema-1/assessment.json), empty or fully
// answered, with ratings from a fixed pseudo-random sequence so every run
// stores the same bytes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemBank, groups, SCALE } from '../export-items.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE = join(ROOT, 'tests/fixtures/schema-1/assessment.json');
export const SECTIONS = ['drivkraefter', 'principper', 'tjekliste-a', 'tjekliste-b'];
export const CODES = SCALE.map(([code]) => code);
export const KEY_PREFIX = 'hfg:assessment:';

export const bank = itemBank();
/** The answer groups of an assessment with all four sections, in the app's order. */
export const GROUPS = groups(bank, SECTIONS);
export const ITEMS = GROUPS.flatMap((g) => g.items.map((i) => i.id));

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const NOTE = 'Drøftet i styregruppen; boligsocialt team og boligorganisationerne følger op inden næste måling.';

/**
 * An assessment envelope (object). `answered`: every item rated (mostly 1–4,
 * a few Ved ikke/Ikke relevant, enough for a level). `notes`: a note on every item.
 */
export function assessment(id, { answered = false, notes = false, name = `Benchmark ${id}`, seed = 1 } = {}) {
  const env = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const at = 1767225600000 + seed * 1000;
  const random = rng(seed * 7919);
  const answers = {};
  if (answered || notes) {
    for (const item of ITEMS) {
      const a = {};
      if (answered) {
        const x = random();
        a.rating = x < 0.05 ? 'ved-ikke' : x < 0.08 ? 'ikke-relevant' : String(1 + Math.floor(random() * 4));
      }
      a.at = at;
      if (notes) a.note = NOTE;
      answers[item] = a;
    }
  }
  env.data = {
    ...env.data,
    id,
    series: `series-${id}`,
    meta: { ...env.data.meta, name, date: '2026-01-01', description: '', sections: SECTIONS, at },
    answers,
    actions: [],
    created: at,
  };
  delete env.data.last_item;
  return env;
}

/** localStorage entries { key: value } for n fully answered assessments. */
export function storedAssessments(n) {
  const out = {};
  for (let i = 1; i <= n; i++) {
    const id = `bench-${String(i).padStart(3, '0')}`;
    out[KEY_PREFIX + id] = JSON.stringify(assessment(id, { answered: true, seed: i, name: `Kommune ${i}` }));
  }
  return out;
}

/**
 * An init script (for page.addInitScript) that writes `entries` into
 * localStorage once per tab (marked in sessionStorage), before the app starts.
 */
export const SEED_SCRIPT = (entries) => {
  if (sessionStorage.getItem('bench:seeded')) return;
  sessionStorage.setItem('bench:seeded', '1');
  for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
};
