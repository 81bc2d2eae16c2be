// The shared lint setup must fail on what STYLE.md forbids: I/O and ambient state in a
// service's domain/, and floating promises anywhere.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (file: string) =>
  fileURLToPath(new URL(`../fixtures/services/demo/src/${file}`, import.meta.url));

let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  // ignore: false lints the fixtures, which the repository's own lint run skips.
  const eslint = new ESLint({ cwd: root, ignore: false });
  const files = ['domain/does-io.ts', 'domain/ambient.ts', 'domain/pure.ts', 'app/floating.ts'];
  const linted = await eslint.lintFiles(files.map(fixture));
  results = new Map(linted.map((r) => [r.filePath, r]));
});

const messages = (file: string) => results.get(fixture(file))?.messages ?? [];
const lines = (file: string, rule: string) =>
  messages(file)
    .filter((m) => m.ruleId === rule)
    .map((m) => m.line);

describe('domain/ purity', () => {
  it('rejects every I/O import: node built-ins, fastify, drizzle, nats, otel, pino', () => {
    expect(lines('domain/does-io.ts', 'no-restricted-imports')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects process.env, the clock and random ids', () => {
    const found = messages('domain/ambient.ts').map((m) => `${m.line}:${m.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '1:no-restricted-properties',
        '2:no-restricted-syntax',
        '3:no-restricted-properties',
        '4:no-restricted-properties',
      ]),
    );
  });

  it('lets pure code through, including a Date built from a given value', () => {
    expect(messages('domain/pure.ts')).toEqual([]);
  });
});

describe('promises', () => {
  it('fails on a floating promise and accepts an awaited one', () => {
    expect(lines('app/floating.ts', '@typescript-eslint/no-floating-promises')).toEqual([4]);
  });
});
