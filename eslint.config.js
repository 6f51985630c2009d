// Lint rules, including DESIGN.md's import layers:
// entries -> app/adapters/ports; app -> core/ports; adapters -> ports + SDKs; core is pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const SDKS = ['@actions/*', '@octokit/*'];
const NODE_SIDE_EFFECTS = [
  'fs', 'fs/*', 'node:fs', 'node:fs/*', 'child_process', 'node:child_process',
  'http', 'https', 'node:http', 'node:https', 'net', 'node:net', 'node:readline',
];

function restrict(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', '.mltrain/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.js', 'bench/**', 'scripts/**', 'test/**'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/app/**', '**/ports/**', '**/adapters/**', '**/action/**', '**/cli/**', ...SDKS, ...NODE_SIDE_EFFECTS],
        'src/core is pure: no app, ports, adapters, SDKs, file system, processes or network (DESIGN.md).',
      ),
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'src/core reads no environment.' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/tune/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/models/**', '**/data/**', '**/evaluate/**', '**/app/**', '**/ports/**', '**/adapters/**', ...SDKS, ...NODE_SIDE_EFFECTS],
        'src/core/tune is a generic optimizer: it knows nothing about models, data or metrics (DESIGN.md).',
      ),
    },
  },
  {
    files: ['src/core/evaluate/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/models/**', '**/app/**', '**/ports/**', '**/adapters/**', ...SDKS, ...NODE_SIDE_EFFECTS],
        'src/core/evaluate works on arrays, not model objects (DESIGN.md).',
      ),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/adapters/**', '**/action/**', '**/cli/**', ...SDKS],
        'src/app orchestrates over ports: no adapters or SDK imports (DESIGN.md).',
      ),
    },
  },
  {
    files: ['src/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/app/**', '**/adapters/**', '**/action/**', '**/cli/**', ...SDKS],
        'ports are interfaces only.',
      ),
    },
  },
  {
    // Worker-thread entries (bundled beside dist/index.js): they train, so no SDKs, CLI or action code.
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['**/action/**', '**/cli/**', ...SDKS], 'worker threads train models: no Actions toolkit, Octokit, CLI or action code.'),
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/lib.ts'],
    rules: {
      'no-restricted-imports': restrict(['@actions/*'], 'the CLI and the library never load the Actions toolkit; it lives in src/action and src/adapters.'),
    },
  },
);
