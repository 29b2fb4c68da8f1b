// Budgets, ratios against the peer, and the human-readable report (RESULTS.md).
// Sizes: KB = 1000 bytes. Times in milliseconds unless marked.
// Per-route parts: lib/report-routes.mjs; shared formatting: lib/report-format.mjs.
import { writeFileSync } from 'node:fs';
import { KB, ms, num, ratio, fmtRatio, table, stat } from './report-format.mjs';
import { routeBudgets, routeRatios, routeSummaryRows, routesSection } from './report-routes.mjs';
import { scanBudgets, scanSection } from './report-scan.mjs';
import { interactionBudgets, interactionRatios, interactionSummaryRows, navigationRows, navigationNotes } from './report-interaction.mjs';

const wasmFile = (r) => r.transfer?.ours?.files.find((f) => f.kind === 'wasm');
const lh = (r, page, preset) => r.lighthouse?.[page]?.[preset];

/** Start-up cost of 200 stored assessments over an empty start, worst route. */
function startupDelta(r) {
  const cases = r.scale?.cases;
  if (!cases) return null;
  const deltas = [...new Set(cases.map((c) => c.route))].map((route) => {
    const at = (n) => cases.find((c) => c.route === route && c.n === n)?.median.h1Painted;
    return { route, empty: at(0), full: at(200), delta: at(200) - at(0) };
  });
  return deltas.sort((a, b) => b.delta - a.delta)[0];
}

export function ratios(r) {
  return {
    transferGzip: ratio(r.transfer?.ours?.total.gzip, r.transfer?.peer?.total.gzip),
    transferBrotli: ratio(r.transfer?.ours?.total.brotli, r.transfer?.peer?.total.brotli),
    transferRaw: ratio(r.transfer?.ours?.total.raw, r.transfer?.peer?.total.raw),
    lighthousePerformanceMobile: ratio(lh(r, 'oursHome', 'mobile')?.scores.performance, lh(r, 'peer', 'mobile')?.scores.performance),
    lighthousePerformanceDesktop: ratio(lh(r, 'oursHome', 'desktop')?.scores.performance, lh(r, 'peer', 'desktop')?.scores.performance),
    lcpMobile: ratio(lh(r, 'oursHome', 'mobile')?.metrics.lcp, lh(r, 'peer', 'mobile')?.metrics.lcp),
    lcpDesktop: ratio(lh(r, 'oursHome', 'desktop')?.metrics.lcp, lh(r, 'peer', 'desktop')?.metrics.lcp),
    clickPaintP95: ratio(r.interaction?.ours.click.p95, r.interaction?.peer.click.p95),
    clickCostP95: ratio(r.interaction?.ours.cost.p95, r.interaction?.peer.cost.p95),
    ...routeRatios(r),
    ...interactionRatios(r),
  };
}

/** Every budget: { name, limit, measured, status: PASS | FAIL | N/A | ERROR, note }. */
export function budgets(r) {
  const out = [];
  const add = (name, limit, value, pass, measured, note) =>
    out.push({
      name,
      limit,
      value: value ?? null,
      measured: value == null ? (r.only ? 'not measured (BENCH_ONLY) or could not be measured' : 'could not be measured') : measured,
      status: value == null ? (r.only ? 'SKIP' : 'ERROR') : pass ? 'PASS' : 'FAIL',
      ...(note ? { note } : {}),
    });
  const pages = ['oursHome', 'oursAssessments'];
  const lhAll = (preset, f) => pages.map((p) => f(lh(r, p, preset))).filter((x) => x != null);
  const minOf = (xs) => (xs.length === pages.length ? Math.min(...xs) : null);
  const maxOf = (xs) => (xs.length === pages.length ? Math.max(...xs) : null);

  const gz = r.transfer?.ours?.total.gzip;
  add('First visit transfer, gzip -9, total (#/)', '≤ 250 KB', gz, gz <= 250_000, KB(gz));
  const w = wasmFile(r)?.gzip;
  add('wasm, gzip -9', '≤ 150 KB', w, w <= 150_000, KB(w));
  const perf = minOf(lhAll('mobile', (x) => x?.scores.performance));
  add('Lighthouse mobile performance (#/ and #/selvevaluering, lower)', '≥ 95', perf, perf >= 95, String(perf));
  const a11yAll = [...lhAll('mobile', (x) => x?.scores.accessibility), ...lhAll('desktop', (x) => x?.scores.accessibility)];
  const a11y = a11yAll.length === 2 * pages.length ? Math.min(...a11yAll) : null;
  add('Lighthouse accessibility (both pages, mobile and desktop, lowest)', '= 100', a11y, a11y === 100, String(a11y));
  const bpAll = [...lhAll('mobile', (x) => x?.scores['best-practices']), ...lhAll('desktop', (x) => x?.scores['best-practices'])];
  const bp = bpAll.length === 2 * pages.length ? Math.min(...bpAll) : null;
  add('Lighthouse best practices (both pages, mobile and desktop, lowest)', '= 100', bp, bp === 100, String(bp));
  const lcp = maxOf(lhAll('mobile', (x) => x?.metrics.lcp));
  add('LCP, Lighthouse mobile (both pages, higher)', '≤ 1.5 s', lcp, lcp <= 1500, ms(lcp));
  routeBudgets(r, add);
  scanBudgets(r, add);
  const click = r.interaction?.ours.click.p95;
  const floor = r.interaction?.ours.baseline.p50;
  add(
    'Click → paint p95 (next paint, no frame-rate limit)',
    '≤ 16 ms',
    click,
    click <= 16,
    ms(click),
    `Chromium without its 60 Hz frame limit, so the number is the work of the app and the browser; clicking a plain paragraph, which changes nothing, measures ${ms(floor)} (p50). At 60 Hz add the wait for the screen's next refresh (0–16.7 ms): ${ms(r.interaction60?.ours.click.p95)} p95 there (peer ${ms(r.interaction60?.peer.click.p95)})`,
  );
  const cost = r.interaction?.ours.cost.p95;
  add('Rating click, main-thread cost p95 (handlers + next frame rendered, no vsync wait) [supplementary]', '≤ 16 ms', cost, cost <= 16, ms(cost));
  const res = r.resultsPage?.paint.p50;
  add('Results page of a full assessment, hash change → .level-box painted (p50)', '≤ 50 ms', res, res <= 50, `${ms(res)} (max ${ms(r.resultsPage?.paint.max)})`);
  if (r.seminar?.status === 'skipped') {
    out.push({ name: 'Seminar, 200 participants merged and shown', limit: '≤ 200 ms', value: null, measured: 'not available yet', status: 'N/A', note: r.seminar.reason });
  } else {
    const s = r.seminar?.cases?.find((c) => c.participants === 200)?.paint.p50;
    add('Seminar, 200 participants merged and shown (p50)', '≤ 200 ms', s, s <= 200, ms(s));
  }
  const d = startupDelta(r);
  add(
    'Start-up with 200 stored assessments beyond an empty start (h1 painted, worse route)',
    '≤ 300 ms',
    d?.delta,
    d?.delta <= 300,
    d ? `+${ms(d.delta)} on ${d.route} (${ms(d.empty)} → ${ms(d.full)})` : null,
  );
  const pg = r.transfer?.peer?.total.gzip;
  add('Transfer size smaller than the peer (gzip total)', '< peer', gz != null && pg != null ? gz : null, gz < pg, `${KB(gz)} vs ${KB(pg)}`);
  interactionBudgets(r, add);
  return out;
}


function filesTable(v) {
  if (!v) return '_could not be measured_';
  return table(
    ['file', 'type', 'raw', 'gzip -9', 'brotli'],
    [
      ...v.files.map((f) => [`\`${f.path}\``, f.type, KB(f.raw), KB(f.gzip) + (f.stored ? ' ¹' : ''), KB(f.brotli) + (f.stored ? ' ¹' : '')]),
      [`**total (${v.requests} requests)**`, '', `**${KB(v.total.raw)}**`, `**${KB(v.total.gzip)}**`, `**${KB(v.total.brotli)}**`],
    ],
  );
}


export function writeReport(r, path) {
  const L = [];
  const date = r.date.slice(0, 10);
  const m = r.machine || {};
  const ra = r.ratios || {};
  const lhv = (page, preset, f) => f(lh(r, page, preset));
  const oi = r.interaction?.ours;
  const pi = r.interaction?.peer;
  const d = startupDelta(r);
  const empty = r.scale?.cases?.find((c) => c.route === '#/selvevaluering' && c.n === 0);
  const full = r.scale?.cases?.find((c) => c.route === '#/selvevaluering' && c.n === 200);

  L.push(`# Benchmark results, ${date}`);
  L.push('');
  L.push(
    `Run ${r.date} by \`./dev bench\` in ${r.durationSeconds} s on ${m.cpus ?? '?'} cores (${m.cpuModel ?? '?'}), ${m.memoryGB ?? '?'} GB, ` +
      `${m.chromium ?? 'Chromium ?'}, node ${m.node ?? '?'}, Lighthouse ${m.lighthouse ?? '?'}, Playwright ${m.playwright ?? '?'}, ` +
      `peer: SurveyJS survey-core ${m.surveyCore ?? '?'} + survey-js-ui ${m.surveyJsUi ?? '?'}. ` +
      'How each number is taken: [README.md](README.md). KB = 1000 bytes.',
  );
  if (r.only) L.push('', `**Partial run** (\`BENCH_ONLY=${r.only.join(',')}\`): not measured: ${r.skipped.length ? r.skipped.join('; ') : 'nothing'}.`);
  if (r.fatal) L.push('', '**The benchmark could not run to the end; see "Could not measure" below.**');
  const loads = (r.load || []).flatMap((x) => [x.before, x.after]);
  if (loads.length) {
    const peak = Math.max(...loads);
    const busy = peak > (m.cpus || 2);
    L.push(
      '',
      `Machine load (1-minute load average) during the measurements: ${Math.min(...loads).toFixed(1)}–${peak.toFixed(1)} on ${m.cpus ?? '?'} cores` +
        (busy
          ? `. **Other work was running on the machine, so the timings are noisier (and slower) than on an idle machine**; per step: ${(r.load || []).map((x) => `${x.step.split(' (')[0]} ${x.before}→${x.after}`).join('; ')}.`
          : '.'),
    );
  }
  L.push('');
  L.push('## Summary');
  L.push('');
  const peerRow = (label, o, p, rt) => [label, o, p, rt == null ? '–' : fmtRatio(rt)];
  L.push(
    table(
      ['measure', 'Housing First-guiden', 'SurveyJS peer', 'ours / peer'],
      [
        peerRow('First visit transfer, gzip -9', KB(r.transfer?.ours?.total.gzip), KB(r.transfer?.peer?.total.gzip), ra.transferGzip),
        peerRow('First visit transfer, brotli', KB(r.transfer?.ours?.total.brotli), KB(r.transfer?.peer?.total.brotli), ra.transferBrotli),
        peerRow('First visit transfer, raw', KB(r.transfer?.ours?.total.raw), KB(r.transfer?.peer?.total.raw), ra.transferRaw),
        peerRow('… of which wasm, gzip -9', KB(wasmFile(r)?.gzip), '–', null),
        ...routeSummaryRows(r),
        peerRow('Whole app wasm, all modules, gzip -9 / raw', r.routes?.wasm ? `${KB(r.routes.wasm.gzip)} / ${KB(r.routes.wasm.raw)}` : '–', '–', null),
        peerRow(
          'Service worker precache after the first load, gzip -9',
          r.transfer?.ours ? (r.transfer.ours.serviceWorker.requests ? `${KB(r.transfer.ours.serviceWorker.gzip)} (${r.transfer.ours.serviceWorker.newFiles} files)` : 'no service worker') : '–',
          r.transfer?.peer ? (r.transfer.peer.serviceWorker.requests ? KB(r.transfer.peer.serviceWorker.gzip) : 'no service worker') : '–',
          null,
        ),
        peerRow('Lighthouse mobile: performance', lhv('oursHome', 'mobile', (x) => x?.scores.performance) ?? '–', lhv('peer', 'mobile', (x) => x?.scores.performance) ?? '–', ra.lighthousePerformanceMobile),
        peerRow('Lighthouse mobile: LCP', ms(lhv('oursHome', 'mobile', (x) => x?.metrics.lcp)), ms(lhv('peer', 'mobile', (x) => x?.metrics.lcp)), ra.lcpMobile),
        peerRow('Lighthouse desktop: performance', lhv('oursHome', 'desktop', (x) => x?.scores.performance) ?? '–', lhv('peer', 'desktop', (x) => x?.scores.performance) ?? '–', ra.lighthousePerformanceDesktop),
        peerRow('Lighthouse desktop: LCP', ms(lhv('oursHome', 'desktop', (x) => x?.metrics.lcp)), ms(lhv('peer', 'desktop', (x) => x?.metrics.lcp)), ra.lcpDesktop),
        peerRow('Lighthouse mobile: accessibility / best practices', `${lhv('oursHome', 'mobile', (x) => x?.scores.accessibility) ?? '–'} / ${lhv('oursHome', 'mobile', (x) => x?.scores['best-practices']) ?? '–'}`, `${lhv('peer', 'mobile', (x) => x?.scores.accessibility) ?? '–'} / ${lhv('peer', 'mobile', (x) => x?.scores['best-practices']) ?? '–'}`, null),
        ...interactionSummaryRows(r),
        peerRow('Click → paint p95 at 60 Hz (two groups)', ms(r.interaction60?.ours.click.p95), ms(r.interaction60?.peer.click.p95), ratio(r.interaction60?.ours.click.p95, r.interaction60?.peer.click.p95)),
        peerRow('Rating click, main-thread cost p95', ms(oi?.cost.p95), ms(pi?.cost.p95), ra.clickCostP95),
        peerRow('Results page → .level-box painted, p50', ms(r.resultsPage?.paint.p50), '–', null),
        peerRow('Start-up, h1 painted: empty / 200 stored (#/selvevaluering)', `${ms(empty?.median.h1Painted)} / ${ms(full?.median.h1Painted)}`, '–', null),
        peerRow('localStorage per fully answered assessment (UTF-16)', r.storage ? `${KB(r.storage.ratings.utf16Bytes)}` : '–', '–', null),
        peerRow('Seminar, 200 participants', r.seminar?.status === 'skipped' ? 'not available yet' : ms(r.seminar?.cases?.at(-1)?.paint.p50), '–', null),
      ],
    ),
  );
  L.push('');
  L.push('## Budgets');
  L.push('');
  L.push(table(['budget', 'limit', 'measured', 'result'], (r.budgets || []).map((b) => [b.name, b.limit, b.measured, `**${b.status}**`])));
  const notes = (r.budgets || []).filter((b) => b.note);
  if (notes.length) {
    L.push('');
    for (const b of notes) L.push(`- ${b.name}: ${b.note}.`);
  }

  L.push('');
  L.push(...routesSection(r));
  L.push('## Transfer size, first visit');
  L.push('');
  L.push('Every response Playwright sees while a fresh browser context (empty cache) opens the page, until it is rendered and the network is quiet; bodies compressed here with gzip -9 and brotli (quality 11). HTTP headers are not counted.');
  L.push('');
  L.push(`### Housing First-guiden, \`#/\``);
  L.push('');
  L.push(filesTable(r.transfer?.ours));
  L.push('');
  L.push('¹ already compressed (font, image): counted as stored, a server would not compress it again.');
  L.push('');
  const sw = r.transfer?.ours?.serviceWorker;
  if (sw?.requests) {
    const swf = r.transfer.ours.serviceWorkerFiles;
    const byKind = {};
    for (const f of swf) {
      const k = (byKind[f.kind] ||= { n: 0, again: 0, raw: 0, gzip: 0, brotli: 0 });
      k.n++;
      if (f.pageHadIt) {
        k.again++;
        continue;
      }
      k.raw += f.raw;
      k.gzip += f.gzip;
      k.brotli += f.brotli;
    }
    L.push(
      `After the page has rendered, its service worker (state: ${r.transfer.ours.worker}) precaches the build for offline use: ${sw.requests} more requests, ` +
        `of which ${sw.newFiles} for files the page had not loaded: **${KB(sw.raw)} raw, ${KB(sw.gzip)} gzip, ${KB(sw.brotli)} brotli** more, not in the total above. ` +
        'Sized from the served files (Playwright shows no bodies for a worker\'s requests); the files the page had loaded come from the HTTP cache and are not counted again. By type:',
    );
    L.push('');
    L.push(
      table(
        ['type', 'requests', 'page had it', 'raw', 'gzip -9', 'brotli'],
        Object.entries(byKind).map(([k, v]) => [k, v.n, v.again, KB(v.raw), KB(v.gzip), KB(v.brotli)]),
      ),
    );
    L.push('');
  }
  const oa = r.transfer?.oursAnswer;
  if (oa) {
    L.push(
      `The answer page of an assessment (\`#/selvevaluering/<id>/svar/${'indsatsen'}\`) as the first visit requests ${oa.requests} files: ` +
        `${KB(oa.total.raw)} raw, ${KB(oa.total.gzip)} gzip, ${KB(oa.total.brotli)} brotli.`,
    );
    L.push('');
  }
  L.push('### SurveyJS peer');
  L.push('');
  L.push(filesTable(r.transfer?.peer));
  const foreign = [...(r.transfer?.ours?.foreign || []), ...(r.transfer?.peer?.foreign || [])];
  L.push('');
  L.push(`Requests to other origins: ${foreign.length ? foreign.join(', ') : 'none'}.`);

  L.push('');
  L.push('## Lighthouse');
  L.push('');
  L.push(`Lighthouse ${m.lighthouse ?? ''} node API, offline, headless Chromium; each number is the median of ${lh(r, 'oursHome', 'mobile')?.runs ?? 3} runs (per number). Mobile: Lighthouse's default (emulated Moto G Power, simulated slow 4G, 4× CPU slowdown). Desktop: its desktop preset. Both sites are served gzip-compressed (level 6), as the nginx set-up in docs/hosting.md serves the app.`);
  L.push('');
  const lhRows = [];
  for (const [page, label] of [
    ['oursHome', 'ours `#/`'],
    ['oursAssessments', 'ours `#/selvevaluering`'],
    ['oursInvitation', 'ours: seminar invitation'],
    ['oursGuideEntry', 'ours `#/guide/principper/princip-5`'],
    ['peer', 'peer'],
  ]) {
    for (const preset of ['mobile', 'desktop']) {
      const x = lh(r, page, preset);
      if (!x && (page === 'oursInvitation' || page === 'oursGuideEntry')) continue;
      lhRows.push([label, preset, x?.scores.performance ?? '–', x?.scores.accessibility ?? '–', x?.scores['best-practices'] ?? '–', ms(x?.metrics.fcp), ms(x?.metrics.lcp), ms(x?.metrics.tbt), num(x?.metrics.cls)]);
    }
  }
  L.push(table(['page', 'preset', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'], lhRows));
  L.push('');
  const perRun = [];
  for (const page of ['oursHome', 'oursAssessments', 'oursInvitation', 'oursGuideEntry', 'peer']) {
    for (const preset of ['mobile', 'desktop']) {
      const x = lh(r, page, preset);
      if (x) perRun.push(`- ${page} ${preset}: performance ${x.perRun.map((p) => p.scores.performance).join(', ')}; LCP ${x.perRun.map((p) => Math.round(p.metrics.lcp)).join(', ')} ms`);
      if (x?.failing.length) perRun.push(`  - below full score: ${x.failing.join('; ')}`);
      if (x?.warnings.length) perRun.push(`  - Lighthouse warnings: ${x.warnings.join('; ')}`);
      if (x?.foreign.length) perRun.push(`  - requests to other origins: ${x.foreign.join(', ')}`);
    }
  }
  if (perRun.length) {
    L.push('Per run:');
    L.push('');
    L.push(...perRun);
  }

  L.push('');
  L.push('## Interaction latency');
  L.push('');
  L.push(
    'Real input from Playwright, in a Chromium started with `--disable-frame-rate-limit --disable-gpu-vsync` (frames as soon as there is something to draw, not at the 60 Hz refresh), the same for both. A one-shot capturing listener takes `performance.now()` when the event arrives; ' +
      '**click → paint** ends after the next paint: a message posted from the next `requestAnimationFrame` callback, which runs once that frame\'s style, layout and paint are done. ' +
      'The **floor** row is the same click on a plain paragraph of the page, which changes nothing. ' +
      '**Cost** is the main-thread time of the same number of rating changes clicked inside the page (`label.click()`, no input scheduling): the click\'s task with its microtasks (*work*, to a message posted after the click) plus the next frame\'s style, layout and paint (*render*, from the rAF callback to a message posted there), without any wait for vsync. ' +
      `The app holds the assessment being answered (66 items) and ${oi?.otherAssessments ?? 200} other fully answered assessments in localStorage. ` +
      '**Page changes** (after the clicks, the assessment answered): ours from the overview to the results (its link), back with the link on the results page, to the action plan (its link), ten times; the peer, built as a SurveyJS user would, from its last answer page with "next" to a "Handlingsplan" page (a dynamic matrix), its preview of all answers (preview button) and the first page\'s edit button back to the first page; from the click to the paint after the target page is in the document. Values: p50 / p95 / max.',
  );
  L.push('');
  const irow = (label, f) => [label, stat(f(oi)), stat(f(pi))];
  L.push(
    table(
      ['measure', 'Housing First-guiden', 'SurveyJS peer'],
      [
        irow('Click on a rating → paint', (x) => x?.click),
        irow('… from the event\'s own timestamp', (x) => x?.clickFromEvent),
        irow('Floor: click on a paragraph → paint', (x) => x?.baseline),
        irow('Rating click, cost (work + render)', (x) => x?.cost),
        irow('… work: handlers and microtasks', (x) => x?.costWork),
        irow('… render: next frame\'s style, layout, paint', (x) => x?.costRender),
        irow('Key press in a note → paint', (x) => x?.typing),
        irow('Next group/page → first item painted', (x) => x?.pageChange),
        ...navigationRows(oi, pi),
      ],
    ),
  );
  L.push('');
  L.push(...navigationNotes(oi, pi));
  if (oi) L.push(`- Ours: ${oi.verified}. Missed clicks: ${oi.missed}. Page errors: ${oi.errors.length ? oi.errors.join('; ') : 'none'}.`);
  if (pi) L.push(`- Peer: ${pi.verified}. Missed clicks: ${pi.missed}. Page errors: ${pi.errors.length ? pi.errors.join('; ') : 'none'}.`);
  L.push('');
  const o6 = r.interaction60?.ours;
  const p6 = r.interaction60?.peer;
  L.push('### At 60 Hz');
  L.push('');
  L.push(
    'The same clicks on the first two answer groups in the default Chromium, whose frames follow a 60 Hz refresh: the next paint then also waits for the next refresh of the screen (0–16.7 ms), the same for every page.',
  );
  L.push('');
  L.push(
    table(
      ['measure', 'Housing First-guiden', 'SurveyJS peer'],
      [
        ['Click on a rating → paint', stat(o6?.click), stat(p6?.click)],
        ['… from the event\'s own timestamp', stat(o6?.clickFromEvent), stat(p6?.clickFromEvent)],
        ['Floor: click on a paragraph → paint', stat(o6?.baseline), stat(p6?.baseline)],
      ],
    ),
  );
  L.push('');
  if (o6) L.push(`- Ours: ${o6.verified}. Missed clicks: ${o6.missed}.`);
  if (p6) L.push(`- Peer: ${p6.verified}. Missed clicks: ${p6.missed}.`);
  L.push('');
  L.push('### Results page');
  L.push('');
  if (r.resultsPage) {
    L.push(
      `A fully answered assessment (66 items); from the overview, the hash is set to \`#/selvevaluering/<id>/resultat\` and the time taken until \`.level-box\` is in the document and painted (double rAF), ${r.resultsPage.paint.n} times: ` +
        `painted ${stat(r.resultsPage.paint)}; in the document ${stat(r.resultsPage.dom)}. Level shown: ${r.resultsPage.level ?? '–'}.`,
    );
  } else L.push('_could not be measured_');

  L.push('');
  L.push('## Scale');
  L.push('');
  if (r.scale) {
    L.push(
      `Fully answered assessments stored before the app starts; a first load, then, once the app's service worker (if any) is active, as for a returning visitor, ${r.scale.reloads} reloads. Medians of the reloads, ms since navigation start. ` +
        '*first paint*: first contentful paint (the prerendered page where there is one, else the frame); *wasm fetched*: the .wasm response ended (fetched after the first paint); *instantiate*: `WebAssembly.instantiateStreaming` call to result (compile and instantiate, overlapping the download); *app started*: the boot module\'s `hfg-app-started` (main() has mounted the app); *h1*: the live app\'s `main h1` in the document (`<html data-app="ready">`); *h1 painted*: double rAF after it. Memory after a forced garbage collection.',
    );
    L.push('');
    L.push(
      table(
        ['route', 'stored', 'first paint', 'wasm fetched', 'instantiate', 'app started', 'h1', 'h1 painted', 'JS heap used', 'wasm memory', 'DOM nodes', 'listed'],
        r.scale.cases.map((c) => [
          `\`${c.route}\``,
          c.n,
          ms(c.median.fcp),
          ms(c.median.wasmFetched),
          ms(c.median.instantiate),
          ms(c.median.appStarted),
          ms(c.median.h1),
          ms(c.median.h1Painted),
          `${(c.memory.jsHeapUsed / 1e6).toFixed(2)} MB`,
          `${(c.memory.wasmMemory / 1e6).toFixed(2)} MB`,
          c.memory.nodes,
          c.listed,
        ]),
      ),
    );
    L.push('');
    const sw = r.scale.cases.reduce((a, c) => a + (c.fromServiceWorker || 0), 0);
    const all = r.scale.cases.length * r.scale.reloads;
    L.push(sw ? `${sw} of ${all} reloads were served by the app's service worker (files from its cache).` : 'No reload was served by a service worker (files revalidated with the server, 304).');
    L.push('');
    if (d) L.push(`200 stored assessments cost +${ms(d.delta)} at start-up over an empty start on \`${d.route}\` (the worse route).`);
    const errs = r.scale.cases.flatMap((c) => c.errors);
    if (errs.length) L.push(`Page errors: ${[...new Set(errs)].join('; ')}`);
  } else L.push('_could not be measured_');
  L.push('');
  if (r.storage) {
    const s = r.storage;
    L.push(
      `localStorage per fully answered assessment, as the app writes it: ${s.ratings.chars} characters = **${KB(s.ratings.utf16Bytes)}** as UTF-16 (how browsers count the quota), ${KB(s.ratings.utf8Bytes)} as UTF-8. ` +
        `With a ${s.noteChars}-character note on every item: ${KB(s.ratingsAndNotes.utf16Bytes)} UTF-16, ${KB(s.ratingsAndNotes.utf8Bytes)} UTF-8. ` +
        `200 assessments without notes take ${((200 * s.ratings.utf16Bytes) / 1e6).toFixed(2)} MB (UTF-16).`,
    );
  }

  L.push('');
  L.push('## Seminar');
  L.push('');
  if (!r.seminar) L.push('_could not be measured_');
  else if (r.seminar.status === 'skipped') L.push(`Not available yet (${r.seminar.reason}). Measured once it is built: 10, 50 and 200 participants merged and shown, navigation to the merged view → painted.`);
  else {
    L.push(
      `A stored seminar with n participants' responses to all ${r.seminar.items} items (raters mostly agree, one step either way now and then, a few unanswered or Ved ikke; four roles); from the seminar's page the hash is set to its merged view (\`#/seminar/<id>/samlet\`) and the time taken until the summary and all ${r.seminar.items} item statistics are in the document, and painted (double rAF). Each in a fresh tab.`,
    );
    L.push('');
    L.push(
      table(
        ['participants', 'painted p50 / p95 / max', 'in the document p50 / p95 / max', 'summary shown'],
        r.seminar.cases.map((c) => [c.participants, stat(c.paint), stat(c.dom), c.shown ?? '–']),
      ),
    );
    const errs = r.seminar.cases.flatMap((c) => c.errors || []);
    if (errs.length) L.push('', `Page errors: ${[...new Set(errs)].join('; ')}`);
  }

  L.push(...scanSection(r));

  L.push('');
  L.push("## The user's own file");
  L.push('');
  const f = r.fileSave;
  if (!f) L.push('_could not be measured_');
  else {
    L.push(
      `With ${f.assessments} fully answered assessments stored and a file linked ("Gem i en fil"; the picker hands out a file of the origin-private file system), one rating changed, ${f.runs} times: the time from the click until the file is closed, which includes the ${f.debounceMs} ms the app waits after the last change, and the write itself (createWritable → write → close). Every write is the whole backup.`,
    );
    L.push('');
    L.push(
      table(
        ['click → file closed p50 / p95', 'write p50 / p95', 'bytes per change'],
        [[`${ms(f.clickToFileMs.p50)} / ${ms(f.clickToFileMs.p95)}`, `${ms(f.writeMs.p50)} / ${ms(f.writeMs.p95)}`, KB(f.bytesPerChange)]],
      ),
    );
  }

  L.push('');
  L.push('## Builds');
  L.push('');
  if (r.build?.ours?.skipped) L.push('- App: **not rebuilt** (BENCH_SKIP_BUILD=1): the existing `bench/out/dist` was measured.');
  else if (r.build?.ours) L.push(`- App: \`trunk build --release --offline --dist bench/out/dist\` in ${r.build.ours.seconds.toFixed(0)} s (${m.trunk ?? 'trunk'}, ${m.rustc ?? 'rustc'}).`);
  if (r.build?.peer) L.push(`- Peer: esbuild ${m.esbuild ?? ''} bundle of survey-core ${m.surveyCore} + survey-js-ui ${m.surveyJsUi} in ${r.build.peer.seconds.toFixed(1)} s into \`bench/out/peer\`.`);

  if (r.errors?.length) {
    L.push('');
    L.push('## Could not measure');
    L.push('');
    for (const e of r.errors) L.push(`- ${e.step}: \`${e.error.split('\n')[0]}\``);
  }
  L.push('');
  writeFileSync(path, L.join('\n'));
}
