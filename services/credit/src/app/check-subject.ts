// A department's check before it acts (POST /v1/credit/checks): is the subject listed, which
// measures apply to this purpose? The department may only check for purposes governed by a
// measure its policy holds; every check, refused ones included, is logged (who, for what).
import { DomainError, ForbiddenError } from '@yiwang/service-kit';
import { logCheck, measuresOf } from '../db/departments.js';
import { findSubject } from '../db/subjects.js';
import type { Deps } from '../deps.js';
import { answerCheck, PURPOSES, type CheckAnswer, type Purpose } from '../domain/measures.js';
import { localDate } from './local-date.js';
import { subjectStatus } from './subject-status.js';

/** The answer with what was checked. */
export interface CheckResult extends CheckAnswer {
  readonly checkId: string;
  readonly uscc: string;
  readonly purpose: Purpose;
  readonly status: 'normal' | 'pending' | 'listed';
  readonly rating: number | null;
  readonly listingId: string | null;
  readonly checkedAt: string;
}

/** Who asks. */
export interface Asker {
  readonly sub: string;
  readonly dept: string;
  readonly covers: (region: string) => boolean;
}

/** Answers and logs the check. */
export async function checkSubject(
  deps: Deps,
  uscc: string,
  purpose: Purpose,
  asker: Asker,
): Promise<CheckResult> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const measure = PURPOSES[purpose];
  const base = { uscc, purpose, askedBy: asker.sub, department: asker.dept, checkedAt: now };
  const id = deps.ids.id('chk');
  if (!(await measuresOf(db, asker.dept)).includes(measure)) {
    await logCheck(db, { ...base, id, outcome: 'refused', measureIds: [], reasons: [] });
    throw new DomainError(
      'CREDIT.MEASURE_FORBIDDEN',
      `Department ${asker.dept} does not apply ${measure}: it may not check for ${purpose}.`,
      { extensions: { measure } },
    );
  }
  const subject = await findSubject(db, uscc);
  if (subject !== undefined && !asker.covers(subject.region)) {
    await logCheck(db, { ...base, id, outcome: 'refused', measureIds: [], reasons: [] });
    throw new ForbiddenError(`The token does not cover region ${subject.region}.`);
  }
  const status =
    subject === undefined
      ? undefined
      : await subjectStatus(db, subject, localDate(now), deps.rules);
  const listing = status?.listing;
  const onList = status?.status === 'listed' && listing !== undefined;
  const answer = answerCheck(purpose, status?.measures ?? [], {
    ...(onList ? { listingId: listing.id } : {}),
    ...(onList && listing.decision ? { decisionNumber: listing.decision.decisionNumber } : {}),
    surchargePercent: deps.config.CREDIT_INSURANCE_SURCHARGE_PERCENT,
    inspectionsPerYear: deps.rules.badRecordInspectionsPerYear,
  });
  await logCheck(db, {
    ...base,
    id,
    outcome: answer.outcome,
    measureIds: [...answer.measureIds],
    reasons: [...answer.reasons],
  });
  return {
    ...answer,
    checkId: id,
    uscc,
    purpose,
    status: status?.status ?? 'normal',
    rating: subject?.rating ?? null,
    listingId: onList ? listing.id : null,
    checkedAt: now.toISOString(),
  };
}
