// `tierdesk sla` end to end on the documented cases: every docs/sla-cases example passes --check,
// and bad input exits 1 with a message naming the problem (issue 3).
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../hub/cli/main';

const root = fileURLToPath(new URL('..', import.meta.url));
const casesDir = join(root, 'docs/sla-cases');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['sla', ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: root,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tierdesk sla', () => {
  it('checks every documented case', async () => {
    for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.json'))) {
      const r = await run([join('docs/sla-cases', file), '--check', '--brief']);
      expect({ file, code: r.code }).toEqual({ file, code: 0 });
      expect(r.err).toMatch(new RegExp(`docs/sla-cases/${file}: as expected$`));
    }
  });

  it('prints the timers as JSON with their explanation', async () => {
    const r = await run(['docs/sla-cases/TC-03.json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.timers[0].dueAt).toBe('2025-06-04T17:00:00.000Z');
    expect(result.timers[0].explanation.workingIntervals).toHaveLength(3);
  });

  it('fails with a clear message on a missing file, bad JSON or a bad field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-cli-'));
    writeFileSync(join(dir, 'broken.json'), '{"events": [');
    writeFileSync(
      join(dir, 'neg.json'),
      JSON.stringify({
        definitions: [{ id: 'r', metric: 'resolution', target: { seconds: -5 } }],
        events: [{ at: '2025-06-02T09:00:00Z', type: 'created' }],
        now: '2025-06-02T09:00:00Z',
      }),
    );
    expect(await run([join(dir, 'none.json')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*none.json: no such file/),
    });
    expect(await run([join(dir, 'broken.json')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/is not valid JSON/),
    });
    expect(await run([join(dir, 'neg.json')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/definitions.0.target/),
    });
    expect(await run([])).toMatchObject({ code: 2 });
  });

  it('runs as the installed command', () => {
    const out = execFileSync(
      process.execPath,
      [join(root, 'bin/tierdesk.js'), 'sla', 'docs/sla-cases/TC-12.json', '--brief'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(out).timers[0].dueAt).toBe('2025-03-30T11:00:00.000Z');
  });
});
