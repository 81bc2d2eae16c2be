// The local enterprise projection, built from the exchange directory's events
// (ARCHITECTURE.md §1: event-carried state transfer): a gateway takes its region from it.
// Per-enterprise `sequence` makes stale or repeated events no-ops.
import { claimAggregateVersion } from '@yiwang/bus';
import type { exchange } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { patchEnterprise, upsertEnterprise } from '../db/enterprises.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof exchange.enterpriseRegistered.schema>;
type Updated = Static<typeof exchange.enterpriseUpdated.schema>;

/** Consumer spec: `exchange.enterprise.*` → the `enterprises` table. */
export function projectEnterprises(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'iot-project-enterprises',
    filterSubjects: [`${deps.config.IOT_BUS_PREFIX}.exchange.enterprise.*.*`],
    handler: async (event, { tx }) => {
      if (!(await claimAggregateVersion(tx, 'enterprises', event))) return;
      const updatedAt = new Date(event.time);
      switch (event.type) {
        case 'yiwang.exchange.enterprise.registered.v1': {
          const d = event.data as Registered;
          await upsertEnterprise(tx, {
            uscc: d.uscc,
            name: d.name,
            region: d.region,
            status: d.status,
            updatedAt,
          });
          return;
        }
        case 'yiwang.exchange.enterprise.updated.v1': {
          const { uscc, changes } = event.data as Updated;
          await patchEnterprise(tx, uscc, {
            ...(changes.name === undefined ? {} : { name: changes.name }),
            ...(changes.region === undefined ? {} : { region: changes.region }),
            updatedAt,
          });
          return;
        }
        case 'yiwang.exchange.enterprise.closed.v1':
          await patchEnterprise(tx, event.subject, { status: 'closed', updatedAt });
          return;
        case 'yiwang.exchange.enterprise.reopened.v1':
          await patchEnterprise(tx, event.subject, { status: 'open', updatedAt });
          return;
        default:
          return;
      }
    },
  };
}
