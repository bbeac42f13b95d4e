// Generated CSV files for `tierdesk classify`: header and rows of awkward fields (quotes,
// commas, line breaks, BOM, NUL, empty cells, ragged rows), quoted well or badly, and the
// column names asked for on the command line (present or not).
import fc from 'fast-check';
import { nastyStrings } from './nastyValues';

export interface CsvCase {
  text: string;
  textColumns: string[];
  labelColumn: string;
}

const field = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'printer jams',
      'VPN drops',
      'password reset',
      'outlook',
      'L1',
      'email',
      'network',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...nastyStrings.filter((s) => s.length < 500)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '"',
      '""',
      'a,b',
      'line\nbreak',
      'cr\r\nlf',
      '\ufeff',
      ' "quoted" ',
      '\t',
    ),
  },
);

function quote(value: string, style: 'auto' | 'always' | 'never' | 'broken'): string {
  if (style === 'never') return value;
  if (style === 'broken') return `"${value}`;
  if (style === 'always' || /[",\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export const csvCase: fc.Arbitrary<CsvCase> = fc
  .record({
    header: fc.array(
      fc.oneof(
        fc.constantFrom('text', 'summary', 'label', 'category', ''),
        fc.string({ maxLength: 12 }),
      ),
      { minLength: 0, maxLength: 5 },
    ),
    rows: fc.array(fc.array(field, { minLength: 0, maxLength: 6 }), {
      minLength: 0,
      maxLength: 25,
    }),
    style: fc.constantFrom('auto', 'auto', 'auto', 'always', 'never', 'broken'),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    textColumns: fc.array(fc.constantFrom('text', 'summary', 'missing'), {
      minLength: 1,
      maxLength: 2,
    }),
    labelColumn: fc.constantFrom('label', 'category', 'missing', ''),
  })
  .map((g) => {
    const style = g.style as 'auto' | 'always' | 'never' | 'broken';
    const line = (cells: string[], i: number) =>
      cells.map((c) => quote(c, style === 'broken' && i % 3 !== 1 ? 'auto' : style)).join(',');
    const text = (g.bom ? '\ufeff' : '') + [g.header, ...g.rows].map(line).join(g.eol);
    return { text, textColumns: g.textColumns, labelColumn: g.labelColumn };
  });
