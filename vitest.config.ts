// One Vitest project per part; `tests/` holds only what spans parts (architecture, e2e, budgets).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', root: 'core', environment: 'node' } },
      { test: { name: 'client', root: 'client', environment: 'happy-dom' } },
      { test: { name: 'ui', root: 'ui', environment: 'happy-dom' } },
      { test: { name: 'widget', root: 'widget', environment: 'happy-dom' } },
      { test: { name: 'hub', root: 'hub', environment: 'node', testTimeout: 20_000 } },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'tests',
          root: 'tests',
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
