// Reads a labelled CSV for the classifier: header row, byte-order mark, quoted fields with
// commas and line breaks (csv-parse), and picks the text and label columns by name.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface LabelledCsv {
  texts: string[];
  labels: string[];
  /** 1-based CSV record numbers (header = 1) of rows skipped for lacking text or label. */
  skipped: number[];
}

export interface CsvColumns {
  text: string[];
  label: string;
  /** Skip rows without text or label instead of failing. */
  skipEmpty?: boolean;
}

/** Reads `path`; throws an Error naming the file, column or row that is wrong. */
export function readLabelledCsv(path: string, columns: CsvColumns): LabelledCsv {
  let records: string[][];
  try {
    records = parse(readFileSync(path), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0)
    throw new Error(`${path}: no data rows (need a header row and at least one row)`);
  const names = header.map((h) => h.trim());
  const indexOf = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}" (columns: ${names.join(', ')})`);
    return i;
  };
  const textAt = columns.text.map(indexOf);
  const labelAt = indexOf(columns.label);
  const texts: string[] = [];
  const labels: string[] = [];
  const skipped: number[] = [];
  rows.forEach((row, r) => {
    const text = textAt
      .map((i) => (row[i] ?? '').trim())
      .filter((t) => t.length > 0)
      .join('\n');
    const label = (row[labelAt] ?? '').trim();
    if (text.length === 0 || label.length === 0) skipped.push(r + 2);
    else {
      texts.push(text);
      labels.push(label);
    }
  });
  if (skipped.length > 0 && !columns.skipEmpty) {
    const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', …' : '');
    throw new Error(
      `${path}: ${skipped.length} row(s) without text or label (records ${shown}); fix them or pass --skip-empty`,
    );
  }
  if (texts.length === 0) throw new Error(`${path}: no rows with both text and label`);
  return { texts, labels, skipped };
}
