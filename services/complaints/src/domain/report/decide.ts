// decide(command, state) → events: the one entry point of the report's business rules.
import type { CommandContext } from '../policy.js';
import { scanDeadlines } from '../deadlines/scan-deadlines.js';
import type { ReportCommand } from './commands.js';
import { extendConclusion } from './decide-conclusion.js';
import { accept, assign, decline, extend, triage } from './decide-intake.js';
import { claimReward, close, decideReward, forfeitReward } from './decide-reward.js';
import {
  recordOutcome,
  sendFeedback,
  substantiate,
  unsubstantiate,
} from './decide-verification.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';

/** Decides what happens when `command` meets `report`; throws a RuleViolation to refuse. */
export function decide(command: ReportCommand, report: Report, ctx: CommandContext): ReportEvent[] {
  switch (command.type) {
    case 'triage':
      return triage(command, report, ctx);
    case 'accept':
      return accept(report, ctx);
    case 'decline':
      return decline(command, report, ctx);
    case 'assign':
      return assign(command, report, ctx);
    case 'extend-verification':
      return extend(command, report, ctx);
    case 'extend-conclusion':
      return extendConclusion(command, report, ctx);
    case 'verify-substantiated':
      return substantiate(command, report, ctx);
    case 'verify-unsubstantiated':
      return unsubstantiate(command, report, ctx);
    case 'record-outcome':
      return recordOutcome(command, report, ctx);
    case 'send-feedback':
      return sendFeedback(report, ctx);
    case 'decide-reward':
      return decideReward(command, report, ctx);
    case 'claim-reward':
      return claimReward(report, ctx);
    case 'forfeit-reward':
      return forfeitReward(command, report, ctx);
    case 'close':
      return close(report, ctx);
    case 'scan-deadlines':
      return scanDeadlines(report, ctx);
    default:
      return unreachable(command);
  }
}

function unreachable(command: never): never {
  throw new Error(`unhandled command ${JSON.stringify(command)}`);
}
