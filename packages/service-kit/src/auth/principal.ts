import { Type, type Static } from '@sinclair/typebox';

/**
 * A token subject must be an id as events record actors (`ID_PATTERN` of the contracts'
 * envelope): a subject like an e-mail address would be accepted here and then fail every
 * write whose event names its actor. Identity providers map their subjects to such ids.
 */
const SUBJECT_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$';

/**
 * The claims every bureau token carries besides the registered ones (`iss`, `aud`, `exp`):
 * who (`sub`), which department (`dept`), what they may do (`roles`) and where
 * (`regions`, 6-digit GB/T 2260 codes). Extra claims are allowed and ignored.
 */
export const TokenClaims = Type.Object({
  sub: Type.String({ pattern: SUBJECT_PATTERN }),
  dept: Type.String({ minLength: 1 }),
  roles: Type.Array(Type.String({ minLength: 1 })),
  regions: Type.Array(Type.String({ pattern: '^[0-9]{6}$' })),
});

/** The authenticated caller of a request, as taken from a verified token. */
export type Principal = Readonly<Static<typeof TokenClaims>>;
