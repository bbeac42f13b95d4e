// Builds the widget's files into widget/dist: one IIFE per loading stage. Vite inlines dynamic
// imports in IIFE builds (TOOLCHAIN.md), so each stage is its own build and the loader injects
// the later ones as <script> tags. Run: `npm run build -w widget`.
import { build, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { sharedRuntime } from './stages/sharedRuntime';

const root = fileURLToPath(new URL('.', import.meta.url));

export const widgetEntries = {
  'tierdesk-widget': 'loader/main.ts',
  'tierdesk-dialog': 'dialog/main.ts',
  'tierdesk-dialog-de': 'dialog/main.ts',
  'tierdesk-steps': 'steps/main.ts',
  'tierdesk-outbox': 'outbox/main.ts',
  'tierdesk-screenshot': 'screenshot/main.ts',
} as const;

/** Stage files that render inside the dialog and so use its Preact instead of their own copy. */
const usesDialogPreact = new Set<string>(['tierdesk-steps']);

/**
 * Maps `preact`, `preact/hooks` and `preact/jsx-runtime` to the dialog file's instance
 * (stages/sharedRuntime.ts), read from the stage registry when the later file runs.
 */
function dialogPreact(): Plugin {
  const prefix = '\0tierdesk-runtime:';
  return {
    name: 'tierdesk-dialog-preact',
    enforce: 'pre',
    resolveId(source) {
      return source in sharedRuntime ? prefix + source : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const module = id.slice(prefix.length) as keyof typeof sharedRuntime;
      const names = Object.keys(sharedRuntime[module]);
      return [
        `const m = window[Symbol.for('tierdesk.stages')].dialog.runtime[${JSON.stringify(module)}];`,
        ...names.map((n) => `export const ${n} = m.${n};`),
      ].join('\n');
    },
  };
}

/** Dialog files per language: the entry is the same, with that language's strings swapped in. */
const dialogLanguage: Record<string, string> = { 'tierdesk-dialog-de': 'dialogStringsDe.ts' };

function dialogStringsIn(file: string): Plugin {
  return {
    name: 'tierdesk-dialog-strings',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!/\/dialogStrings$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && resolved.id.replace(/dialogStrings\.ts$/, file);
    },
  };
}

export async function buildWidget(outDir = fileURLToPath(new URL('./dist/', import.meta.url))) {
  // Always production Preact: under a test runner (NODE_ENV=test) Vite would pick the JSX dev
  // runtime, a different and larger file than the one app owners get.
  process.env.NODE_ENV = 'production';
  let first = true;
  for (const [name, entry] of Object.entries(widgetEntries)) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [
        ...(usesDialogPreact.has(name) ? [dialogPreact()] : []),
        ...(dialogLanguage[name] ? [dialogStringsIn(dialogLanguage[name])] : []),
        preact({ devToolsEnabled: false, prefreshEnabled: false }),
      ],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: first,
        target: 'es2020',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: {
          entry,
          formats: ['iife'],
          name: name.replace(/-/g, '_'),
          fileName: () => `${name}.js`,
        },
      },
    });
    first = false;
  }
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWidget(process.argv[2]);
}
