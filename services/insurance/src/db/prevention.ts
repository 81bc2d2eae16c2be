// Queries of prevention plans and visits.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PreventionPlan, Visit } from '../domain/prevention.js';
import { preventionPlans, preventionVisits } from './tables.js';
import type { Executor } from './types.js';

/** The plan of a policy, or undefined. */
export async function loadPlan(
  db: Executor,
  policyId: string,
): Promise<PreventionPlan | undefined> {
  const [row] = await db
    .select()
    .from(preventionPlans)
    .where(eq(preventionPlans.policyId, policyId));
  return row === undefined ? undefined : (row.state as unknown as PreventionPlan);
}

/** Inserts or replaces the plan of a policy. */
export async function savePlan(
  db: Executor,
  insurer: string,
  plan: PreventionPlan,
  at: Date,
): Promise<void> {
  const values = { insurer, state: { ...plan } as Record<string, unknown>, updatedAt: at };
  await db
    .insert(preventionPlans)
    .values({ policyId: plan.policyId, ...values })
    .onConflictDoUpdate({ target: preventionPlans.policyId, set: values });
}

/** What the visits of a policy cost so far, fen. */
export async function spentOn(db: Executor, policyId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${preventionVisits.costFen}), 0)` })
    .from(preventionVisits)
    .where(eq(preventionVisits.policyId, policyId));
  return Number(row?.total ?? 0);
}

/** The insurer's visit with that number (natural idempotency). */
export async function findVisit(
  db: Executor,
  insurer: string,
  visitNumber: string,
): Promise<Visit | undefined> {
  const [row] = await db
    .select()
    .from(preventionVisits)
    .where(
      and(eq(preventionVisits.insurer, insurer), eq(preventionVisits.visitNumber, visitNumber)),
    );
  return row === undefined ? undefined : (row.state as unknown as Visit);
}

/** Inserts a visit. */
export async function insertVisit(
  db: Executor,
  insurer: string,
  uscc: string,
  v: Visit,
  at: Date,
): Promise<void> {
  await db.insert(preventionVisits).values({
    id: v.id,
    insurer,
    visitNumber: v.visitNumber,
    policyId: v.policyId,
    uscc,
    visitedOn: v.visitedOn,
    costFen: v.costFen,
    findings: v.findings.length,
    state: { ...v } as Record<string, unknown>,
    createdAt: at,
  });
}

/** Visits of the given policies. */
export async function visitsOfPolicies(
  db: Executor,
  policyIds: readonly string[],
): Promise<Visit[]> {
  if (policyIds.length === 0) return [];
  const rows = await db
    .select()
    .from(preventionVisits)
    .where(inArray(preventionVisits.policyId, [...policyIds]));
  return rows.map((r) => r.state as unknown as Visit);
}

/** Plans of the given policies. */
export async function plansOfPolicies(
  db: Executor,
  policyIds: readonly string[],
): Promise<PreventionPlan[]> {
  if (policyIds.length === 0) return [];
  const rows = await db
    .select()
    .from(preventionPlans)
    .where(inArray(preventionPlans.policyId, [...policyIds]));
  return rows.map((r) => r.state as unknown as PreventionPlan);
}
