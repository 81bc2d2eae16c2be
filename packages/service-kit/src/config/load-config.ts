import { Kind, OptionalKind, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value, type ValueError } from '@sinclair/typebox/value';
import { ConfigError } from './config-error.js';
import { convertEnvValue } from './env-value.js';

/** A cross-variable check: returns a problem line, or `undefined` when satisfied. */
export type ConfigRule = (config: Record<string, unknown>, schema: TObject) => string | undefined;

/** Base rule: a service that declares both JWT key variables needs at least one of them. */
const jwtKeyRule: ConfigRule = (config, schema) =>
  'JWT_HS256_SECRET' in schema.properties &&
  'JWT_EDDSA_PUBLIC_KEYS' in schema.properties &&
  config['JWT_HS256_SECRET'] === undefined &&
  config['JWT_EDDSA_PUBLIC_KEYS'] === undefined
    ? 'JWT_HS256_SECRET / JWT_EDDSA_PUBLIC_KEYS: at least one must be set to verify bearer tokens'
    : undefined;

/** Base rule: a moved clock is a test device; a production process must run on real time. */
const clockFileRule: ConfigRule = (config) =>
  config['CLOCK_FILE'] !== undefined && config['NODE_ENV'] === 'production'
    ? 'CLOCK_FILE: must not be set when NODE_ENV=production (it moves the service clock, tests only)'
    : undefined;

/**
 * Reads the variables declared by `schema` from `env` (nothing else), converts numbers,
 * booleans and comma-separated lists, applies defaults and validates. Empty strings count as
 * unset. Throws one {@link ConfigError} listing every problem; values are never echoed, since
 * they may be secrets. This is the only place a service reads `process.env`.
 */
export function loadConfig<T extends TObject>(
  schema: T,
  env: Record<string, string | undefined> = process.env,
  rules: readonly ConfigRule[] = [jwtKeyRule, clockFileRule],
): Static<T> {
  const raw: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = convertEnvValue(property, value);
  }
  const config: unknown = Value.Default(schema, raw);
  const problems = new Map<string, string>();
  for (const error of Value.Errors(schema, config)) {
    const name = error.path.split('/')[1] ?? error.path;
    if (!problems.has(name)) problems.set(name, `${name}: ${describe(error, raw[name])}`);
  }
  for (const rule of rules) {
    const problem = rule(config as Record<string, unknown>, schema);
    if (problem !== undefined) problems.set(problem, problem);
  }
  if (problems.size > 0) throw new ConfigError([...problems.values()]);
  return config as Static<T>;
}

function describe(error: ValueError, value: unknown): string {
  const property = error.schema;
  const hint = typeof property.description === 'string' ? ` (${property.description})` : '';
  if (value === undefined && error.path.split('/').length === 2 && !(OptionalKind in property)) {
    return `is required but not set${hint}`;
  }
  if (property[Kind] === 'Union' && Array.isArray(property.anyOf)) {
    const options = (property.anyOf as TSchema[]).map((option) => String(option.const));
    return `must be one of ${options.join(', ')}`;
  }
  return `${error.message.replace(/^Expected/, 'expected')}${hint}`;
}
