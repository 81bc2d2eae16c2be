// Opens a listing case: from the rules engine when a subject's records meet a criterion, or
// by staff naming the criterion and the records. At most one open case per subject; the
// department that imposed the penalty (for cases from other contexts: the bureau) decides.
import type { Causation } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { listingsOf, openListing } from '../db/listings.js';
import { recordsOf } from '../db/records.js';
import { lockSubject } from '../db/locks.js';
import { principalsOf, subjectRef, type SubjectRow } from '../db/subjects.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evaluateCriteria, PRINCIPAL_CRITERIA, type Proposal } from '../domain/criteria.js';
import type { Listing } from '../domain/listing.js';
import { recordListingEvents } from './record-listing-events.js';

/** Who proposes and who will decide. */
export interface Proposer {
  readonly by: string;
  readonly decidingDepartment: string;
}

/** Runs the rules engine for `subject` (locked by the caller); proposes the first criterion met. */
export async function proposeFromRules(
  deps: Deps,
  tx: Executor,
  subject: SubjectRow,
  causation?: Causation,
): Promise<Listing | undefined> {
  const all = await listingsOf(tx, subject.id);
  if (openListing(all) !== undefined) return undefined;
  const used = new Set(all.flatMap((l) => l.evidence.flatMap((e) => e.recordId ?? [])));
  const [first] = evaluateCriteria(await recordsOf(tx, subject.id), used, deps.rules);
  if (first === undefined) return undefined;
  const proposer = {
    by: deps.config.CREDIT_SERVICE_ACTOR,
    decidingDepartment: deps.config.CREDIT_BUREAU_DEPARTMENT,
  };
  const listing = await openCase(deps, tx, subject, first, proposer, causation);
  if (subject.kind === 'enterprise' && PRINCIPAL_CRITERIA.has(first.criterionId)) {
    await proposePrincipals(deps, tx, subject, first, proposer, causation);
  }
  return listing;
}

/** A case for each registered principal of the enterprise that has none open. */
async function proposePrincipals(
  deps: Deps,
  tx: Executor,
  enterprise: SubjectRow,
  proposal: Proposal,
  proposer: Proposer,
  causation: Causation | undefined,
): Promise<void> {
  for (const person of await principalsOf(tx, enterprise.uscc)) {
    await lockSubject(tx, person.id);
    if (openListing(await listingsOf(tx, person.id)) !== undefined) continue;
    await openCase(deps, tx, person, proposal, proposer, causation);
  }
}

/** Opens a case for `proposal` (the caller holds the subject lock); 409 when one is open. */
export async function openCase(
  deps: Deps,
  tx: Executor,
  subject: SubjectRow,
  proposal: Proposal,
  proposer: Proposer,
  causation?: Causation,
): Promise<Listing> {
  const open = openListing(await listingsOf(tx, subject.id));
  if (open !== undefined) {
    throw new DomainError(
      'CREDIT.LISTING_CONFLICT',
      `Subject ${subject.id} already has an open listing case ${open.id}.`,
      { extensions: { listingId: open.id } },
    );
  }
  const at = deps.clock.now().toISOString();
  const listing: Listing = {
    id: deps.ids.id('lst'),
    subject: subjectRef(subject),
    criterion: proposal.criterion,
    criterionId: proposal.criterionId,
    ruleSet: deps.rules.ruleSet,
    evidence: proposal.evidence,
    decidingDepartment: proposer.decidingDepartment,
    proposedBy: proposer.by,
    proposedAt: at,
    status: 'proposed',
    restorations: 0,
    version: 1,
  };
  return recordListingEvents(
    deps,
    tx,
    undefined,
    [{ type: 'listing.proposed', at, listing }],
    causation,
  );
}
