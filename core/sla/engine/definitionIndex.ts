// What a replay needs of a setup's definitions, worked out once per compiled setup (the hub
// compiles its config once and replays every ticket against it).
import type { CompiledDefinition, CompiledSetup } from './compileSlaCase';

/** What a replay needs of the definitions, worked out once per compiled setup. */
export interface DefinitionIndex {
  /** Definition ids in the setup's order, with their versions (oldest first). */
  ids: string[];
  versions: CompiledDefinition[][];
  /** Per definition, its one version when it has one in effect from the start (else null). */
  always: (CompiledDefinition | null)[];
  /** The instants definitions (R20) or calendars (R9) change version, sorted. */
  changes: number[];
  /** Of `changes`, those where only a calendar changes (no definition version begins). */
  calendarOnly: ReadonlySet<number>;
  /** Whether any definition escalates on breach (R45): only then is there a breach to look for. */
  escalates: boolean;
}

const indexes = new WeakMap<CompiledSetup['definitions'], DefinitionIndex>();
/** The last one asked for: the hub replays every ticket against one setup (no map lookup). */
let lastDefinitions: CompiledSetup['definitions'] | null = null;
let lastIndex: DefinitionIndex | null = null;

/**
 * The index of a setup's definitions, memoised per definitions map.
 * @example definitionIndex(setup.definitions).ids // ['first_response', 'resolution']
 */
export function definitionIndex(
  definitions: CompiledSetup['definitions'],
  /** Other instants to re-evaluate at: the setup's calendar changes (R9). */
  calendarChanges: readonly number[] = [],
): DefinitionIndex {
  if (definitions === lastDefinitions) return lastIndex!;
  let index = indexes.get(definitions);
  if (!index) {
    const froms = [...definitions.values()].flat().map((d) => d.from);
    const changes = [...new Set([...froms, ...calendarChanges])]
      .filter((t) => Number.isFinite(t))
      .sort((a, b) => a - b);
    const versions = [...definitions.values()];
    const escalates = versions.some((v) => v.some((d) => d.input.onBreach !== undefined));
    const always = versions.map((v) => (v.length === 1 && v[0]!.from === -Infinity ? v[0]! : null));
    const calendarOnly = new Set(calendarChanges.filter((t) => !froms.includes(t)));
    index = { ids: [...definitions.keys()], versions, always, changes, calendarOnly, escalates };
    indexes.set(definitions, index);
  }
  lastDefinitions = definitions;
  lastIndex = index;
  return index;
}

/** The version of definition `n` in effect at `t` (R20), or null before its first. */
export function versionAt(index: DefinitionIndex, n: number, t: number): CompiledDefinition | null {
  const versions = index.versions[n]!;
  if (versions.length === 1) return versions[0]!.from <= t ? versions[0]! : null;
  let found: CompiledDefinition | null = null;
  for (let k = 0; k < versions.length; k++) if (versions[k]!.from <= t) found = versions[k]!;
  return found;
}
