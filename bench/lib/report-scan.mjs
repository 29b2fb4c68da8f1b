// The report's part for the camera scanner (lib/scan.mjs, BENCH_ONLY=scan):
// budgets and the RESULTS.md section. Used by lib/report.mjs.
import { KB, ms, table } from './report-format.mjs';

const worst = (run) => {
  const l = run?.withCodes?.latency ?? [];
  return l.length === 2 ? Math.max(...l.map((x) => x.codeInViewToAddedMs)) : null;
};

/** Adds the budgets; `add(name, limit, value, pass, measured, note)` as in report.mjs. */
export function scanBudgets(r, add) {
  const s = r.scan;
  const w = worst(s?.rqrr);
  add('Camera: each of two codes in view → answer added (Rust decoder, worst of two)', '≤ 2000 ms', w, w != null && w <= 2000, w == null ? null : `${ms(w)} (${s.rqrr.withCodes.latency.map((l) => ms(l.codeInViewToAddedMs)).join(', ')})`);
  const f = s?.rqrr?.noCode?.decodeMs;
  add('Camera: one 1280×720 frame with no code, canvas → decoder → done (mean)', '≤ 100 ms', f, f != null && f <= 100, ms(f));
  const g = s?.sizes?.decoderGzip;
  add("Camera: the camera panel's lazy module with the decoder (gzip -9)", '≤ 150 KB', g, g != null && g <= 150_000, KB(g));
}

const row = (name, run) => [
  name,
  `${run.noCode.framesPerSecond.toFixed(1)} / ${ms(run.noCode.decodeMs)}`,
  `${run.withCodes.framesPerSecond.toFixed(1)} / ${ms(run.withCodes.decodeMs)}`,
  run.withCodes.latency.map((l) => ms(l.codeInViewToAddedMs)).join(', ') || 'none added',
  ms(run.noCode.openToScanningMs),
];

/** The RESULTS.md section, as lines. */
export function scanSection(r) {
  const s = r.scan;
  const L = ['', '## Collecting answers with the camera', ''];
  if (!s) return [...L, '_could not be measured_'];
  L.push(
    `Chromium's fake camera plays a ${s.film.width}×${s.film.height} film at ${s.film.fps} frames/s made from two participants' real answer codes (the app's own QR code, ${Math.round(s.film.fill * 100)} % of the picture's height, about a phone at a hand's distance): ${s.scenes[0]} s nobody, ${s.scenes[1]} s the first phone, ${s.scenes[2]} s nobody, ${s.scenes[3]} s the second. ` +
      'The facilitator\'s page opens "Scan svar med kameraet"; frames per second are the frames the scan loop decoded while scanning (it pauses 100 ms minus the decode between frames, so 10/s is its ceiling), the time per frame is canvas → grey → decoder; "code in view → added" counts from the film\'s timeline, started when the panel says it scans (the film starts a little earlier, so these are lower bounds by the tens of ms the camera takes to start), to the confirmation in the panel.',
  );
  L.push('');
  const rows = [];
  if (s.rqrr) rows.push(row('Rust (`rqrr`, lazy module)', s.rqrr));
  if (s.barcodeDetector?.available) rows.push(row('BarcodeDetector', s.barcodeDetector));
  L.push(table(['decoder', 'no code: frames/s / per frame', 'with codes: frames/s / per frame', 'code in view → added', 'click → scanning'], rows));
  L.push('');
  if (s.barcodeDetector && !s.barcodeDetector.available) L.push('- `BarcodeDetector`: **not available** in this Chromium (Linux has no shape-detection backend); the Rust decoder is what runs here.');
  L.push(`- The decoder's lazy module \`${s.sizes.decoderModule ?? '(not found)'}\`: **${KB(s.sizes.decoderGzip)}** gzip -9, fetched only when the camera opens; the main module: ${KB(s.sizes.mainGzip)} gzip -9.`);
  return L;
}
