// The reward decision: the rule set of the report's receipt date (or the pinned version) and
// whether an earlier valid real-name report of the same matter exists.
import { DomainError } from '@yiwang/service-kit';
import type { Deps } from '../deps.js';
import { countEarlierValidReports } from '../db/matter-queries.js';
import { dateOf } from '../domain/calendar.js';
import { ruleSetFor } from '../domain/rewards/rule-sets.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

export function decideReward(deps: Deps, id: string, caller: Caller) {
  return executeReportCommand(deps, id, caller, async (tx, report) => {
    const rules = ruleSetFor(
      dateOf(report.receivedAt),
      undefined,
      deps.config.COMPLAINTS_REWARD_RULE_SET,
    );
    if (rules === undefined) {
      throw new DomainError(
        'COMPLAINTS.NO_REWARD_RULES',
        'No reward rule set applies to this report; check COMPLAINTS_REWARD_RULE_SET.',
      );
    }
    return {
      type: 'decide-reward',
      rewardId: deps.ids(),
      rules,
      employeeBonusEnabled: deps.config.COMPLAINTS_EMPLOYEE_BONUS,
      earlierValidReports: await countEarlierValidReports(
        tx,
        report,
        deps.config.COMPLAINTS_DUPLICATE_WINDOW_DAYS,
      ),
    };
  });
}
