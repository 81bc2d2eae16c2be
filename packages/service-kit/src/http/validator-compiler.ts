import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<
    NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
  >['buildValidator']
>;

/** Ajv settings shared by every part: report each failing field, never drop unknown ones. */
const common = { allErrors: true, removeAdditional: false, useDefaults: true } as const;

/**
 * Two Ajv instances: request bodies are validated without type coercion (a JSON `"5"` is not
 * the number 5), while querystring, params and headers, which are strings on the wire, are
 * coerced (`?limit=10` → 10). `removeAdditional: false` makes `additionalProperties: false`
 * reject extra fields instead of silently stripping them. `allErrors` costs a little CPU on
 * hostile input, which the body size and depth limits bound.
 */
export function validatorFactory(): ValidatorFactory {
  const pool = AjvCompiler();
  return (externalSchemas, options) => {
    const { plugins, onCreate } = options ?? {};
    const body = pool(externalSchemas, {
      plugins,
      onCreate,
      customOptions: { ...common, coerceTypes: false },
    });
    const other = pool(externalSchemas, {
      plugins,
      onCreate,
      customOptions: { ...common, coerceTypes: 'array' },
    });
    return (route) => (route.httpPart === 'body' ? body(route) : other(route));
  };
}
