// The report's part for every entry route (lib/routes.mjs): the budgets
// (per route gzip total and requests before usable, Lighthouse mobile per
// measured route, the invitation against the peer) and the "Every entry
// route" section of RESULTS.md. Used by lib/report.mjs.
import { KB, ms, num, ratio, fmtRatio, table } from './report-format.mjs';

export const ROUTE_BUDGET = { gzip: 250_000, requestsBeforeUsable: 15 };
export const LH_BUDGET = { performance: 95, lcp: 1500, tbt: 150, cls: 0 };
/** The Lighthouse pages with per-route budgets, in report order. */
export const LH_ROUTES = [
  ['oursInvitation', 'invitation'],
  ['oursGuideEntry', 'guide entry'],
  ['oursAssessments', '`#/selvevaluering`'],
  ['oursHome', '`#/`'],
];

const lhMobile = (r, page) => r.lighthouse?.[page]?.mobile;
const measuredRoutes = (r) => (r.routes?.routes || []).filter((x) => !x.error);
const invitation = (r) => r.routes?.routes?.find((x) => x.id === 'invitation' && !x.error);

/** Lighthouse mobile budgets of one page: [{ what, pass }] or null when not measured. */
function lhChecks(x) {
  if (!x) return null;
  const m = x.metrics;
  return [
    { what: `performance ${x.scores.performance}`, pass: x.scores.performance >= LH_BUDGET.performance },
    { what: `LCP ${ms(m.lcp)}`, pass: m.lcp <= LH_BUDGET.lcp },
    { what: `TBT ${ms(m.tbt)}`, pass: m.tbt <= LH_BUDGET.tbt },
    { what: `CLS ${num(m.cls)}`, pass: m.cls <= LH_BUDGET.cls },
  ];
}

export function routeRatios(r) {
  const inv = invitation(r);
  return {
    invitationGzipToPeer: ratio(inv?.total.gzip, r.routes?.peer?.total.gzip),
    invitationAnswerableToPeer: ratio(r.throttled?.ours.answerable, r.throttled?.peer.answerable),
  };
}

/** Adds the budgets; `add(name, limit, value, pass, measured, note)` as in report.mjs. */
export function routeBudgets(r, add) {
  const all = measuredRoutes(r);
  const n = r.routes?.routes?.length;
  const complete = r.routes && all.length === n;
  const overGzip = all.filter((x) => x.total.gzip > ROUTE_BUDGET.gzip);
  const worstGzip = [...all].sort((a, b) => b.total.gzip - a.total.gzip)[0];
  add(
    'Every entry route, first visit transfer, gzip -9 total',
    '≤ 250 KB each',
    complete ? worstGzip?.total.gzip : null,
    overGzip.length === 0,
    `${n - overGzip.length} of ${n} routes pass; largest ${KB(worstGzip?.total.gzip)} (\`${worstGzip?.hash.slice(0, 40)}\`)`,
  );
  const overReq = all.filter((x) => x.requestsBeforeUsable > ROUTE_BUDGET.requestsBeforeUsable);
  const worstReq = [...all].sort((a, b) => b.requestsBeforeUsable - a.requestsBeforeUsable)[0];
  add(
    'Every entry route, requests finished before the page is usable',
    '≤ 15 each',
    complete ? worstReq?.requestsBeforeUsable : null,
    overReq.length === 0,
    `${n - overReq.length} of ${n} routes pass; most ${worstReq?.requestsBeforeUsable} (\`${worstReq?.hash.slice(0, 40)}\`)`,
  );
  const pages = LH_ROUTES.map(([page, label]) => ({ label, checks: lhChecks(lhMobile(r, page)) }));
  const missing = pages.filter((p) => !p.checks).map((p) => p.label);
  [
    ['performance', '≥ 95'],
    ['LCP', '≤ 1.5 s'],
    ['TBT', '≤ 150 ms'],
    ['CLS', '= 0'],
  ].forEach(([what, limit], i) => {
    const per = pages.filter((p) => p.checks).map((p) => ({ label: p.label, ...p.checks[i] }));
    add(
      `Lighthouse mobile ${what}, per route (invitation, guide entry, #/selvevaluering, #/)`,
      `${limit} each`,
      per.length ? per.filter((p) => p.pass).length : null,
      per.every((p) => p.pass),
      per.map((p) => `${p.label}: ${p.what.split(' ').slice(1).join(' ')}${p.pass ? '' : ' ✗'}`).join('; ') +
        (missing.length ? `; not measured: ${missing.join(', ')}` : ''),
    );
  });
  const inv = invitation(r);
  const pg = r.routes?.peer?.total.gzip;
  const rt = routeRatios(r).invitationGzipToPeer;
  add('Invitation first visit transfer (gzip) against the peer', '≤ 0.5 × peer', rt, rt <= 0.5, `${KB(inv?.total.gzip)} vs ${KB(pg)} = ${fmtRatio(rt)}`);
  const to = r.throttled?.ours.answerable;
  const tp = r.throttled?.peer.answerable;
  add(
    'Invitation: time to an answerable first statement, slow 4G + 4× CPU (median)',
    '< peer',
    to != null && tp != null ? to : null,
    to < tp,
    `${ms(to)} vs ${ms(tp)}`,
  );
}

/** Summary rows: [label, ours, peer, ratio]. */
export function routeSummaryRows(r) {
  const inv = invitation(r);
  const ra = routeRatios(r);
  return [
    ['Invitation first visit, gzip -9', KB(inv?.total.gzip), KB(r.routes?.peer?.total.gzip), fmtRatio(ra.invitationGzipToPeer)],
    ['Invitation answerable, slow 4G + 4× CPU (median)', ms(r.throttled?.ours.answerable), ms(r.throttled?.peer.answerable), fmtRatio(ra.invitationAnswerableToPeer)],
  ];
}

function lhCell(x) {
  const c = lhChecks(x);
  if (!c) return '–';
  return `${c.map((k) => k.what).join(', ')}: **${c.every((k) => k.pass) ? 'PASS' : 'FAIL'}**`;
}

/** The "Every entry route" section (lines). */
export function routesSection(r) {
  const L = ['## Every entry route', ''];
  if (!r.routes) {
    L.push(r.only && r.skipped?.some((s) => s.startsWith('first visit of every')) ? '_not measured in this run (BENCH_ONLY)_' : '_could not be measured_', '');
    return L;
  }
  L.push(
    'Each route a link can open, as the first visit in a fresh browser context (empty cache, no service worker yet), served gzip-compressed; ' +
      'an assessment (overview, answer page) or the seminar an answer link belongs to is stored first. *Usable*: the live app\'s `main h1` (`html[data-app="ready"]`), on the answer page and the invitation the first rating control. ' +
      '*Requests*: all the page requested until the network was quiet, and in brackets those finished before it was usable. Sizes compressed here (gzip -9, brotli 11). ' +
      `Budgets per route: gzip total ≤ ${KB(ROUTE_BUDGET.gzip)}, ≤ ${ROUTE_BUDGET.requestsBeforeUsable} requests before usable; Lighthouse mobile (median of ${lhMobile(r, 'oursInvitation')?.runs ?? '?'} runs) performance ≥ 95, LCP ≤ 1.5 s, TBT ≤ 150 ms, CLS 0.`,
  );
  L.push('');
  const lhPage = Object.fromEntries(LH_ROUTES.map(([p]) => [p, true]));
  const rows = r.routes.routes.map((x) => {
    const name = `${x.label}: \`${x.hash.length > 48 ? x.hash.slice(0, 45) + '…' : x.hash}\``;
    if (x.error) return [name, '–', '–', '–', '–', `could not measure: ${x.error.replace(/\|/g, '\\|').slice(0, 120)}`];
    const gzipOk = x.total.gzip <= ROUTE_BUDGET.gzip;
    const reqOk = x.requestsBeforeUsable <= ROUTE_BUDGET.requestsBeforeUsable;
    const lh = x.lighthouse && lhPage[x.lighthouse] ? lhCell(lhMobile(r, x.lighthouse)) : '–';
    return [
      name,
      `${x.requests} (${x.requestsBeforeUsable}) ${reqOk ? 'PASS' : '**FAIL**'}`,
      `${KB(x.total.gzip)} ${gzipOk ? 'PASS' : '**FAIL**'} (raw ${KB(x.total.raw)})`,
      KB(x.total.brotli),
      lh,
      `usable after ${ms(x.usableMs)} on loopback`,
    ];
  });
  L.push(table(['first visit to', 'requests', 'transfer, gzip', 'brotli', 'Lighthouse mobile', 'note'], rows));
  L.push('');
  const w = r.routes.wasm;
  if (w) L.push(`Whole app wasm, all modules (${w.files} \`.wasm\` files in the build): **${KB(w.gzip)} gzip -9, ${KB(w.raw)} raw**.`, '');
  const inv = invitation(r);
  if (inv) {
    const sw = inv.serviceWorker;
    L.push(
      `After the first visit of the invitation, the service worker (state: ${inv.worker}) precached ${sw.requests} more requests, ${sw.newFiles} of them for files the page had not loaded: ` +
        `**${KB(sw.raw)} raw, ${KB(sw.gzip)} gzip, ${KB(sw.brotli)} brotli** (not in the page's total).`,
      '',
    );
    L.push(`### The invitation's files`, '');
    L.push(
      table(
        ['file', 'type', 'before usable', 'raw', 'gzip -9', 'brotli'],
        [
          ...inv.files.map((f) => [`\`${f.path}\``, f.type, f.beforeUsable ? 'yes' : 'no', KB(f.raw), KB(f.gzip), KB(f.brotli)]),
          [`**total (${inv.requests} requests)**`, '', `${inv.requestsBeforeUsable}`, `**${KB(inv.total.raw)}**`, `**${KB(inv.total.gzip)}**`, `**${KB(inv.total.brotli)}**`],
        ],
      ),
    );
    L.push('');
    const p = r.routes.peer;
    if (p) L.push(`The SurveyJS peer's page in the same run: ${p.requests} requests, ${KB(p.total.gzip)} gzip, ${KB(p.total.brotli)} brotli, ${KB(p.total.raw)} raw; the invitation is ${fmtRatio(routeRatios(r).invitationGzipToPeer)} of it (gzip).`, '');
  }
  const t = r.throttled;
  L.push('### The invitation on a slow phone', '');
  if (t) {
    L.push(
      `A fresh context (${t.viewport}), Chrome DevTools protocol \`Network.emulateNetworkConditions\` (${t.network.latency} ms RTT, ${((t.network.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${Math.round((t.network.uploadThroughput * 8) / 1e3)} kbit/s up: Lighthouse's slow 4G) and \`Emulation.setCPUThrottlingRate\` ${t.cpuSlowdown}. ` +
        'Time from navigation start until the first rating control is visible (ours also with `html[data-app="ready"]`; the peer: its first question\'s radio choice), and after the next paint; median of ' +
        `${t.ours.runs.length} runs each, alternating.`,
    );
    L.push('');
    L.push(
      table(
        ['', 'answerable', 'painted', 'runs (answerable)'],
        [
          ['Housing First-guiden, invitation', ms(t.ours.answerable), ms(t.ours.painted), t.ours.runs.map((x) => Math.round(x.at)).join(', ')],
          ['SurveyJS peer', ms(t.peer.answerable), ms(t.peer.painted), t.peer.runs.map((x) => Math.round(x.at)).join(', ')],
        ],
      ),
    );
  } else L.push('_not measured_');
  L.push('');
  return L;
}
