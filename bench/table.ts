// Renders bench rows as a Markdown table (printed, and written to bench/results.md).
import type { BenchRow } from './row';

export function renderTable(rows: Array<BenchRow & { suite: string }>): string {
  const header = ['part', 'what', 'figure', 'budget', 'holds'];
  const body = rows.map((r) => [
    r.suite,
    r.what,
    r.figure,
    r.budget,
    r.holds === null ? '—' : r.holds ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
