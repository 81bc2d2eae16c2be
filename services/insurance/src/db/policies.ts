// Queries of policies: load under lock, insert, save, lists and the sweeper's candidates.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Policy } from '../domain/policy.js';
import { policies } from './tables.js';
import type { Executor } from './types.js';

const toPolicy = (row: { state: Record<string, unknown> }) => row.state as unknown as Policy;

/** A policy, locked for update when `lock`. */
export async function loadPolicy(
  db: Executor,
  id: string,
  lock = false,
): Promise<Policy | undefined> {
  const q = db.select().from(policies).where(eq(policies.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row === undefined ? undefined : toPolicy(row);
}

/** The insurer's policy with that number (natural idempotency of issuing). */
export async function findByNumber(
  db: Executor,
  insurer: string,
  policyNumber: string,
): Promise<Policy | undefined> {
  const [row] = await db
    .select()
    .from(policies)
    .where(and(eq(policies.insurer, insurer), eq(policies.policyNumber, policyNumber)));
  return row === undefined ? undefined : toPolicy(row);
}

const columns = (p: Policy, at: Date) => ({
  status: p.status,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  region: p.region,
  state: { ...p } as Record<string, unknown>,
  version: p.version,
  updatedAt: at,
});

/** Inserts a new policy. */
export async function insertPolicy(db: Executor, p: Policy, at: Date): Promise<void> {
  await db.insert(policies).values({
    id: p.id,
    insurer: p.insurer,
    policyNumber: p.policyNumber,
    uscc: p.uscc,
    createdAt: at,
    ...columns(p, at),
  });
}

/** Saves a changed policy. */
export async function savePolicy(db: Executor, p: Policy, at: Date): Promise<void> {
  await db.update(policies).set(columns(p, at)).where(eq(policies.id, p.id));
}

/** Policies of an enterprise, newest first. */
export async function policiesOf(db: Executor, uscc: string): Promise<Policy[]> {
  const rows = await db.select().from(policies).where(eq(policies.uscc, uscc));
  return rows.map(toPolicy).sort((a, b) => b.endsOn.localeCompare(a.endsOn));
}

/** Filters of a policy list; `insurer`, `uscc` or `regions` scope it. */
export interface PolicyFilter {
  readonly insurer?: string;
  readonly uscc?: string;
  readonly regions?: readonly string[];
  readonly status?: string;
  readonly after?: string | undefined;
  readonly limit: number;
}

/** A keyset page of policies by id. */
export async function listPolicies(db: Executor, f: PolicyFilter): Promise<Policy[]> {
  const where: SQL[] = [];
  if (f.insurer !== undefined) where.push(eq(policies.insurer, f.insurer));
  if (f.uscc !== undefined) where.push(eq(policies.uscc, f.uscc));
  if (f.status !== undefined) where.push(eq(policies.status, f.status));
  if (f.regions !== undefined) where.push(inRegions(policies.region, f.regions));
  if (f.after !== undefined) where.push(gt(policies.id, f.after));
  const rows = await db
    .select()
    .from(policies)
    .where(and(...where))
    .orderBy(asc(policies.id))
    .limit(f.limit);
  return rows.map(toPolicy);
}

/** Active policies whose last day is before `today` (the sweeper's work). */
export async function findEnded(db: Executor, today: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: policies.id })
    .from(policies)
    .where(and(inArray(policies.status, ['active']), lt(policies.endsOn, today)))
    .orderBy(asc(policies.endsOn))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Policies of an insurer whose period overlaps year `year` (the annual evaluation). */
export async function policiesOfInsurerInYear(
  db: Executor,
  insurer: string,
  year: number,
): Promise<Policy[]> {
  const rows = await db
    .select()
    .from(policies)
    .where(
      and(
        eq(policies.insurer, insurer),
        sql`${policies.startsOn} <= ${`${year}-12-31`}`,
        sql`${policies.endsOn} >= ${`${year}-01-01`}`,
      ),
    );
  return rows.map(toPolicy);
}
