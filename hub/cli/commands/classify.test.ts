import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'tierdesk-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: dir },
  };
}

const lines: Record<string, string[]> = {
  Hardware: [
    'laptop screen broken',
    'monitor flickering docking',
    'keyboard not working',
    'battery not charging',
  ],
  Access: [
    'grant access to folder',
    'need permissions for site',
    'access request for app',
    'add me to the group',
  ],
};
// A CSV as exported by a service desk: BOM, CRLF, a short and a long text column, quoted
// fields with commas and line breaks.
function serviceDeskCsv(copies = 5): string {
  const rows = ['\uFEFFid,Short description,Description,Category'];
  let id = 0;
  for (let k = 0; k < copies; k++) {
    for (const [label, texts] of Object.entries(lines)) {
      for (const t of texts)
        rows.push(`${++id},"${t}, urgent","Hello,\r\n${t} since ${k} days\r\nThanks",${label}`);
    }
  }
  return rows.join('\r\n') + '\r\n';
}

const data = join(dir, 'tickets.csv');
writeFileSync(data, serviceDeskCsv());
const columns = ['--text', 'Short description', '--text', 'Description', '--label', 'Category'];

describe('tierdesk classify train and eval', () => {
  it('trains on a service-desk CSV with several text columns and evaluates the model', async () => {
    const t = io();
    expect(
      await main(
        ['classify', 'train', '--data', 'tickets.csv', ...columns, '--out', 'model.json'],
        t.io,
      ),
    ).toBe(0);
    expect(t.out.join('\n')).toMatch(/trained on 40 rows/);
    expect(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'))).toMatchObject({
      version: 2,
      labels: ['Access', 'Hardware'],
    });
    const e = io();
    expect(
      await main(
        [
          'classify',
          'eval',
          '--model',
          'model.json',
          '--data',
          'tickets.csv',
          ...columns,
          '--json',
        ],
        e.io,
      ),
    ).toBe(0);
    const report = JSON.parse(e.out.join('\n'));
    expect(report.accuracy).toBeGreaterThan(0.9);
    expect(report).toHaveProperty('macroF1');
    expect(report.perLabel).toHaveLength(2);
    expect(report.confusion).toHaveLength(2);
    expect(report.ticketsPerSecond).toBeGreaterThan(0);
    expect(report.ticketsPerCpuSecond).toBeGreaterThan(0);
    expect(report.size.gzipBytes).toBeLessThan(report.size.bytes);
    const text = io();
    await main(
      ['classify', 'eval', '--model', 'model.json', '--data', 'tickets.csv', ...columns],
      text.io,
    );
    expect(text.out.join('\n')).toMatch(/accuracy [\d.]+ {3}macro-F1/);
    expect(text.out.join('\n')).toMatch(/confusion matrix/);
  });

  it('names an unknown column, an empty file and rows without text or label', async () => {
    const r = io();
    expect(
      await main(
        [
          'classify',
          'train',
          '--data',
          'tickets.csv',
          '--text',
          'Body',
          '--label',
          'Category',
          '--out',
          'x.json',
        ],
        r.io,
      ),
    ).toBe(1);
    expect(r.err.join('\n')).toMatch(
      /no column "Body" \(columns: id, Short description, Description, Category\)/,
    );
    writeFileSync(join(dir, 'empty.csv'), '');
    const e = io();
    expect(
      await main(['classify', 'train', '--data', 'empty.csv', ...columns, '--out', 'x.json'], e.io),
    ).toBe(1);
    expect(e.err.join('\n')).toMatch(/no data rows/);
    writeFileSync(
      join(dir, 'gaps.csv'),
      serviceDeskCsv(1) + '99,,,Hardware\r\n100,some text,,\r\n',
    );
    const g = io();
    expect(
      await main(['classify', 'train', '--data', 'gaps.csv', ...columns, '--out', 'x.json'], g.io),
    ).toBe(1);
    expect(g.err.join('\n')).toMatch(
      /2 row\(s\) without text or label \(records 10, 11\).*--skip-empty/,
    );
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
    expect(
      await main(
        ['classify', 'train', '--data', 'gaps.csv', ...columns, '--out', 'x.json', '--skip-empty'],
        io().io,
      ),
    ).toBe(0);
  });

  it('refuses a model of another version or a damaged one, and leaves no partial files', async () => {
    const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    writeFileSync(join(dir, 'v1.json'), JSON.stringify({ ...model, version: 1 }));
    const v = io();
    expect(
      await main(
        ['classify', 'eval', '--model', 'v1.json', '--data', 'tickets.csv', ...columns],
        v.io,
      ),
    ).toBe(1);
    expect(v.err.join('\n')).toMatch(/version 1 is not supported/);
    writeFileSync(
      join(dir, 'cut.json'),
      readFileSync(join(dir, 'model.json'), 'utf8').slice(0, 200),
    );
    const c = io();
    expect(
      await main(
        ['classify', 'eval', '--model', 'cut.json', '--data', 'tickets.csv', ...columns],
        c.io,
      ),
    ).toBe(1);
    expect(c.err.join('\n')).toMatch(/not valid JSON/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports usage mistakes with exit code 2', async () => {
    const r = io();
    expect(
      await main(['classify', 'train', '--data', 'tickets.csv', '--label', 'Category'], r.io),
    ).toBe(2);
    expect(r.err.join('\n')).toMatch(/missing/);
    expect(await main(['classify', 'fit'], io().io)).toBe(2);
    expect(await main(['classify', 'eval', '--bogus'], io().io)).toBe(2);
  });
});
