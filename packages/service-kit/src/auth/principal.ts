import { Type, type Static } from '@sinclair/typebox';

/**
 * The claims every bureau token carries besides the registered ones (`iss`, `aud`, `exp`):
 * who (`sub`), which department (`dept`), what they may do (`roles`) and where
 * (`regions`, 6-digit GB/T 2260 codes). Extra claims are allowed and ignored.
 */
export const TokenClaims = Type.Object({
  sub: Type.String({ minLength: 1 }),
  dept: Type.String({ minLength: 1 }),
  roles: Type.Array(Type.String({ minLength: 1 })),
  regions: Type.Array(Type.String({ pattern: '^[0-9]{6}$' })),
});

/** The authenticated caller of a request, as taken from a verified token. */
export type Principal = Readonly<Static<typeof TokenClaims>>;
