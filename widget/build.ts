// Builds the widget's files into widget/dist: one IIFE per loading stage. Vite inlines dynamic
// imports in IIFE builds (TOOLCHAIN.md), so each stage is its own build and the loader injects
// the later ones as <script> tags. Run: `npm run build -w widget`.
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export const widgetEntries = {
  'tierdesk-widget': 'loader/main.ts',
  'tierdesk-dialog': 'dialog/main.ts',
  'tierdesk-services': 'services/main.ts',
  'tierdesk-outbox': 'outbox/main.ts',
  'tierdesk-screenshot': 'screenshot/main.ts',
} as const;

export async function buildWidget(outDir = fileURLToPath(new URL('./dist/', import.meta.url))) {
  let first = true;
  for (const [name, entry] of Object.entries(widgetEntries)) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
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
