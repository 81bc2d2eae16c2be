// The identity vault: AES-256-GCM envelope encryption (NIST SP 800-38D). Each report gets a
// fresh 256-bit data key that encrypts the reporter's identity and own words; the data key is
// itself encrypted ("wrapped") by a master key from config, named by a key id so master keys can
// rotate: new reports use the active key, old ones stay readable while their kid is configured,
// and `rewrap` moves them to the active key. The report id is bound in as additional
// authenticated data, so a sealed blob copied onto another report does not open.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { randomBytesPooled as randomBytes } from './random-pool.js';

/** What the vault keeps for a report. Never logged, never in events. */
export interface SealedIdentity {
  readonly reporter?: {
    readonly name: string;
    readonly phone?: string | undefined;
    readonly idNumber?: string | undefined;
    readonly email?: string | undefined;
    readonly employee: boolean;
  };
  /** The reporter's own words. */
  readonly description: string;
}

export interface SealedBox {
  readonly kid: string;
  readonly wrappedKey: Buffer;
  readonly sealed: Buffer;
}

export interface Vault {
  readonly activeKid: string;
  seal(reportId: string, identity: SealedIdentity): SealedBox;
  open(reportId: string, box: SealedBox): SealedIdentity;
  /** Encrypts a small secret directly under the active master key (idempotent answers). */
  sealSecret(context: string, secret: string): { kid: string; sealed: Buffer };
  openSecret(context: string, kid: string, sealed: Buffer): string;
  /** The same data key, wrapped again under the active master key. */
  rewrap(reportId: string, box: SealedBox): SealedBox;
}

/** Builds the vault from `kid:base64` master keys; throws on a malformed or missing key. */
export function makeVault(keys: readonly string[], activeKid?: string): Vault {
  const masters = new Map<string, Buffer>();
  for (const entry of keys) {
    const [kid = '', material = ''] = entry.split(':');
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new Error(`vault key ${kid} is not 32 bytes of base64`);
    masters.set(kid, key);
  }
  const active = activeKid ?? [...masters.keys()][0];
  if (active === undefined || !masters.has(active)) {
    throw new Error(`vault active key id ${String(active)} is not among the configured keys`);
  }
  const master = (kid: string): Buffer => {
    const key = masters.get(kid);
    if (key === undefined) throw new Error(`vault key ${kid} is not configured`);
    return key;
  };
  const unwrap = (reportId: string, box: SealedBox) =>
    decrypt(master(box.kid), box.wrappedKey, `dek:${reportId}`);
  return {
    activeKid: active,
    seal(reportId, identity) {
      const dataKey = randomBytes(32);
      const sealed = encrypt(
        dataKey,
        Buffer.from(JSON.stringify(identity)),
        `identity:${reportId}`,
      );
      return {
        kid: active,
        wrappedKey: encrypt(master(active), dataKey, `dek:${reportId}`),
        sealed,
      };
    },
    open(reportId, box) {
      const plain = decrypt(unwrap(reportId, box), box.sealed, `identity:${reportId}`);
      return JSON.parse(plain.toString('utf8')) as SealedIdentity;
    },
    sealSecret: (context, secret) => ({
      kid: active,
      sealed: encrypt(master(active), Buffer.from(secret), `secret:${context}`),
    }),
    openSecret: (context, kid, sealed) =>
      decrypt(master(kid), sealed, `secret:${context}`).toString('utf8'),
    rewrap: (reportId, box) => ({
      kid: active,
      wrappedKey: encrypt(master(active), unwrap(reportId, box), `dek:${reportId}`),
      sealed: box.sealed,
    }),
  };
}

/** iv (12) ‖ tag (16) ‖ ciphertext. */
function encrypt(key: Buffer, plain: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function decrypt(key: Buffer, box: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(box.subarray(12, 28));
  return Buffer.concat([decipher.update(box.subarray(28)), decipher.final()]);
}
