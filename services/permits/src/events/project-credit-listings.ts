// credit.listing.* → the local listing projection (严重失信主体名单), then the holder's licences
// are reconciled: a listing suspends them and vetoes new applications; its removal reinstates
// (DOMAIN.md "Permits"; 应急管理部令第11号 joint punishment). Listings of a responsible person
// are about the person, not the enterprise's licence, and are not projected.
import { causedBy } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { credit } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { reconcileHolder } from '../app/reconcile-holder.js';
import { lockHolder } from '../db/locks.js';
import { projectListing } from '../db/projections.js';
import { creditListings } from '../db/tables.js';
import type { Deps, Schema } from '../deps.js';
import { eq } from 'drizzle-orm';

type Listed = Static<typeof credit.listingListed.schema>;

const SETS = ['yiwang.credit.listing.listed.v1', 'yiwang.credit.listing.restored.v1'];
const CLEARS = ['yiwang.credit.listing.removed.v1', 'yiwang.credit.listing.removed-early.v1'];

/** Consumer spec. */
export function projectCreditListings(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'permits-project-credit-listings',
    filterSubjects: [`${deps.config.PERMITS_BUS_PREFIX}.credit.listing.*.*`],
    handler: async (event, { tx }) => {
      const set = SETS.includes(event.type);
      if (!set && !CLEARS.includes(event.type)) return;
      const d = event.data as Partial<Listed> & { listingId: string };
      if (d.subject !== undefined && d.subject.kind === 'responsible-person') return;
      const [known] = await tx
        .select({ uscc: creditListings.uscc })
        .from(creditListings)
        .where(eq(creditListings.listingId, d.listingId));
      const uscc = d.subject?.uscc ?? known?.uscc ?? event.enterprise ?? null;
      if (uscc !== null) await lockHolder(tx, uscc);
      await projectListing(tx, {
        listingId: d.listingId,
        uscc,
        decisionNumber: d.decisionNumber ?? null,
        seq: event.sequence,
        set,
        at: new Date(event.time),
      });
      if (uscc !== null) await reconcileHolder(deps, tx, uscc, causedBy(event));
    },
  };
}
