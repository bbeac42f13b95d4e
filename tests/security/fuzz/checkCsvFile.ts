// The judge of one generated CSV for `tierdesk classify`: rows with both text and label, or an
// Error whose message starts with the file's path; anything else is a failure.
import { writeFileSync } from 'node:fs';
import { readLabelledCsv } from '../../../hub/cli/csv';
import type { CsvCase } from './csvInput';

export function checkCsvFile(c: CsvCase, file: string): string | null {
  writeFileSync(file, c.text);
  try {
    const out = readLabelledCsv(file, {
      text: c.textColumns,
      label: c.labelColumn,
      skipEmpty: true,
    });
    if (out.texts.length !== out.labels.length) return 'texts and labels differ in length';
    if (out.texts.length === 0) return 'returned no rows instead of an error';
    if (out.texts.some((t) => t.trim() === '') || out.labels.some((l) => l.trim() === ''))
      return 'returned an empty text or label';
    if (out.skipped.some((n) => !Number.isInteger(n) || n < 2)) return 'skipped a row number < 2';
    return null;
  } catch (error) {
    if (!(error instanceof Error)) return `threw a non-Error: ${String(error)}`;
    return error.message.startsWith(`${file}: `)
      ? null
      : `the error does not name the file: ${error.message}`;
  }
}
