// Gateways: registration and lookup by the id embedded in their API key.
import { eq } from 'drizzle-orm';
import { gateways } from './tables.js';
import type { Executor } from './types.js';

/** One gateway row. */
export type GatewayRow = typeof gateways.$inferSelect;

/** Inserts a gateway; false when the id exists already. */
export async function insertGateway(db: Executor, row: GatewayRow): Promise<boolean> {
  const rows = await db
    .insert(gateways)
    .values(row)
    .onConflictDoNothing({ target: gateways.id })
    .returning({ id: gateways.id });
  return rows.length > 0;
}

/** Replaces a gateway's key (rotation). */
export async function updateGatewayKey(
  db: Executor,
  id: string,
  key: { keyId: string; keyHash: string; updatedAt: Date },
): Promise<void> {
  await db.update(gateways).set(key).where(eq(gateways.id, id));
}

/** A gateway by id. */
export async function findGateway(db: Executor, id: string): Promise<GatewayRow | undefined> {
  const [row] = await db.select().from(gateways).where(eq(gateways.id, id));
  return row;
}

/** A gateway by its key id. */
export async function gatewayByKeyId(db: Executor, keyId: string): Promise<GatewayRow | undefined> {
  const [row] = await db.select().from(gateways).where(eq(gateways.keyId, keyId));
  return row;
}
