// Reward decision, claim or forfeiture, closing.
import type { ServiceApp } from '@yiwang/service-kit';
import { claimReward } from '../app/claim-reward.js';
import { closeReport } from '../app/close-report.js';
import { decideReward } from '../app/decide-reward.js';
import { forfeitReward } from '../app/forfeit-reward.js';
import { caseAction } from './case-action.js';
import type { HttpContext } from './context.js';
import { Closed, Enum, ROLES } from './schemas.js';

export function rewardRoutes(app: ServiceApp, { deps }: HttpContext): void {
  caseAction(app, {
    name: 'reward-decision',
    summary: 'Decide the reward by the versioned rule set (or record that none is due)',
    roles: ROLES.supervise,
    body: Closed({}),
    run: (id, caller) => decideReward(deps, id, caller),
  });
  caseAction(app, {
    name: 'reward-claim',
    summary: 'Record that the reporter claimed the reward (within 60 days of notice)',
    roles: [...ROLES.supervise, ...ROLES.custodian],
    body: Closed({}),
    run: (id, caller) => claimReward(deps, id, caller),
  });
  caseAction(app, {
    name: 'reward-forfeiture',
    summary: 'Record that the reward was declined or not claimed in time',
    roles: ROLES.supervise,
    body: Closed({ reason: Enum(['not-claimed-in-time', 'declined']) }),
    run: (id, caller, b) => forfeitReward(deps, id, caller, b.reason),
  });
  caseAction(app, {
    name: 'close',
    summary: 'Close the report',
    roles: ROLES.intakeDesk,
    body: Closed({}),
    run: (id, caller) => closeReport(deps, id, caller),
  });
}
