// The staff view of a report: what case work needs, nothing that identifies the reporter (the
// vault is not even read here). The response schema doubles as an allowlist: the serializer
// drops anything not declared.
import { Type } from '@sinclair/typebox';
import {
  AccidentLevel,
  Channel,
  Closed,
  DeclineReason,
  Enum,
  ExtensionReason,
  Fen,
  Id,
  Industry,
  IsoDate,
  Outcome,
  Region,
  Scope,
  StaffText,
  Status,
  SummaryCode,
  Timestamp,
  UnsubstantiatedReason,
  Uuid,
} from './schemas.js';

const opt = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) => Type.Optional(schema);

export const ReportView = Closed({
  id: Uuid,
  version: Type.Integer(),
  status: Status,
  channel: Channel,
  category: Scope,
  location: Closed({
    region: Region,
    address: opt(Type.String()),
    lat: opt(Type.Number()),
    lng: opt(Type.Number()),
  }),
  enterprise: Closed({ uscc: opt(Type.String()), name: opt(Type.String()) }),
  occurredOn: opt(IsoDate),
  attachments: Type.Array(
    Closed({
      name: Type.String(),
      mimeType: Type.String(),
      size: Type.Integer(),
      sha256: Type.String(),
    }),
  ),
  receivedAt: Timestamp,
  receivedBy: opt(Id),
  duplicateOf: opt(Uuid),
  industry: opt(Industry),
  summaryCode: opt(SummaryCode),
  staffSummary: opt(StaffText(2000, 'Written by staff; never the reporter’s own words')),
  declined: opt(Closed({ reason: DeclineReason, transferredTo: opt(Id) })),
  acceptedAt: opt(Timestamp),
  verifyDueBy: opt(IsoDate),
  extension: opt(
    Closed({
      days: Type.Integer(),
      reasonCode: ExtensionReason,
      reason: Type.String(),
      approvedBy: Id,
      at: Timestamp,
    }),
  ),
  assignment: opt(Closed({ unit: Id, assignee: opt(Id), at: Timestamp })),
  verification: opt(
    Closed({
      result: Enum(['substantiated', 'unsubstantiated']),
      severity: opt(Enum(['general', 'major'])),
      reasonCode: opt(UnsubstantiatedReason),
      findings: Type.String(),
      fineFen: opt(Fen),
      concealedDeaths: opt(Type.Integer()),
      accidentLevel: opt(AccidentLevel),
      alreadyKnown: opt(Type.Boolean()),
      at: Timestamp,
      by: Id,
    }),
  ),
  outcome: opt(Closed({ kind: Outcome, hazardId: opt(Id), penaltyCaseId: opt(Id), at: Timestamp })),
  feedbackDueBy: opt(IsoDate),
  feedbackSentAt: opt(Timestamp),
  reward: Closed({
    status: Enum(['none', 'denied', 'decided', 'claimed', 'forfeited']),
    reason: opt(Type.String()),
    rewardId: opt(Uuid),
    amountFen: opt(Fen),
    basis: opt(Enum(['fine-percentage', 'concealed-accident'])),
    ruleVersion: opt(Type.String()),
    decidedAt: opt(Timestamp),
    claimDueBy: opt(IsoDate),
    settledAt: opt(Timestamp),
  }),
  deadline: opt(
    Closed({ kind: Enum(['verification', 'feedback', 'reward-claim']), dueBy: IsoDate }),
  ),
  closedAt: opt(Timestamp),
  timeline: Type.Array(Closed({ status: Status, at: Timestamp })),
});
