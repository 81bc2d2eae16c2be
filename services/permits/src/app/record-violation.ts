// A licensing violation found by staff (operating without a licence, while suspended or
// revoked, beyond its scope): stored and published so that credit records it (应急管理部令
// 第11号: operating without a licence or while it is suspended is a listing criterion).
import { createEvent, permits as c } from '@yiwang/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { DomainError } from '@yiwang/service-kit';
import { findEnterprise } from '../db/enterprises.js';
import { loadLicence } from '../db/licences.js';
import { violations } from '../db/tables.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';

export type ViolationKind =
  | 'unlicensed-operation'
  | 'operating-while-suspended'
  | 'operating-while-revoked'
  | 'beyond-scope'
  | 'licence-forged-or-lent'
  | 'other';

/** What staff found. */
export interface ViolationInput {
  readonly uscc: string;
  readonly region?: string;
  readonly kind: ViolationKind;
  readonly licenceId?: string;
  readonly penaltyDecisionNumber?: string;
  readonly summary: string;
  readonly foundAt: string;
}

/**
 * Records the violation and its event; returns its id and region. A repeated request with the
 * same Idempotency-Key (per recorder) returns the first record and publishes nothing.
 */
export async function recordViolation(
  deps: Deps,
  input: ViolationInput,
  by: string,
  authorize: (region: string) => void,
  clientKey?: string,
): Promise<{ id: string; region: string; created: boolean }> {
  return deps.database.db.transaction(async (tx: Executor) => {
    if (clientKey !== undefined) {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`violation:${by}:${clientKey}`}))`,
      );
      const [seen] = await tx
        .select({ id: violations.id, region: violations.region })
        .from(violations)
        .where(and(eq(violations.recordedBy, by), eq(violations.clientKey, clientKey)));
      if (seen !== undefined) return { ...seen, created: false };
    }
    const licence =
      input.licenceId === undefined ? undefined : await loadLicence(tx, input.licenceId);
    if (input.licenceId !== undefined && licence?.uscc !== input.uscc) {
      throw new DomainError(
        'PERMITS.LICENCE_NOT_FOUND',
        `No licence ${input.licenceId} of ${input.uscc}.`,
      );
    }
    const region =
      licence?.region ?? (await findEnterprise(tx, input.uscc))?.region ?? input.region;
    if (region === undefined) {
      throw new DomainError(
        'PERMITS.ENTERPRISE_UNKNOWN',
        `Enterprise ${input.uscc} is not in the directory yet: give the region.`,
      );
    }
    authorize(region);
    const id = deps.ids.id('vio');
    const now = deps.clock.now();
    await tx.insert(violations).values({
      id,
      uscc: input.uscc,
      region,
      kind: input.kind,
      licenceId: input.licenceId ?? null,
      summary: input.summary,
      foundAt: new Date(input.foundAt),
      recordedBy: by,
      clientKey: clientKey ?? null,
      createdAt: now,
    });
    await deps.bus.outbox.add(tx, [
      createEvent(c.violationRecorded, {
        id: deps.ids.uuid(),
        time: now.toISOString(),
        subject: id,
        region,
        sequence: 1,
        enterprise: input.uscc,
        data: {
          violationId: id,
          uscc: input.uscc,
          kind: input.kind,
          ...(input.licenceId === undefined ? {} : { licenceId: input.licenceId }),
          ...(input.penaltyDecisionNumber === undefined
            ? {}
            : { penaltyDecisionNumber: input.penaltyDecisionNumber }),
          decidingDepartment: deps.config.PERMITS_AUTHORITY,
          summary: input.summary,
          foundAt: input.foundAt,
          recordedBy: by,
        },
      }),
    ]);
    return { id, region, created: true };
  });
}
