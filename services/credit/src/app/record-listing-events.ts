// Saves a listing decision: evolves the state, writes the row and the contract events to the
// outbox in the caller's transaction, then what follows from being on or off the list:
// measures fanned out on listing and restoration, the rating recomputed.
import type { Causation } from '@yiwang/bus';
import { storeOpeningTrace } from '../db/listing-trace.js';
import { insertListing, saveListing } from '../db/listings.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evolve, type Listing, type ListingEvent } from '../domain/listing.js';
import { LISTING_MEASURES } from '../domain/measures.js';
import { listingContractEvent } from '../events/contract-events.js';
import { issueMeasures } from './issue-measures.js';
import { recomputeRating } from './recompute-rating.js';

/** Applies and records `events` to the case `before` (undefined: a new case). */
export async function recordListingEvents(
  deps: Deps,
  tx: Executor,
  before: Listing | undefined,
  events: readonly ListingEvent[],
  causation?: Causation,
): Promise<Listing> {
  let state = before;
  for (const event of events) {
    state = evolve(state, event);
    const ce = listingContractEvent(event, state, deps.ids.uuid(), causation);
    if (ce !== undefined) await deps.bus.outbox.add(tx, ce);
  }
  if (state === undefined) throw new Error('no listing events to record');
  const at = deps.clock.now();
  if (before === undefined) {
    await insertListing(tx, state, at);
    await storeOpeningTrace(tx, state.id);
  } else {
    await saveListing(tx, state, at);
  }
  for (const event of events) await followUp(deps, tx, state, event, causation);
  return state;
}

async function followUp(
  deps: Deps,
  tx: Executor,
  l: Listing,
  e: ListingEvent,
  causation: Causation | undefined,
): Promise<void> {
  if (e.type === 'listing.listed' || e.type === 'listing.restored') {
    await issueMeasures(
      deps,
      tx,
      {
        subject: l.subject,
        measures: LISTING_MEASURES,
        listingId: l.id,
        effectiveFrom: e.type === 'listing.listed' ? e.listedOn : e.at.slice(0, 10),
        effectiveUntil: e.expiresOn,
      },
      causation,
    );
    await recomputeRating(deps, tx, l.subject.id, 'listed', causation);
  }
  if (e.type === 'listing.removed' || e.type === 'listing.removed-early') {
    await recomputeRating(deps, tx, l.subject.id, 'listing-removed', causation);
  }
}
