// Lint rules for the whole repository; fast (no type information) so `npm run check` stays quick.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tsbuild/**',
      '.output/**',
      '.wxt/**',
      '.tierdesk/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // core is pure: no clock, no randomness, no I/O (time and randomness are passed in).
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core is pure: pass the world in.' },
        { name: 'document', message: 'core is pure: pass the world in.' },
        { name: 'fetch', message: 'core is pure: no network.' },
        { name: 'localStorage', message: 'core is pure: no storage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core takes `now` as an argument.' },
        { object: 'Math', property: 'random', message: 'core takes randomness as an argument.' },
      ],
    },
  },
);
