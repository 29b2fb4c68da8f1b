// Formatting shared by the report modules: sizes (KB = 1000 bytes), times,
// ratios, markdown tables, p50 / p95 / max cells.
export const KB = (b) => (b == null ? '–' : `${(b / 1000).toFixed(1)} KB`);
export const ms = (x) => (x == null ? '–' : `${Math.round(x * 10) / 10} ms`);
export const num = (x) => (x == null ? '–' : String(Math.round(x * 1000) / 1000));
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100);
export const fmtRatio = (r) => (r == null ? '–' : `${r.toFixed(2)}×`);

export function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export const stat = (s) => (s ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)} (n ${s.n})` : '–');
