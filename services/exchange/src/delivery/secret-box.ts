// Webhook secrets must be readable by the signer (Standard Webhooks uses HMAC, a shared
// secret), so they are sealed, not hashed: AES-256-GCM under a key derived from
// EXCHANGE_SECRETS_KEY. Without a key they are stored as `plain:` (development only).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Seals and opens secrets at rest. */
export interface SecretBox {
  seal(secret: string): string;
  open(sealed: string): string;
}

/** A box for the configured key, or a pass-through one when there is none. */
export function makeSecretBox(keyText: string | undefined): SecretBox {
  const key =
    keyText === undefined ? undefined : createHash('sha256').update(keyText, 'utf8').digest();
  return {
    seal(secret) {
      if (key === undefined) return `plain:${secret}`;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return ['gcm1', iv, cipher.getAuthTag(), body].map(encode).join(':');
    },
    open(sealed) {
      if (sealed.startsWith('plain:')) return sealed.slice('plain:'.length);
      const [tag, iv, auth, body] = sealed.split(':');
      if (key === undefined || tag !== 'gcm1' || !iv || !auth || !body) {
        throw new Error('cannot open a sealed webhook secret: EXCHANGE_SECRETS_KEY is missing');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(auth, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
