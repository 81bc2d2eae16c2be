import { SignJWT, importPKCS8 } from 'jose';
import type { Principal } from './principal.js';

/** How to sign: the shared HS256 secret, or an Ed25519 private key (PKCS#8 PEM). */
export type SigningKey =
  | { readonly alg: 'HS256'; readonly secret: string }
  | { readonly alg: 'EdDSA'; readonly privateKeyPem: string };

/** Options of {@link mintToken}. */
export interface MintOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly key: SigningKey;
  /** Lifetime as seconds or a jose time span (`'15m'`, `'1h'`, `'7d'`); default `'1h'`. */
  readonly ttl?: string | number;
}

/**
 * Signs a bureau token for local use and tests (the production issuer is the identity
 * provider). It carries exactly the claims `createTokenVerifier` expects.
 */
export async function mintToken(claims: Principal, options: MintOptions): Promise<string> {
  const key =
    options.key.alg === 'HS256'
      ? new TextEncoder().encode(options.key.secret)
      : await importPKCS8(options.key.privateKeyPem.replaceAll('\\n', '\n'), 'EdDSA');
  const ttl = options.ttl ?? '1h';
  return new SignJWT({ dept: claims.dept, roles: [...claims.roles], regions: [...claims.regions] })
    .setProtectedHeader({ alg: options.key.alg, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(typeof ttl === 'number' ? Math.floor(Date.now() / 1000) + ttl : ttl)
    .sign(key);
}
