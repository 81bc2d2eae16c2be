// Events of the `complaints` context (12350 hotline, 安全生产领域举报奖励办法 2018).
//
// Confidentiality (DOMAIN.md "Complaints"): nothing that identifies the reporter leaves the
// service. These events carry no name, phone, ID number, address, tracking code, free text
// from the public, or whether the reporter is anonymous or an employee: only codes (scope,
// channel, a summary code from a controlled list) and the bureau's own ids and dates.
// A test enforces this on every schema of this file.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IndustrySchema } from '../values/industry.js';
import { FenSchema } from '../values/money.js';
import { RegionCodeSchema } from '../values/region.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import { Actor, Closed, Count, Id, StringEnum } from './fields.js';

const reportId = Id('Report id (internal, not the reporter’s tracking code)');
const rewardId = Id('Reward id');
const Scope = StringEnum(
  ['major-hazard', 'illegal-operation', 'concealed-accident', 'general-hazard', 'other'],
  'What the report is about',
);
const Channel = StringEnum(['hotline', 'web', 'app', 'letter', 'visit', '12345'], 'Intake channel');
const SummaryCode = Type.String({
  pattern: '^[A-Z]{2,4}-[0-9]{3}$',
  examples: ['HC-012'],
  description:
    'Code from the controlled summary list (e.g. HC-012); the reporter’s own words never leave complaints',
});
const AccidentLevel = StringEnum(['general', 'larger', 'major', 'especially-major']);
const TimeLimit = StringEnum(
  ['reply', 'conclusion'],
  'Which local time limit (DOMAIN.md, local): answer the reporter within 5 working days of receipt; conclude within 30 days of acceptance (≤ 90 with approval)',
);
const Deadline = StringEnum(
  ['verification', 'feedback', 'reward-claim'],
  'Which statutory deadline: verify within 60 days of acceptance (+ one extension), feedback within 10 days, reward claimed within 60 days of notice',
);

/** `yiwang.complaints.report.received.v1` (internal). */
export const reportReceived = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'received',
  classification: 'internal',
  description:
    'A report reached the 12350 hotline (any channel). Carries no personal data and none of the reporter’s own words.',
  schema: Closed({
    reportId,
    channel: Channel,
    scope: Scope,
    receivedAt: TimestampSchema,
    receivedBy: Type.Optional(Actor('Operator who took the report (hotline, letter, visit)')),
    duplicateOf: Type.Optional(
      Id('First report of the same matter (same enterprise, scope and time window)'),
    ),
    replyDueBy: Type.Optional(IsoDateSchema),
  }),
});

/** `yiwang.complaints.report.triaged.v1` (internal). */
export const reportTriaged = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'triaged',
  classification: 'internal',
  description: 'An operator triaged a received report: scope and summary code assigned.',
  schema: Closed({
    reportId,
    channel: Channel,
    scope: Scope,
    summaryCode: SummaryCode,
    receivedAt: TimestampSchema,
    industry: Type.Optional(IndustrySchema),
    triagedAt: TimestampSchema,
    triagedBy: Actor(),
    duplicateOf: Type.Optional(
      Id('First report of the same matter (same enterprise, confirmed scope and time window)'),
    ),
  }),
});

/** `yiwang.complaints.report.accepted.v1` (internal). */
export const reportAccepted = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'accepted',
  classification: 'internal',
  description: 'A report was accepted: the verification clock (60 days) starts.',
  schema: Closed({
    reportId,
    scope: Scope,
    summaryCode: SummaryCode,
    industry: Type.Optional(IndustrySchema),
    acceptedAt: TimestampSchema,
    acceptedBy: Actor(),
    verifyDueBy: IsoDateSchema,
    concludeDueBy: Type.Optional(IsoDateSchema),
  }),
});

/** `yiwang.complaints.report.not-accepted.v1` (internal). */
export const reportNotAccepted = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'not-accepted',
  classification: 'internal',
  description:
    'A report was not accepted (out of scope, transferred or duplicate); the reporter is told.',
  schema: Closed({
    reportId,
    reason: StringEnum(['out-of-scope', 'transferred', 'duplicate', 'insufficient-information']),
    transferredTo: Type.Optional(Id('Department id (exchange) the matter was transferred to')),
    decidedAt: TimestampSchema,
    decidedBy: Actor(),
  }),
});

/** `yiwang.complaints.report.assigned.v1` (internal). */
export const reportAssigned = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'assigned',
  classification: 'internal',
  description: 'A report was assigned for verification by region and industry.',
  schema: Closed({
    reportId,
    scope: Scope,
    industry: IndustrySchema,
    assignedUnit: Id('Bureau unit (科室/执法队) id'),
    assignee: Type.Optional(Actor('Inspector id')),
    assignedAt: TimestampSchema,
    verifyDueBy: IsoDateSchema,
  }),
});

/** `yiwang.complaints.report.verification-extended.v1` (internal). */
export const reportVerificationExtended = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'verification-extended',
  classification: 'internal',
  description: 'The verification deadline was extended once, by at most 30 days, with a reason.',
  schema: Closed({
    reportId,
    extendedDays: Type.Integer({ minimum: 1, maximum: 30 }),
    verifyDueBy: IsoDateSchema,
    reasonCode: StringEnum(['complex-case', 'awaiting-expertise', 'awaiting-department', 'other']),
    approvedBy: Actor(),
    approvedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.substantiated.v1` (internal). */
export const reportSubstantiated = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'substantiated',
  classification: 'internal',
  description:
    'Verification confirmed the report; hazards opens a case from it (source = complaint, sourceRef = reportId). Never identifies the reporter.',
  schema: Closed({
    reportId,
    enterprise: UsccSchema,
    region: RegionCodeSchema,
    scope: Scope,
    summaryCode: SummaryCode,
    industry: IndustrySchema,
    severity: StringEnum(
      ['general', 'major'],
      '一般 (general) or 重大 (major), as the inspector found it',
    ),
    finding: StringEnum([
      'major-hazard',
      'general-hazard',
      'illegal-operation',
      'concealed-accident',
      'other',
    ]),
    alreadyKnown: Type.Boolean({
      description: 'The matter was already known to the enterprise or the regulator',
    }),
    fineFen: Type.Optional(FenSchema),
    concealedDeaths: Type.Optional(Count('Concealed deaths found (concealed accidents)')),
    accidentLevel: Type.Optional(AccidentLevel),
    verifiedAt: TimestampSchema,
    verifiedBy: Actor(),
  }),
});

/** `yiwang.complaints.report.unsubstantiated.v1` (internal). */
export const reportUnsubstantiated = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'unsubstantiated',
  classification: 'internal',
  description: 'Verification did not confirm the report.',
  schema: Closed({
    reportId,
    reasonCode: StringEnum(['no-violation-found', 'cannot-locate', 'already-handled', 'other']),
    verifiedAt: TimestampSchema,
    verifiedBy: Actor(),
  }),
});

/** `yiwang.complaints.report.handled.v1` (internal). */
export const reportHandled = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'handled',
  classification: 'internal',
  description:
    'A substantiated report was handled: it spawned a hazard case and/or a penalty case.',
  schema: Closed({
    reportId,
    outcome: StringEnum(['hazard-case', 'penalty-case', 'hazard-and-penalty', 'rectified-on-site']),
    hazardId: Type.Optional(Id('Hazard case id')),
    penaltyCaseId: Type.Optional(Id('Penalty case id')),
    fineFen: Type.Optional(FenSchema),
    handledAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.feedback-sent.v1` (restricted). */
export const reportFeedbackSent = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'feedback-sent',
  classification: 'restricted',
  description:
    'The reporter was told the result (within 10 days after verification); how they were reached is not recorded here.',
  schema: Closed({
    reportId,
    stage: StringEnum(['acceptance', 'verification', 'handling', 'final']),
    dueBy: IsoDateSchema,
    sentAt: TimestampSchema,
    onTime: Type.Boolean(),
  }),
});

/** `yiwang.complaints.report.closed.v1` (internal). */
export const reportClosed = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'closed',
  classification: 'internal',
  description: 'A report was closed.',
  schema: Closed({
    reportId,
    outcome: StringEnum(['substantiated', 'unsubstantiated', 'not-accepted']),
    reward: StringEnum(['none', 'claimed', 'forfeited']),
    closedAt: TimestampSchema,
    withinDeadline: Type.Boolean(),
  }),
});

/** `yiwang.complaints.report.due-soon.v1` (internal). */
export const reportDueSoon = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'due-soon',
  classification: 'internal',
  description:
    'A deadline of a report comes due soon (emitted once per deadline and due date by the scheduler).',
  schema: Closed({
    reportId,
    deadline: Deadline,
    dueBy: IsoDateSchema,
    daysLeft: Count('Whole days left until the due date'),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.overdue.v1` (internal). */
export const reportOverdue = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'overdue',
  classification: 'internal',
  description:
    'A deadline of a report passed unmet (emitted once per deadline and due date by the scheduler).',
  schema: Closed({
    reportId,
    deadline: Deadline,
    dueBy: IsoDateSchema,
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.conclusion-extended.v1` (internal). */
export const reportConclusionExtended = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'conclusion-extended',
  classification: 'internal',
  description:
    'A supervisor approved more time to conclude a report (local time limit: 30 days after acceptance, at most 90 with approval).',
  schema: Closed({
    reportId,
    totalDays: Type.Integer({ minimum: 1, maximum: 3650, description: 'Days from acceptance' }),
    concludeDueBy: IsoDateSchema,
    approvedBy: Actor(),
    approvedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.time-limit-due-soon.v1` (internal). */
export const reportTimeLimitDueSoon = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'time-limit-due-soon',
  classification: 'internal',
  description:
    'A local time limit of a report (reply, conclusion) comes due soon; emitted once per limit and due date.',
  schema: Closed({
    reportId,
    timeLimit: TimeLimit,
    dueBy: IsoDateSchema,
    daysLeft: Count('Whole days left until the due date'),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.report.time-limit-overdue.v1` (internal). */
export const reportTimeLimitOverdue = defineEvent({
  context: 'complaints',
  aggregate: 'report',
  event: 'time-limit-overdue',
  classification: 'internal',
  description:
    'A local time limit of a report (reply, conclusion) passed unmet; emitted once per limit and due date.',
  schema: Closed({
    reportId,
    timeLimit: TimeLimit,
    dueBy: IsoDateSchema,
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.reward.decided.v1` (restricted). */
export const rewardDecided = defineEvent({
  context: 'complaints',
  aggregate: 'reward',
  event: 'decided',
  classification: 'restricted',
  description:
    'A reward was decided (15 % of the fine within 3,000–300,000 yuan, or per concealed death) and notice given.',
  schema: Closed({
    rewardId,
    reportId,
    basis: StringEnum(['fine-percentage', 'concealed-accident']),
    fineFen: Type.Optional(FenSchema),
    concealedDeaths: Type.Optional(Count('Concealed deaths')),
    accidentLevel: Type.Optional(AccidentLevel),
    amountFen: FenSchema,
    ruleVersion: Type.String({
      pattern: '^[A-Za-z0-9._-]{1,32}$',
      description: 'Version of the reward rule set applied',
      examples: ['2018.1'],
    }),
    decidedAt: TimestampSchema,
    decidedBy: Actor(),
    claimDueBy: IsoDateSchema,
  }),
});

/** `yiwang.complaints.reward.claimed.v1` (restricted). */
export const rewardClaimed = defineEvent({
  context: 'complaints',
  aggregate: 'reward',
  event: 'claimed',
  classification: 'restricted',
  description: 'A reward was claimed and paid.',
  schema: Closed({
    rewardId,
    reportId,
    amountFen: FenSchema,
    claimedAt: TimestampSchema,
  }),
});

/** `yiwang.complaints.reward.forfeited.v1` (restricted). */
export const rewardForfeited = defineEvent({
  context: 'complaints',
  aggregate: 'reward',
  event: 'forfeited',
  classification: 'restricted',
  description: 'A reward was forfeited (not claimed within 60 days of notice, or declined).',
  schema: Closed({
    rewardId,
    reportId,
    reason: StringEnum(['not-claimed-in-time', 'declined']),
    forfeitedAt: TimestampSchema,
  }),
});

/** Every event of the complaints context. */
export const complaintsEvents = [
  reportReceived,
  reportTriaged,
  reportAccepted,
  reportNotAccepted,
  reportAssigned,
  reportVerificationExtended,
  reportSubstantiated,
  reportUnsubstantiated,
  reportHandled,
  reportFeedbackSent,
  reportClosed,
  reportDueSoon,
  reportOverdue,
  reportConclusionExtended,
  reportTimeLimitDueSoon,
  reportTimeLimitOverdue,
  rewardDecided,
  rewardClaimed,
  rewardForfeited,
];
