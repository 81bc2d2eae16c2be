// The local enterprise projection, built from the exchange directory's events
// (ARCHITECTURE.md §1: event-carried state transfer): name, industry, the high-risk flag
// (mandatory insurance) and region of applicants and holders. Per-enterprise `sequence`
// makes stale or repeated events no-ops. A closed enterprise's licences are cancelled (注销,
// 安全生产许可证条例 art. 14).
import { causedBy } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { exchange } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { executeLicenceCommand } from '../app/execute-licence-command.js';
import { localDate } from '../app/local-date.js';
import { reconcileHolder } from '../app/reconcile-holder.js';
import { findEnterprise, patchEnterprise, upsertEnterprise } from '../db/enterprises.js';
import { liveLicenceIds } from '../db/licences.js';
import { lockHolder } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof exchange.enterpriseRegistered.schema>;
type Updated = Static<typeof exchange.enterpriseUpdated.schema>;

/** Consumer spec: `exchange.enterprise.*` → the `enterprises` table. */
export function projectEnterprises(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'permits-project-enterprises',
    filterSubjects: [`${deps.config.PERMITS_BUS_PREFIX}.exchange.enterprise.*.*`],
    handler: async (event, { tx }) => {
      const uscc = event.subject;
      await lockHolder(tx, uscc);
      const at = new Date(event.time);
      const version = event.sequence;
      switch (event.type) {
        case 'yiwang.exchange.enterprise.registered.v1': {
          const d = event.data as Registered;
          await upsertEnterprise(tx, {
            uscc: d.uscc,
            name: d.name,
            industry: d.industry,
            highRisk: d.highRisk,
            region: d.region,
            status: d.status,
            version,
            updatedAt: at,
          });
          break;
        }
        case 'yiwang.exchange.enterprise.updated.v1': {
          const { changes } = event.data as Updated;
          const { name, industry, highRisk, region } = changes;
          await patchEnterprise(tx, uscc, version, {
            ...(name === undefined ? {} : { name }),
            ...(industry === undefined ? {} : { industry }),
            ...(highRisk === undefined ? {} : { highRisk }),
            ...(region === undefined ? {} : { region }),
            updatedAt: at,
          });
          break;
        }
        case 'yiwang.exchange.enterprise.closed.v1':
          await patchEnterprise(tx, uscc, version, { status: 'closed', updatedAt: at });
          if ((await findEnterprise(tx, uscc))?.version === version) {
            await cancelLicences(deps, tx, uscc, at, causedBy(event));
          }
          return;
        case 'yiwang.exchange.enterprise.reopened.v1':
          await patchEnterprise(tx, uscc, version, { status: 'open', updatedAt: at });
          return;
        default:
          return;
      }
      // The high-risk flag decides whether missing insurance suspends.
      await reconcileHolder(deps, tx, uscc, causedBy(event));
    },
  };
}

async function cancelLicences(
  deps: Deps,
  tx: Executor,
  uscc: string,
  at: Date,
  causation: ReturnType<typeof causedBy>,
): Promise<void> {
  for (const id of await liveLicenceIds(tx, uscc)) {
    await executeLicenceCommand(
      deps,
      id,
      {
        kind: 'cancel',
        reason: 'enterprise-closed',
        at: at.toISOString(),
        today: localDate(at),
        by: deps.config.PERMITS_SERVICE_ACTOR,
      },
      { tx, causation },
    );
  }
}
