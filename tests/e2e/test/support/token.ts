// Bearer tokens for the services of a test hub: HS256 JWTs with the claims the kit verifies
// (`sub`, `dept`, `roles`, `regions`, issuer and audience `yiwang` by default), signed with
// node:crypto so the e2e package needs no JWT library.
import { createHmac } from 'node:crypto';

/** Who the token speaks for. */
export interface Claims {
  readonly sub?: string;
  readonly dept?: string;
  readonly roles: readonly string[];
  readonly regions?: readonly string[];
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** Signs a token valid for an hour. */
export function signToken(secret: string, claims: Claims, now = Date.now()): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const iat = Math.floor(now / 1000);
  const payload = b64url(
    JSON.stringify({
      sub: claims.sub ?? `${claims.roles[0] ?? 'user'}-e2e`,
      dept: claims.dept ?? 'bureau',
      roles: claims.roles,
      regions: claims.regions ?? ['330500'],
      iss: 'yiwang',
      aud: 'yiwang',
      iat,
      exp: iat + 3600,
    }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${b64url(signature)}`;
}
