import { Type, type Static } from '@sinclair/typebox';

/**
 * The bearer-token variables, part of {@link BaseServiceConfig} and read alone by the
 * `yiwang-token` CLI. Issuer and audience are always checked; at least one key must be set.
 */
export const JwtConfig = Type.Object({
  JWT_ISSUER: Type.String({
    minLength: 1,
    default: 'yiwang',
    description: 'required `iss` of bearer tokens',
  }),
  JWT_AUDIENCE: Type.String({
    minLength: 1,
    default: 'yiwang',
    description: 'required `aud` of bearer tokens',
  }),
  JWT_HS256_SECRET: Type.Optional(
    Type.String({ minLength: 32, description: 'shared HS256 secret, at least 32 characters' }),
  ),
  JWT_EDDSA_PUBLIC_KEYS: Type.Optional(
    Type.String({
      pattern: '-----BEGIN PUBLIC KEY-----',
      description: 'Ed25519 SPKI PEM block(s); "\\n" escapes allowed',
    }),
  ),
  JWT_CLOCK_TOLERANCE_S: Type.Integer({
    minimum: 0,
    maximum: 300,
    default: 5,
    description: 'allowed clock skew for exp/nbf',
  }),
});

/** The loaded bearer-token settings. */
export type JwtConfig = Static<typeof JwtConfig>;
