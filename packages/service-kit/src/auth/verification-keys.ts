import { importSPKI, type CryptoKey } from 'jose';
import { ConfigError } from '../config/config-error.js';

/** Keys a {@link TokenVerifier} accepts, by algorithm. */
export interface VerificationKeys {
  readonly hs256: Uint8Array | undefined;
  readonly eddsa: readonly CryptoKey[];
}

const pemBlock = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

/**
 * Imports the configured keys: the HS256 secret as UTF-8 bytes and every Ed25519 SPKI PEM
 * block in `eddsaPem` (several blocks allow key rotation; `\n` escapes are accepted because
 * many env files cannot hold newlines). A block that is not an Ed25519 key is a ConfigError.
 */
export async function importVerificationKeys(
  hs256Secret: string | undefined,
  eddsaPem: string | undefined,
): Promise<VerificationKeys> {
  const blocks = (eddsaPem ?? '').replaceAll('\\n', '\n').match(pemBlock) ?? [];
  const eddsa: CryptoKey[] = [];
  const problems: string[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      eddsa.push(await importSPKI(block, 'EdDSA'));
    } catch (error) {
      problems.push(
        `JWT_EDDSA_PUBLIC_KEYS: block ${index + 1} is not an Ed25519 public key (${String(error)})`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const hs256 = hs256Secret === undefined ? undefined : new TextEncoder().encode(hs256Secret);
  if (hs256 === undefined && eddsa.length === 0) {
    throw new ConfigError([
      'JWT_HS256_SECRET / JWT_EDDSA_PUBLIC_KEYS: no verification key configured',
    ]);
  }
  return { hs256, eddsa };
}
