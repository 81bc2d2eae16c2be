// Gateway access to POST /v1/readings: `X-Api-Key: <key>`. The key's embedded id finds the
// gateway, the hash is compared in constant time. Rows are cached briefly so the hot path
// does not query per request; a rotated or revoked key stops working within the TTL. The key
// that last verified against a cached row is kept with it: a gateway's next requests are
// compared with it in constant time instead of hashing the key again (SHA-256 on every
// single-reading POST), and it expires with the row.
import { timingSafeEqual } from 'node:crypto';
import { apiKeyId, DomainError, verifyApiKey } from '@yiwang/service-kit';
import { gatewayByKeyId, type GatewayRow } from '../db/gateways.js';
import type { Deps } from '../deps.js';

const TTL_MS = 30_000;

/** Authenticates gateways. */
export type GatewayAuthenticator = (key: string | undefined) => Promise<GatewayRow>;

interface CacheEntry {
  readonly row: GatewayRow | undefined;
  readonly until: number;
  /** The key that verified against `row.keyHash`. */
  verified?: Buffer;
}

/** Makes the authenticator of this process (with its cache). */
export function makeGatewayAuthenticator(deps: Deps): GatewayAuthenticator {
  const cache = new Map<string, CacheEntry>();
  const cached = (id: string) => {
    const entry = cache.get(id);
    return entry !== undefined && entry.until > Date.now() ? entry : undefined;
  };
  const load = async (id: string): Promise<CacheEntry> => {
    const entry = { row: await gatewayByKeyId(deps.database.db, id), until: Date.now() + TTL_MS };
    if (cache.size > 10_000) cache.clear();
    cache.set(id, entry);
    return entry;
  };
  return async (key) => {
    const id = key === undefined ? undefined : apiKeyId(key);
    // A cache hit stays synchronous: no extra promise per request.
    const entry = id === undefined ? undefined : (cached(id) ?? (await load(id)));
    const row = entry?.row;
    if (key === undefined || entry === undefined || row === undefined || !verify(key, entry, row)) {
      throw new DomainError(
        'IOT.API_KEY_UNAUTHENTICATED',
        'Send the gateway API key in the X-Api-Key header.',
      );
    }
    return row;
  };
}

/** Whether `key` is `row`'s: the key verified before, else by its hash (then remembered). */
function verify(key: string, entry: CacheEntry, row: GatewayRow): boolean {
  const presented = Buffer.from(key);
  if (entry.verified !== undefined) {
    return presented.length === entry.verified.length && timingSafeEqual(presented, entry.verified);
  }
  if (!verifyApiKey(key, row.keyHash)) return false;
  entry.verified = presented;
  return true;
}
