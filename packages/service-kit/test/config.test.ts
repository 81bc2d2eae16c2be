import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { BaseServiceConfig, ConfigError, loadConfig } from '../src/index.js';
import { ExampleConfig } from './fixtures/example-config.js';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/example',
  JWT_HS256_SECRET: 'a-secret-that-is-long-enough-0123456789',
};

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('converts strings, splits lists and applies defaults', () => {
    const config = loadConfig(ExampleConfig, {
      ...valid,
      PORT: '8080',
      LOG_REDACT: 'a.b, c ,',
      EXAMPLE_MAX_ITEMS: '7',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      LOG_REDACT: ['a.b', 'c'],
      NATS_URL: 'nats://127.0.0.1:4222',
      JWT_ISSUER: 'yiwang',
      JWT_AUDIENCE: 'yiwang',
      BODY_LIMIT_BYTES: 1_048_576,
      JSON_MAX_DEPTH: 32,
      SHUTDOWN_TIMEOUT_MS: 10_000,
      EXAMPLE_MAX_ITEMS: 7,
    });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('reports every problem at once, one line per variable, without echoing values', () => {
    const problems = problemsOf(() =>
      loadConfig(ExampleConfig, {
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        BODY_LIMIT_BYTES: '5.5',
        JWT_HS256_SECRET: 'short-secret',
        EXAMPLE_MAX_ITEMS: '0',
        NATS_URL: 'http://wrong',
      }),
    );
    const names = problems.map((line) => line.split(':')[0]);
    expect(names.sort()).toEqual(
      [
        'BODY_LIMIT_BYTES',
        'DATABASE_URL',
        'EXAMPLE_MAX_ITEMS',
        'JWT_HS256_SECRET',
        'LOG_LEVEL',
        'NATS_URL',
        'PORT',
      ].sort(),
    );
    expect(problems.find((line) => line.startsWith('DATABASE_URL'))).toMatch(
      /required but not set/,
    );
    expect(problems.find((line) => line.startsWith('LOG_LEVEL'))).toMatch(
      /one of fatal, error, warn, info/,
    );
    expect(problems.join('\n')).not.toContain('short-secret');
    const error = new ConfigError(problems);
    expect(error.message.split('\n')).toHaveLength(problems.length + 1);
  });

  it('treats empty strings as unset and ignores variables the schema does not declare', () => {
    const problems = problemsOf(() =>
      loadConfig(BaseServiceConfig, { ...valid, DATABASE_URL: '', UNRELATED: 'x' }),
    );
    expect(problems).toEqual([expect.stringMatching(/^DATABASE_URL: is required/)]);
    expect(loadConfig(BaseServiceConfig, { ...valid, UNRELATED: 'x' })).not.toHaveProperty(
      'UNRELATED',
    );
  });

  it('converts strictly: no truncated or hexadecimal numbers', () => {
    for (const PORT of ['80.5', '0x50', '80abc', '99999']) {
      expect(problemsOf(() => loadConfig(BaseServiceConfig, { ...valid, PORT }))).toEqual([
        expect.stringMatching(/^PORT: /),
      ]);
    }
    const Flags = Type.Object({ ENABLED: Type.Boolean(), RATIO: Type.Number() });
    expect(loadConfig(Flags, { ENABLED: 'TRUE', RATIO: '0.25' })).toEqual({
      ENABLED: true,
      RATIO: 0.25,
    });
    expect(loadConfig(Flags, { ENABLED: '0', RATIO: '1e3' })).toEqual({
      ENABLED: false,
      RATIO: 1000,
    });
    expect(problemsOf(() => loadConfig(Flags, { ENABLED: 'yes', RATIO: 'half' }))).toHaveLength(2);
  });

  it('requires at least one JWT verification key', () => {
    const problems = problemsOf(() =>
      loadConfig(BaseServiceConfig, { DATABASE_URL: valid.DATABASE_URL }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^JWT_HS256_SECRET \/ JWT_EDDSA_PUBLIC_KEYS: at least one/),
    ]);
  });
});
