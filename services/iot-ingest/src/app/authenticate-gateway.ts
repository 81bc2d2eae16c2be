// Gateway access to POST /v1/readings: `X-Api-Key: <key>`. The key's embedded id finds the
// gateway, the hash is compared in constant time. Rows are cached briefly so the hot path
// does not query per request; a rotated or revoked key stops working within the TTL.
import { apiKeyId, DomainError, verifyApiKey } from '@yiwang/service-kit';
import { gatewayByKeyId, type GatewayRow } from '../db/gateways.js';
import type { Deps } from '../deps.js';

const TTL_MS = 30_000;

/** Authenticates gateways. */
export type GatewayAuthenticator = (key: string | undefined) => Promise<GatewayRow>;

/** Makes the authenticator of this process (with its cache). */
export function makeGatewayAuthenticator(deps: Deps): GatewayAuthenticator {
  const cache = new Map<string, { row: GatewayRow | undefined; until: number }>();
  return async (key) => {
    const id = key === undefined ? undefined : apiKeyId(key);
    let row: GatewayRow | undefined;
    let entry: { row: GatewayRow | undefined; until: number } | undefined;
    if (id !== undefined) {
      const now = Date.now();
      entry = cache.get(id);
      if (entry === undefined || entry.until <= now) {
        entry = { row: await gatewayByKeyId(deps.database.db, id), until: now + TTL_MS };
        if (cache.size > 10_000) cache.clear();
        cache.set(id, entry);
      }
      row = entry.row;
    }
    if (key === undefined || row === undefined || !verifyApiKey(key, row.keyHash)) {
      throw new DomainError(
        'IOT.API_KEY_UNAUTHENTICATED',
        'Send the gateway API key in the X-Api-Key header.',
      );
    }
    return row;
  };
}
