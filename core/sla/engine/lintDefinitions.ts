// Save-time warnings for definitions (R18) and goals (E27): conditions that can never attach,
// pause forever, cancel instead of pausing, storm cycles, or goals an earlier goal shadows.
import type { Condition } from './condition';
import type { DefinitionInput } from './definitionSchema';

/** The set of values a condition allows for `field`, when it is a plain `eq`/`in` test. */
function valuesOf(c: Condition | undefined, field: string): Set<unknown> | null {
  if (!c || !('field' in c) || c.field !== field) return null;
  if (c.eq !== undefined) return new Set([c.eq]);
  if (c.in) return new Set(c.in);
  return null;
}
const fieldOf = (c: Condition | undefined) => (c && 'field' in c ? c.field : null);
const subset = (a: Set<unknown>, b: Set<unknown>) => [...a].every((v) => b.has(v));

/**
 * Warnings for one definition, each naming the definition and the rule.
 * @example lintDefinition({ id: 'x', metric: 'custom', target: '1h', conditions: { start: c, stop: c } })
 */
export function lintDefinition(d: DefinitionInput): string[] {
  const out: string[] = [];
  const c = d.conditions;
  if (c) {
    const f = fieldOf(c.start);
    if (f) {
      const start = valuesOf(c.start, f);
      const stop = valuesOf(c.stop, f);
      const pause = valuesOf(c.pause, f);
      if (start && stop && subset(start, stop))
        out.push(`definition '${d.id}': start ⊆ stop, it never attaches (R18)`);
      if (start && pause && subset(start, pause))
        out.push(`definition '${d.id}': start ⊆ pause, every instance is paused at once (R18)`);
      if (
        start &&
        pause &&
        [...pause].every((v) => !start.has(v)) &&
        (d.whenToCancel ?? 'startNotMet') === 'startNotMet'
      )
        out.push(
          `definition '${d.id}': pause and start exclude each other while whenToCancel=startNotMet, so it cancels instead of pausing (R18)`,
        );
    }
    if (JSON.stringify(c.start) === JSON.stringify(c.stop))
      out.push(`definition '${d.id}': the same trigger starts and stops it (cycle storm, R18)`);
  }
  const goals = d.goals ?? [];
  goals.forEach((g, i) => {
    if (!g.when && i < goals.length - 1)
      out.push(
        `definition '${d.id}': goal ${i + 1} has no condition, so goals after it never apply (E27)`,
      );
    const f = fieldOf(g.when);
    const mine = f ? valuesOf(g.when, f) : null;
    if (!mine) return;
    for (let j = 0; j < i; j++) {
      const earlier = valuesOf(goals[j]!.when, f!);
      if (earlier && subset(mine, earlier))
        out.push(
          `definition '${d.id}': goal ${i + 1} is shadowed by goal ${j + 1}, which already matches ${[...mine].join(', ')} (E27)`,
        );
    }
  });
  return out;
}
