// Credit facts of the floating premium, from the credit context: enterprises listed as
// seriously untrustworthy (严重失信, +10 %, DOMAIN.md "Credit": higher insurance premium) while
// the listing stands, and the rating level. Stale events are ignored per listing / rating.
import { claimAggregateVersion } from '@yiwang/bus';
import type { credit } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { upsertListing, upsertRating } from '../db/risk.js';
import type { Deps, Schema } from '../deps.js';

type Listed = Static<typeof credit.listingListed.schema>;
type Rating = Static<typeof credit.ratingChanged.schema>;

const listingIdOf = (data: unknown) => (data as { listingId: string }).listingId;

/** Consumer spec: `credit.listing.*` and `credit.rating.changed` → listings and ratings. */
export function projectCredit(deps: Deps): ConsumerSpec<Schema> {
  const prefix = deps.config.INSURANCE_BUS_PREFIX;
  return {
    name: 'insurance-project-credit',
    filterSubjects: [`${prefix}.credit.listing.*.*`, `${prefix}.credit.rating.changed.*`],
    handler: async (event, { tx }) => {
      const at = new Date(event.time);
      switch (event.type) {
        case 'yiwang.credit.listing.listed.v1': {
          if (!(await claimAggregateVersion(tx, 'credit-listings', event))) return;
          const { subject } = event.data as Listed;
          // Only the enterprise's own listing raises its premium, not a responsible person's.
          if (subject.kind !== 'enterprise') return;
          await upsertListing(tx, (event.data as Listed).listingId, subject.uscc, true, at);
          return;
        }
        case 'yiwang.credit.listing.restored.v1':
          if (!(await claimAggregateVersion(tx, 'credit-listings', event))) return;
          await upsertListing(tx, listingIdOf(event.data), undefined, true, at);
          return;
        case 'yiwang.credit.listing.removed.v1':
        case 'yiwang.credit.listing.removed-early.v1':
          if (!(await claimAggregateVersion(tx, 'credit-listings', event))) return;
          await upsertListing(tx, listingIdOf(event.data), undefined, false, at);
          return;
        case 'yiwang.credit.rating.changed.v1': {
          const d = event.data as Rating;
          if (!(await claimAggregateVersion(tx, 'credit-ratings', { ...event, subject: d.uscc })))
            return;
          await upsertRating(tx, d.uscc, d.level, at);
          return;
        }
        default:
          return;
      }
    },
  };
}
