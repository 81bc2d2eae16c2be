import { Value } from '@sinclair/typebox/value';
import { decodeProtectedHeader, errors, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import type { JwtConfig } from '../config/jwt-config.js';
import { UnauthenticatedError } from '../errors/kit-errors.js';
import { TokenClaims, type Principal } from './principal.js';
import { importVerificationKeys } from './verification-keys.js';

/** Verifies bearer tokens and returns who the caller is. */
export interface TokenVerifier {
  /** Resolves to the principal, or rejects with {@link UnauthenticatedError} (`reason: 'invalid'`). */
  readonly verify: (token: string) => Promise<Principal>;
}

/**
 * A verifier for HS256 and EdDSA (Ed25519) JWTs. The algorithm is taken from an allow-list
 * per configured key, never from the token alone, so `alg: none` and algorithm-confusion
 * tokens fail (RFC 8725 §3.1). `iss`, `aud` and `exp` are required and checked; with several
 * EdDSA keys each is tried, which allows rotation without `kid` bookkeeping.
 */
export async function createTokenVerifier(config: JwtConfig): Promise<TokenVerifier> {
  const keys = await importVerificationKeys(config.JWT_HS256_SECRET, config.JWT_EDDSA_PUBLIC_KEYS);
  const options = {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    clockTolerance: config.JWT_CLOCK_TOLERANCE_S,
    requiredClaims: ['exp', 'sub'],
  };
  const candidates = (alg: string | undefined): readonly (CryptoKey | Uint8Array)[] => {
    if (alg === 'HS256') return keys.hs256 === undefined ? [] : [keys.hs256];
    if (alg === 'EdDSA' || alg === 'Ed25519') return keys.eddsa;
    return [];
  };
  return {
    async verify(token) {
      let alg: string | undefined;
      try {
        alg = decodeProtectedHeader(token).alg;
      } catch (error) {
        throw invalid('The token is malformed.', error);
      }
      let lastError: unknown = new Error(`algorithm ${String(alg)} is not accepted`);
      for (const key of candidates(alg)) {
        try {
          const { payload } = await jwtVerify(token, key, {
            ...options,
            algorithms: [alg as string],
          });
          return toPrincipal(payload);
        } catch (error) {
          if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw rejection(error);
          lastError = error;
        }
      }
      throw invalid('The token is invalid.', lastError);
    },
  };
}

function toPrincipal(payload: JWTPayload): Principal {
  if (!Value.Check(TokenClaims, payload)) {
    throw invalid(
      'The token lacks the sub, dept, roles or regions claims, or its subject is not an id.',
      undefined,
    );
  }
  return { sub: payload.sub, dept: payload.dept, roles: payload.roles, regions: payload.regions };
}

function rejection(error: unknown): UnauthenticatedError {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof errors.JWTExpired) return invalid('The token has expired.', error);
  return invalid('The token is invalid.', error);
}

function invalid(detail: string, cause: unknown): UnauthenticatedError {
  return new UnauthenticatedError('invalid', detail, { cause });
}
