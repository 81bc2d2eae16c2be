// Registers a subject staff will record against: an enterprise or agency by USCC, or a
// responsible person by ID number, of which only the keyed hash is stored (the number never
// reaches the database, a log or an event). Registering again returns the same subject.
import { DomainError } from '@yiwang/service-kit';
import { findPersonByHash, findSubject, insertSubject, type SubjectRow } from '../db/subjects.js';
import type { Deps } from '../deps.js';

/** What staff give. */
export type SubjectInput =
  | {
      readonly kind: 'enterprise' | 'agency';
      readonly uscc: string;
      readonly name: string;
      readonly region: string;
    }
  | {
      readonly kind: 'responsible-person';
      readonly idNumber: string;
      readonly name: string;
      /** The enterprise the person answers for (its USCC and region are the person's). */
      readonly enterpriseUscc: string;
      /** 主要负责人 (listed with the enterprise for accidents, 令第11号 art. 6) or another. */
      readonly role: 'principal' | 'responsible';
    };

/** Registers (or finds) the subject; `authorize` checks the resolved region. */
export async function registerSubject(
  deps: Deps,
  input: SubjectInput,
  authorize: (region: string) => void,
): Promise<{ subject: SubjectRow; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    const at = deps.clock.now();
    if (input.kind !== 'responsible-person') {
      authorize(input.region);
      const existing = await findSubject(tx, input.uscc);
      if (existing !== undefined) return { subject: existing, created: false };
      const subject = await insertSubject(tx, {
        id: input.uscc,
        kind: input.kind,
        uscc: input.uscc,
        name: input.name,
        region: input.region,
        idHash: null,
        personRole: null,
        standardisation: null,
        rating: null,
        ratingReasons: null,
        ratingReviewOn: null,
        createdAt: at,
        updatedAt: at,
      });
      return { subject, created: true };
    }
    const employer = await findSubject(tx, input.enterpriseUscc);
    if (employer === undefined || employer.kind === 'responsible-person') {
      throw new DomainError(
        'CREDIT.SUBJECT_NOT_FOUND',
        `Enterprise ${input.enterpriseUscc} is not a credit subject yet: register it first.`,
      );
    }
    authorize(employer.region);
    const idHash = deps.hashIdNumber(input.idNumber);
    const existing = await findPersonByHash(tx, idHash);
    if (existing !== undefined) return { subject: existing, created: false };
    const subject = await insertSubject(tx, {
      id: deps.ids.id('per'),
      kind: 'responsible-person',
      uscc: employer.uscc,
      name: input.name,
      region: employer.region,
      idHash,
      personRole: input.role,
      standardisation: null,
      rating: null,
      ratingReasons: null,
      ratingReviewOn: null,
      createdAt: at,
      updatedAt: at,
    });
    return { subject, created: true };
  });
}
