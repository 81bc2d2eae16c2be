// Queries of claims.
import { and, eq, inArray } from 'drizzle-orm';
import type { Claim } from '../domain/claim.js';
import { claims } from './tables.js';
import type { Executor } from './types.js';

/** The insurer's claim with that number (natural idempotency). */
export async function findClaim(
  db: Executor,
  insurer: string,
  claimNumber: string,
): Promise<Claim | undefined> {
  const [row] = await db
    .select()
    .from(claims)
    .where(and(eq(claims.insurer, insurer), eq(claims.claimNumber, claimNumber)));
  return row === undefined ? undefined : (row.state as unknown as Claim);
}

/** Inserts a claim. */
export async function insertClaim(
  db: Executor,
  insurer: string,
  uscc: string,
  c: Claim,
  at: Date,
): Promise<void> {
  await db.insert(claims).values({
    id: c.id,
    insurer,
    claimNumber: c.claimNumber,
    policyId: c.policyId,
    uscc,
    occurredOn: c.occurredOn,
    paidFen: c.paidFen,
    state: { ...c } as Record<string, unknown>,
    createdAt: at,
  });
}

/** Claims of the given policies. */
export async function claimsOfPolicies(
  db: Executor,
  policyIds: readonly string[],
): Promise<Claim[]> {
  if (policyIds.length === 0) return [];
  const rows = await db
    .select()
    .from(claims)
    .where(inArray(claims.policyId, [...policyIds]));
  return rows.map((r) => r.state as unknown as Claim);
}
