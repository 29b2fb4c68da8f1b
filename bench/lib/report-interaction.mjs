// The report's part for the interactions both apps are measured on (lib/interaction.mjs,
// lib/navigation.mjs): ratios, the "< peer" budgets for p50 and p95 of each,
// the app's own limits for typing and page changes, Summary and table rows.
// Used by lib/report.mjs.
import { ms, ratio, fmtRatio, stat } from './report-format.mjs';

/** [key, label, pick(result of one app)]: every interaction measured for both. */
export const INTERACTIONS = [
  ['click', 'Rating click → paint', (x) => x?.click],
  ['typing', 'Key press in a note → paint', (x) => x?.typing],
  ['pageChange', 'Next group/page → painted', (x) => x?.pageChange],
  ['results', 'Opening results → painted', (x) => x?.navigation?.results],
  ['overview', 'Back to the overview → painted', (x) => x?.navigation?.overview],
  ['plan', 'Opening the action plan → painted', (x) => x?.navigation?.plan],
];

const sides = (r, pick) => [pick(r.interaction?.ours), pick(r.interaction?.peer)];

export function interactionRatios(r) {
  const out = {};
  for (const [key, , pick] of INTERACTIONS) {
    const [o, p] = sides(r, pick);
    out[`${key}P50`] = ratio(o?.p50, p?.p50);
    out[`${key}P95`] = ratio(o?.p95, p?.p95);
  }
  return out;
}

/** Adds the budgets; `add(name, limit, value, pass, measured, note)` as in report.mjs. */
export function interactionBudgets(r, add) {
  const oi = r.interaction?.ours;
  const typing = oi?.typing?.p95;
  add('Key press → paint p95 (note)', '≤ 8 ms', typing, typing <= 8, ms(typing));
  const pc50 = oi?.pageChange?.p50;
  add('Next group → painted p50', '≤ 25 ms', pc50, pc50 <= 25, ms(pc50));
  const pc95 = oi?.pageChange?.p95;
  add('Next group → painted p95', '≤ 40 ms', pc95, pc95 <= 40, ms(pc95));
  for (const [, label, pick] of INTERACTIONS) {
    const [o, p] = sides(r, pick);
    for (const q of ['p50', 'p95']) {
      const a = o?.[q];
      const b = p?.[q];
      add(`${label} ${q} lower than the peer`, '< peer', a != null && b != null ? a : null, a < b, `${ms(a)} vs ${ms(b)} (${fmtRatio(ratio(a, b))})`);
    }
  }
}

/** Summary rows: [label, ours, peer, ratio], p50 / p95 each. */
export function interactionSummaryRows(r) {
  return INTERACTIONS.map(([, label, pick]) => {
    const [o, p] = sides(r, pick);
    const two = (x) => (x ? `${ms(x.p50)} / ${ms(x.p95)}` : '–');
    return [`${label}, p50 / p95`, two(o), two(p), o && p ? `${fmtRatio(ratio(o.p50, p.p50))} / ${fmtRatio(ratio(o.p95, p.p95))}` : '–'];
  });
}

/** The interaction table's rows for the page changes in lib/navigation.mjs. */
export function navigationRows(oi, pi) {
  return INTERACTIONS.slice(3).map(([, label, pick]) => [label, stat(pick(oi)), stat(pick(pi))]);
}

/** Lines under the interaction table: how each page change was made, what failed. */
export function navigationNotes(oi, pi) {
  const L = [];
  for (const [who, x] of [
    ['Ours', oi?.navigation],
    ['Peer', pi?.navigation],
  ]) {
    if (!x) continue;
    L.push(
      `- ${who}, page changes: results by ${x.how?.results ?? '?'}, back to the overview by ${x.how?.overview ?? '?'}, action plan by ${x.how?.plan ?? '?'}; missed ${x.missed}` +
        (x.error ? `; stopped: \`${x.error}\` (could not measure the rest)` : '') +
        '.',
    );
  }
  return L;
}
