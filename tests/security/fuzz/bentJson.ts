// Bends a valid JSON document (a request body, a config file) in one of many ways: a field
// replaced, removed or added, the whole value random, cut short, bytes, prototype keys, deep
// nesting, past the size limit. Shared by the API, config and message fuzzers.
import fc from 'fast-check';
import { nastyValue, nested } from './nastyValues';

type Json = Record<string, unknown> | unknown[];

/** Percent-encodes, with lone surrogates (which a URL cannot carry) as U+FFFD. */
export function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** Every path into a JSON body, as key lists. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const out: string[][] = [];
  for (const [k, v] of Object.entries(value)) {
    out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function edit(
  body: Json,
  path: string[],
  change: (parent: Record<string, unknown>, key: string) => void,
): Json {
  const copy = structuredClone(body) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  change(at, path.at(-1)!);
  return copy;
}

export const bodyMutation = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'valid' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      pick: fc.nat(),
      value: nastyValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'status'),
        fc.string({ maxLength: 20 }),
      ),
      value: nastyValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      value: fc.jsonValue({ maxDepth: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      value: fc.string({ unit: 'binary', maxLength: 400 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bytes' as const),
      value: fc.uint8Array({ maxLength: 400 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.constantFrom(100, 5_000, 200_000),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const) }) },
);

export type BodyMutation = typeof bodyMutation extends fc.Arbitrary<infer T> ? T : never;

export function bendBody(
  body: string | Uint8Array<ArrayBuffer> | undefined,
  m: BodyMutation,
): { body?: string | Uint8Array<ArrayBuffer>; label: string } {
  const valid = typeof body === 'string' ? (JSON.parse(body) as Json) : null;
  switch (m.kind) {
    case 'valid':
      return { ...(body !== undefined ? { body } : {}), label: 'valid body' };
    case 'replace':
    case 'remove': {
      const paths = valid ? pathsOf(valid) : [];
      if (!valid || paths.length === 0)
        return {
          body: JSON.stringify(m.kind === 'replace' ? m.value : {}),
          label: `body ${m.kind}d whole`,
        };
      const path = paths[m.pick % paths.length]!;
      const bent = edit(valid, path, (parent, key) => {
        if (m.kind === 'replace') parent[key] = m.kind === 'replace' ? m.value : undefined;
        else if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
      return { body: JSON.stringify(bent), label: `${m.kind} ${path.join('.')}` };
    }
    case 'add': {
      const base = valid && !Array.isArray(valid) ? valid : {};
      const text = JSON.stringify(base);
      const extra = `${JSON.stringify(m.key)}:${JSON.stringify(m.value) ?? 'null'}`;
      return {
        body: text === '{}' ? `{${extra}}` : `${text.slice(0, -1)},${extra}}`,
        label: `add key ${JSON.stringify(m.key)}`,
      };
    }
    case 'json':
      return { body: JSON.stringify(m.value), label: 'random JSON body' };
    case 'text':
      return { body: m.value, label: 'random text body' };
    case 'cut': {
      const text = typeof body === 'string' ? body : '{"a":1}';
      return { body: text.slice(0, m.at % Math.max(1, text.length)), label: 'body cut short' };
    }
    case 'bytes':
      return { body: new Uint8Array(m.value), label: 'random bytes body' };
    case 'proto': {
      const text = typeof body === 'string' ? body : '{}';
      const inner = text.length > 2 ? `${text.slice(1, -1)},` : '';
      return {
        body: `{${inner}"__proto__":{"isAdmin":true,"role":"admin"},"constructor":{"prototype":{"polluted":1}}}`,
        label: 'prototype keys',
      };
    }
    case 'deep':
      return { body: nested(m.depth), label: `${m.depth} nested arrays` };
    case 'huge':
      return { body: JSON.stringify({ summary: 'x'.repeat(600 * 1024) }), label: '600 KiB body' };
  }
}
