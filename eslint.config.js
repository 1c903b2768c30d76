// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Import boundaries from docs/ARCHITECTURE.md. `no-restricted-imports` matches `import type` too,
 * so type-only imports cannot leak through a boundary.
 */
const ours = ['domain', 'store', 'analytics', 'evidence', 'io', 'render', 'api'];
/** @param {string[]} allowed */
const onlyImport = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            ...ours.filter((p) => !allowed.includes(p)).map((p) => `@waymark/${p}`),
            ...ours.filter((p) => !allowed.includes(p)).map((p) => `@waymark/${p}/*`),
            '@waymark/server',
            '@waymark/web',
            'waymark',
            '**/packages/*',
            '**/apps/*',
          ],
          message: 'This import crosses a layer boundary (see docs/ARCHITECTURE.md).',
        },
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.waymark/**', 'test-results/**', 'bench/data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['packages/domain/**'], rules: onlyImport([]) },
  { files: ['packages/store/**'], rules: onlyImport(['domain']) },
  { files: ['packages/analytics/**'], rules: onlyImport(['domain']) },
  { files: ['packages/evidence/**'], rules: onlyImport(['domain']) },
  { files: ['packages/io/**'], rules: onlyImport(['domain']) },
  { files: ['packages/render/**'], rules: onlyImport(['domain']) },
  { files: ['packages/api/**'], rules: onlyImport(['domain']) },
  { files: ['apps/web/**'], rules: onlyImport(['domain', 'api', 'render']) },
);
