// Validators for the published JSON schemas vendored in tests/infra/schemas (see its README).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const draft7 = require('ajv/dist/refs/json-schema-draft-07.json') as { $id: string };
const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * Ajv for third-party schemas. `strict: false`: they carry annotations Ajv's strict mode rejects
 * (`deprecated`, `x-kubernetes-*`); strictness about our documents comes from the schemas' own
 * `additionalProperties: false`. `validateFormats: false`: the Kubernetes ones use OpenAPI
 * formats (`int32`, `byte`) that are not JSON Schema formats. The Compose schema names draft-07
 * by its https URI, which Ajv knows only as http (the Kubernetes ones' unversioned
 * `http://json-schema.org/schema#` already resolves to Ajv's default, draft-07).
 */
function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addMetaSchema({ ...draft7, $id: 'https://json-schema.org/draft-07/schema' });
  return ajv;
}

const ajv = makeAjv();
const compiled = new Map<string, ValidateFunction>();

/** A validator for `schemas/<file>`, compiled once (Ajv refuses a schema id twice). */
export async function schemaValidator(file: string): Promise<ValidateFunction> {
  const known = compiled.get(file);
  if (known) return known;
  const schema = JSON.parse(await readFile(`${schemasDir}${file}`, 'utf8')) as object;
  const validate = ajv.compile(schema);
  compiled.set(file, validate);
  return validate;
}

/** The errors of the last validation as `path message` lines, for readable failures. */
export function errorLines(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
