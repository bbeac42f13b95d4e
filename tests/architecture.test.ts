// Architecture: imports go one way, core stays pure and compiles without the DOM, and every
// core module has a test beside it (STYLE.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from './architecture/rules';
import { sourceFiles } from './architecture/files';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = sourceFiles(root);

describe('the dependency rules', () => {
  it('hold for every source file in the repository', () => {
    const violations = files.flatMap((f) => checkFile(f, readFileSync(root + f, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('catch core importing any other part or package', () => {
    expect(checkFile('core/x.ts', "import { a } from '../hub/server';")).toHaveLength(1);
    expect(checkFile('core/x.ts', "import { a } from '@tierdesk/client';")).toHaveLength(1);
    expect(checkFile('core/x.ts', "import { h } from 'preact';")).toHaveLength(1);
    expect(checkFile('core/x.ts', "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(checkFile('core/x.ts', "const m = await import('../ui/form');")).toHaveLength(1);
    expect(checkFile('core/x.ts', "import { z } from 'zod/mini';")).toEqual([]);
  });

  it('catch imports of widget, extension or hub from another part', () => {
    expect(checkFile('extension/a.ts', "import '../widget/loader';")).toHaveLength(1);
    expect(checkFile('widget/a.ts', "export { x } from '../extension/y';")).toHaveLength(1);
    expect(checkFile('client/a.ts', "import { x } from '../hub/y';")).toHaveLength(1);
    expect(checkFile('ui/a.ts', "import { x } from '../client/y';")).toHaveLength(1);
    expect(checkFile('widget/a.ts', "import { x } from '../client/y';")).toEqual([]);
  });
});

describe('core', () => {
  const coreSources = files.filter(
    (f) => f.startsWith('core/') && !/\.test\.ts$/.test(f) && !f.includes('/testing/'),
  );

  it('has a test beside every source module', () => {
    const untested = coreSources.filter((f) => {
      if (f.endsWith('/index.ts')) return false; // re-export barrels
      return !existsSync(root + f.replace(/\.ts$/, '.test.ts'));
    });
    expect(untested).toEqual([]);
  });

  it('compiles without DOM types', () => {
    const config = JSON.parse(readFileSync(root + 'core/tsconfig.json', 'utf8'));
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
    expect(config.compilerOptions.types).toEqual([]);
    // The real compile: any use of window, document or fetch fails here.
    execFileSync(
      process.execPath,
      [
        root + 'node_modules/typescript/bin/tsc',
        '-p',
        root + 'core',
        '--noEmit',
        '--composite',
        'false',
        '--emitDeclarationOnly',
        'false',
      ],
      { stdio: 'pipe' },
    );
  }, 120_000);
});
