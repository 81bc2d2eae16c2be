// The local directory projection, built from the exchange directory's events
// (ARCHITECTURE.md §1: event-carried state transfer). Per-enterprise `sequence` makes stale
// or repeated events no-ops. Every change re-assesses compliance in the same transaction:
// the directory marking an enterprise high-risk (or registering one) without a policy makes
// it non-compliant; closing it, or it ceasing to be high-risk, ends a violation.
import { causedBy, claimAggregateVersion } from '@yiwang/bus';
import type { exchange } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { assessCompliance } from '../app/assess-compliance.js';
import { patchEnterprise, upsertEnterprise, type EnterpriseRow } from '../db/enterprises.js';
import { lockEnterprise } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof exchange.enterpriseRegistered.schema>;
type Updated = Static<typeof exchange.enterpriseUpdated.schema>;

function changesOf(c: Updated['changes']): Partial<Omit<EnterpriseRow, 'uscc'>> {
  return {
    ...(c.name === undefined ? {} : { name: c.name }),
    ...(c.industry === undefined ? {} : { industry: c.industry }),
    ...(c.highRisk === undefined ? {} : { highRisk: c.highRisk }),
    ...(c.region === undefined ? {} : { region: c.region }),
    ...(c.standardisationLevel === undefined
      ? {}
      : { standardisationLevel: c.standardisationLevel }),
    ...(c.employees === undefined ? {} : { employees: c.employees }),
  };
}

async function apply(tx: Executor, type: string, data: unknown, at: Date): Promise<boolean> {
  switch (type) {
    case 'yiwang.exchange.enterprise.registered.v1': {
      const d = data as Registered;
      await upsertEnterprise(tx, {
        uscc: d.uscc,
        name: d.name,
        industry: d.industry,
        highRisk: d.highRisk,
        region: d.region,
        standardisationLevel: d.standardisationLevel,
        employees: d.employees ?? null,
        status: d.status,
        updatedAt: at,
      });
      return true;
    }
    case 'yiwang.exchange.enterprise.updated.v1': {
      const { uscc, changes } = data as Updated;
      return patchEnterprise(tx, uscc, { ...changesOf(changes), updatedAt: at });
    }
    case 'yiwang.exchange.enterprise.closed.v1':
      return patchEnterprise(tx, (data as { uscc: string }).uscc, {
        status: 'closed',
        updatedAt: at,
      });
    case 'yiwang.exchange.enterprise.reopened.v1':
      return patchEnterprise(tx, (data as { uscc: string }).uscc, {
        status: 'open',
        updatedAt: at,
      });
    default:
      return false;
  }
}

/** Consumer spec: `exchange.enterprise.*` → `enterprises`, then compliance. */
export function projectEnterprises(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'insurance-project-enterprises',
    filterSubjects: [`${deps.config.INSURANCE_BUS_PREFIX}.exchange.enterprise.*.*`],
    handler: async (event, { tx }) => {
      await lockEnterprise(tx, event.subject);
      if (!(await claimAggregateVersion(tx, 'enterprises', event))) return;
      if (!(await apply(tx, event.type, event.data, new Date(event.time)))) return;
      await assessCompliance(deps, tx, event.subject, causedBy(event));
    },
  };
}
