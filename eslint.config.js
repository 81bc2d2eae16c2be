// One lint setup for the whole repository (STYLE.md rule 11). Packages run `eslint .` and this
// file is found from their folder; nothing is copied per package.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that do I/O: banned from a service's pure domain (STYLE.md rule 1). */
const ioModules = [
  'fastify',
  '@fastify/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'pg',
  'nats',
  '@nats-io/*',
  '@opentelemetry/*',
  'pino',
  'pino-*',
  'node:*',
  '@yiwang/bus',
  '@yiwang/service-kit',
  '@yiwang/testing',
];

/** Node built-ins imported without the `node:` prefix are I/O too. */
const nodeBuiltins = [
  'fs',
  'fs/*',
  'net',
  'http',
  'https',
  'child_process',
  'crypto',
  'os',
  'path',
  'dgram',
  'dns',
  'worker_threads',
  'timers',
  'process',
];

export default tseslint.config(
  {
    ignores: [
      'tests/conventions/fixtures/**',
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/.data/**',
      '**/drizzle/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
      ],
    },
  },
  {
    // Plain JavaScript (scripts, configs) runs on Node without type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    // The domain is pure: no I/O, no ambient environment, no clock, no random ids.
    files: ['**/services/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioModules, message: 'domain/ is pure: no I/O imports (STYLE.md rule 1).' },
            {
              group: nodeBuiltins,
              message: 'domain/ is pure: no Node built-ins (STYLE.md rule 1).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'domain/ never reads process.env; config comes in.',
        },
        { object: 'Math', property: 'random', message: 'domain/ takes ids from the command.' },
        { object: 'Date', property: 'now', message: 'domain/ takes the clock from the command.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'domain/ never touches process.' },
        { name: 'fetch', message: 'domain/ does no I/O.' },
        { name: 'crypto', message: 'domain/ takes ids from the command.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'domain/ takes the clock from the command.',
        },
      ],
    },
  },
);
