// The user's own file (the data home): with 200 fully answered assessments
// stored, the file is linked, then one rating is changed per run. Measured in
// the page: the time from the click to the file being closed (includes the
// 800 ms quiet time the app waits after the last change), the write itself
// (createWritable → write → close) and the bytes written per change. The save
// dialog cannot be driven, so the picker hands out a file of the origin-private
// file system (a real FileSystemFileHandle, written like any file).
import { newContext, median, percentile, log } from './common.mjs';
import { storedAssessments, GROUPS, SEED_SCRIPT } from './data.mjs';

const RUNS = 7;
const COUNT = 200;

const PROBE = () => {
  const w = (window.__writes = []);
  window.showSaveFilePicker = async () => {
    const root = await navigator.storage.getDirectory();
    const h = await root.getFileHandle('bench.json', { create: true });
    const create = h.createWritable.bind(h);
    Object.defineProperty(h, 'createWritable', {
      value: async (...a) => {
        const rec = { start: performance.now(), bytes: 0 };
        const s = await create(...a);
        const write = s.write.bind(s);
        const close = s.close.bind(s);
        s.write = (d) => {
          rec.bytes += typeof d === 'string' ? new TextEncoder().encode(d).length : d.size ?? 0;
          return write(d);
        };
        s.close = async () => {
          await close();
          rec.end = performance.now();
          w.push(rec);
        };
        return s;
      },
    });
    return h;
  };
};

export async function fileSave(browser, base) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const seeded = storedAssessments(COUNT);
  await page.addInitScript(SEED_SCRIPT, seeded);
  await page.addInitScript(PROBE);
  await page.goto(`${base}#/mine-data`);
  await page.waitForSelector('html[data-app="ready"] .data-home');
  await page.getByRole('button', { name: 'Gem i en fil' }).click();
  await page.waitForFunction(() => window.__writes.length === 1, null, { timeout: 30_000 });
  const id = Object.keys(seeded)[0].split(':').pop();
  await page.goto(`${base}#/selvevaluering/${id}/svar/${GROUPS[0].id}`);
  const item = GROUPS[0].items[0].id;
  await page.waitForSelector(`label[for="r-${item}-1"]`);
  const total = [];
  const write = [];
  const bytes = [];
  for (let i = 0; i < RUNS; i++) {
    const n = await page.evaluate(() => window.__writes.length);
    const clicked = await page.evaluate(() => performance.now());
    await page.locator(`label[for="r-${item}-${(i % 4) + 1}"]`).click();
    await page.waitForFunction((k) => window.__writes.length > k, n, { timeout: 30_000 });
    const rec = await page.evaluate((k) => window.__writes[k], n);
    total.push(rec.end - clicked);
    write.push(rec.end - rec.start);
    bytes.push(rec.bytes);
  }
  await ctx.close();
  const out = {
    assessments: COUNT,
    runs: RUNS,
    clickToFileMs: { p50: median(total), p95: percentile(total, 95) },
    writeMs: { p50: median(write), p95: percentile(write, 95) },
    bytesPerChange: median(bytes),
    debounceMs: 800,
  };
  log(`file save, ${COUNT} assessments: click → file closed p50 ${out.clickToFileMs.p50.toFixed(0)} ms (800 ms of it the quiet time), write p50 ${out.writeMs.p50.toFixed(1)} ms, ${(out.bytesPerChange / 1024).toFixed(0)} KB per change`);
  return out;
}
