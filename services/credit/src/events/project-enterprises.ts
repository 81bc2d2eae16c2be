// The enterprise data credit needs (name, region, safety-standardisation grade), projected
// from the exchange directory's events onto enterprise subjects (ARCHITECTURE.md §1). A new
// grade recomputes the rating (DOMAIN.md: the rating follows the grade). Per-enterprise
// `sequence` makes stale or repeated events no-ops.
import { causedBy, claimAggregateVersion } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { exchange } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recomputeRating } from '../app/recompute-rating.js';
import { lockSubject } from '../db/locks.js';
import { upsertDirectoryData } from '../db/subjects.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof exchange.enterpriseRegistered.schema>;
type Updated = Static<typeof exchange.enterpriseUpdated.schema>;

/** Consumer spec: `exchange.enterprise.registered|updated` → subjects. */
export function projectEnterprises(deps: Deps): ConsumerSpec<Schema> {
  const p = deps.config.CREDIT_BUS_PREFIX;
  return {
    name: 'credit-project-enterprises',
    filterSubjects: [`${p}.exchange.enterprise.*.*`],
    handler: async (event, { tx }) => {
      await lockSubject(tx, event.subject);
      if (!(await claimAggregateVersion(tx, 'credit-enterprises', event))) return;
      const at = new Date(event.time);
      let uscc: string;
      let grade: string | undefined;
      if (event.type === 'yiwang.exchange.enterprise.registered.v1') {
        const d = event.data as Registered;
        uscc = d.uscc;
        grade = d.standardisationLevel;
        await upsertDirectoryData(
          tx,
          uscc,
          { name: d.name, region: d.region, standardisation: grade },
          at,
        );
      } else if (event.type === 'yiwang.exchange.enterprise.updated.v1') {
        const { uscc: id, changes } = event.data as Updated;
        uscc = id;
        grade = changes.standardisationLevel;
        await upsertDirectoryData(
          tx,
          uscc,
          {
            ...(changes.name === undefined ? {} : { name: changes.name }),
            ...(changes.region === undefined ? {} : { region: changes.region }),
            ...(grade === undefined ? {} : { standardisation: grade }),
          },
          at,
        );
      } else {
        return;
      }
      if (grade !== undefined) {
        await recomputeRating(deps, tx, uscc, 'standardisation-grade', causedBy(event));
      }
    },
  };
}
