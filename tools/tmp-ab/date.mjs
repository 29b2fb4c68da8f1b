import { launch, newContext, UNTHROTTLED_FLAGS } from '../../bench/lib/common.mjs';
import { serve } from '../static-server.mjs';
import { assessment, storedAssessments, SEED_SCRIPT, KEY_PREFIX } from '../../bench/lib/data.mjs';
const srv = await serve('dist', 4192, { gzip: true });
const browser = await launch(UNTHROTTLED_FLAGS);
const ctx = await newContext(browser);
const page = await ctx.newPage();
const id = 'bench-nav';
await page.addInitScript(SEED_SCRIPT, { ...storedAssessments(200), [KEY_PREFIX + id]: JSON.stringify(assessment(id, { answered: true })) });
await page.goto(`http://127.0.0.1:4192/#/selvevaluering/${id}/handleplan`);
await page.waitForSelector('.action-add');
await page.waitForTimeout(500);
const r = await page.evaluate(() => {
  const form = document.querySelector('.action-add');
  const out = {};
  for (const kind of ['date', 'text', 'date', 'text', 'none', 'date', 'text', 'none']) {
    const c = form.cloneNode(true);
    const d = c.querySelector('input[type=date]');
    if (kind === 'text') d.type = 'text';
    if (kind === 'none') d.closest('.form-group').remove();
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      const x = c.cloneNode(true);
      form.parentNode.appendChild(x);
      x.offsetHeight;
      x.remove();
    }
    (out[kind] ||= []).push(((performance.now() - t0) / 20).toFixed(2));
  }
  return out;
});
console.log(r);
await browser.close(); srv.close();
