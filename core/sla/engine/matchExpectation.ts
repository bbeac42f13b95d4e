// Checks a result against the `expect` block of a case (docs/sla.md): every listed field must
// match, timers are found by id; used by the case tests and `tierdesk sla --check`.
import type { SlaOutcome } from './evaluateSlaCase';

function compare(actual: unknown, expected: unknown, path: string, out: string[]): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') {
      out.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
      return;
    }
    for (const [k, v] of Object.entries(expected))
      compare((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k, out);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      return;
    }
    expected.forEach((v, i) => compare(actual[i], v, `${path}.${i}`, out));
    return;
  }
  if (actual !== expected)
    out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Mismatches between an outcome and an expectation (empty when it holds).
 * @example matchExpectation(outcome, { timers: [{ id: 'resolution#1', dueAt: '…' }] }) // []
 */
export function matchExpectation(outcome: SlaOutcome, expected: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof expected['error'] === 'string') {
    if (outcome.ok) out.push(`expected an error matching /${expected['error']}/, got a result`);
    else if (!new RegExp(expected['error']).test(outcome.message))
      out.push(`error: expected /${expected['error']}/, got '${outcome.message}'`);
    return out;
  }
  if (!outcome.ok) return [`unexpected error: ${outcome.message}`];
  const r = outcome.result;
  for (const want of (expected['timers'] ?? []) as Record<string, unknown>[]) {
    const timer = r.timers.find((t) => t.id === want['id']);
    if (!timer)
      out.push(
        `timers: no timer '${String(want['id'])}' (have ${r.timers.map((t) => t.id).join(', ') || 'none'})`,
      );
    else compare(timer, want, `timers[${String(want['id'])}]`, out);
  }
  for (const id of (expected['absent'] ?? []) as string[])
    if (r.timers.some((t) => t.id === id)) out.push(`timers: '${id}' should not exist`);
  if (expected['timerCount'] !== undefined && r.timers.length !== expected['timerCount'])
    out.push(`timerCount: expected ${String(expected['timerCount'])}, got ${r.timers.length}`);
  for (const key of ['nextDueAt', 'nextDueTimer'] as const)
    if (key in expected) compare(r[key], expected[key], key, out);
  for (const pattern of (expected['warnings'] ?? []) as string[])
    if (!r.warnings.some((w) => new RegExp(pattern).test(w)))
      out.push(`warnings: none matches /${pattern}/`);
  return out;
}
