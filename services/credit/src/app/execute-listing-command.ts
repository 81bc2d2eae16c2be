// The use case behind every listing transition: lock the subject and the case → check access
// → decide → save the state and its events in one transaction.
import type { Causation } from '@yiwang/bus';
import { loadListing } from '../db/listings.js';
import { lockSubject } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { ListingCommand } from '../domain/commands.js';
import { decideListing } from '../domain/decide-listing.js';
import type { Listing } from '../domain/listing.js';
import { decided, listingNotFound } from './decided.js';
import { recordListingEvents } from './record-listing-events.js';

/** Options: an access check on the loaded case, and the causing event. */
export interface ExecuteOptions {
  readonly authorize?: (listing: Listing) => void;
  readonly causation?: Causation;
}

/** Executes `command` on case `id`; returns the new state. */
export async function executeListingCommand(
  deps: Deps,
  id: string,
  command: ListingCommand,
  options: ExecuteOptions = {},
): Promise<Listing> {
  return deps.database.db.transaction(async (tx: Executor) => {
    const peek = await loadListing(tx, id);
    if (peek === undefined) throw listingNotFound(id);
    await lockSubject(tx, peek.subject.id);
    const listing = await loadListing(tx, id, true);
    if (listing === undefined) throw listingNotFound(id);
    options.authorize?.(listing);
    const events = decided(decideListing(command, listing, deps.rules));
    return recordListingEvents(deps, tx, listing, events, options.causation);
  });
}
