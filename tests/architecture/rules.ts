// The dependency rules of DESIGN.md as data, and a checker that finds imports breaking them.
import { dirname, join, normalize, relative, sep } from 'node:path';

export type Part = 'core' | 'client' | 'ui' | 'widget' | 'extension' | 'hub' | 'tests' | 'bench';

/** Which of our parts each part may import (itself always allowed). */
export const allowedParts: Record<Part, readonly Part[]> = {
  core: [],
  client: ['core'],
  ui: ['core'],
  widget: ['core', 'client', 'ui'],
  extension: ['core', 'client', 'ui'],
  hub: ['core'],
  // tests and bench span parts by design; they drive the built products from outside.
  tests: ['core', 'client', 'ui', 'widget', 'extension', 'hub', 'bench'],
  bench: ['core', 'client', 'ui', 'widget', 'extension', 'hub', 'tests'],
};

/** Third-party packages a part's non-test sources may import (undefined: any). */
export const allowedPackages: Partial<Record<Part, readonly string[]>> = {
  core: ['zod'],
};

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/g;

/** Every module specifier a source file imports or re-exports. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(importPattern)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) found.push(spec);
  }
  return found;
}

export function partOf(repoPath: string): Part | undefined {
  const first = normalize(repoPath).split(sep)[0];
  return (Object.keys(allowedParts) as Part[]).find((p) => p === first);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isTestFile = (file: string) =>
  /\.test\.tsx?$/.test(file) || file.includes(`${sep}testing${sep}`);

/** Checks one file (path relative to the repository root) against the rules. */
export function checkFile(file: string, source: string): Violation[] {
  const from = partOf(file);
  if (!from) return [];
  const violations: Violation[] = [];
  for (const specifier of importsOf(source)) {
    let target: Part | undefined;
    if (specifier.startsWith('.')) {
      target = partOf(relative('.', join(dirname(file), specifier)));
      if (!target) {
        violations.push({ file, specifier, reason: 'reaches outside the parts of the repository' });
        continue;
      }
    } else if (specifier.startsWith('@tierdesk/')) {
      target = specifier.slice('@tierdesk/'.length).split('/')[0] as Part;
    } else {
      const allowed = allowedPackages[from];
      const name = packageName(specifier);
      if (allowed && !isTestFile(file) && !allowed.includes(name) && !name.startsWith('node:')) {
        violations.push({
          file,
          specifier,
          reason: `${from} may only depend on ${allowed.join(', ')}`,
        });
      }
      if (from === 'core' && !isTestFile(file) && name.startsWith('node:')) {
        violations.push({ file, specifier, reason: 'core is pure: no Node built-ins' });
      }
      continue;
    }
    if (target !== from && !allowedParts[from].includes(target)) {
      violations.push({ file, specifier, reason: `${from} must not import ${target}` });
    }
  }
  return violations;
}
