import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// shared/ is pure domain code used by both sides: it must never reach for Node, Electron or the DOM.
const impureModules = ['electron', 'better-sqlite3', 'react-dom', 'fs', 'path', 'os', 'child_process', 'http', 'url', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: impureModules.map((name) => ({ name, message: 'shared/ is pure: no Node, Electron or DOM modules.' })),
        patterns: [{ group: ['node:*', 'electron/*', 'react-dom/*'], message: 'shared/ is pure: no Node, Electron or DOM modules.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3', 'fs', 'path'].map((name) => ({ name, message: 'The renderer never sees Node; use the typed client.' })),
        // `**/electron/**` catches electron/ at any depth (../electron/…, ../../../electron/…); the bare
        // 'electron' package is in `paths` above.
        patterns: [{ group: ['node:*', '**/electron', '**/electron/**'], message: 'The renderer never sees Node; use the typed client.' }],
      }],
    },
  },
);
