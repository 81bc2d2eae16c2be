// The local enterprise projection, built from the exchange directory's events
// (ARCHITECTURE.md §1: event-carried state transfer). Per-enterprise `sequence` makes stale
// or repeated events no-ops; hazard cases opened before the enterprise was known are
// enriched with its name when it arrives.
import { claimAggregateVersion } from '@yiwang/bus';
import type { exchange } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { patchEnterprise, upsertEnterprise } from '../db/enterprises.js';
import { enrichHazards } from '../db/hazards.js';
import { lockEnterprise } from '../db/locks.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof exchange.enterpriseRegistered.schema>;
type Updated = Static<typeof exchange.enterpriseUpdated.schema>;
type Closed = Static<typeof exchange.enterpriseClosed.schema>;
type Reopened = Static<typeof exchange.enterpriseReopened.schema>;

/** Consumer spec: `exchange.enterprise.*` → the `enterprises` table. */
export function projectEnterprises(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-project-enterprises',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.exchange.enterprise.*.*`],
    handler: async (event, { tx }) => {
      await lockEnterprise(tx, event.subject);
      if (!(await claimAggregateVersion(tx, 'enterprises', event))) return;
      const at = new Date(event.time);
      switch (event.type) {
        case 'yiwang.exchange.enterprise.registered.v1': {
          const d = event.data as Registered;
          await upsertEnterprise(tx, {
            uscc: d.uscc,
            name: d.name,
            industry: d.industry,
            region: d.region,
            township: d.township,
            gridCellId: d.gridCellId,
            status: d.status,
            updatedAt: at,
          });
          await enrichHazards(tx, d.uscc, { name: d.name, industry: d.industry });
          return;
        }
        case 'yiwang.exchange.enterprise.updated.v1': {
          const { uscc, changes } = event.data as Updated;
          const { highRisk: _h, highRiskCategory: _c, standardisationLevel: _s, ...kept } = changes;
          const { address: _a, employees: _e, ...fields } = kept;
          await patchEnterprise(tx, uscc, { ...fields, updatedAt: at });
          if (fields.name !== undefined || fields.industry !== undefined) {
            await enrichHazards(tx, uscc, fields);
          }
          return;
        }
        case 'yiwang.exchange.enterprise.closed.v1':
          await patchEnterprise(tx, (event.data as Closed).uscc, {
            status: 'closed',
            updatedAt: at,
          });
          return;
        case 'yiwang.exchange.enterprise.reopened.v1':
          await patchEnterprise(tx, (event.data as Reopened).uscc, {
            status: 'open',
            updatedAt: at,
          });
          return;
        default:
          return;
      }
    },
  };
}
