// Extension, verification, outcome and feedback.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { extendVerification } from '../app/extend-verification.js';
import { recordOutcome } from '../app/record-outcome.js';
import { sendFeedback } from '../app/send-feedback.js';
import { verifyReport } from '../app/verify-report.js';
import { caseAction } from './case-action.js';
import type { HttpContext } from './context.js';
import {
  AccidentLevel,
  Closed,
  Enum,
  ExtensionReason,
  Fen,
  Id,
  Outcome,
  ROLES,
  StaffText,
  UnsubstantiatedReason,
} from './schemas.js';

const Verify = Type.Union([
  Closed({
    result: Type.Literal('substantiated'),
    severity: Enum(['general', 'major'], '一般 or 重大 as found'),
    findings: StaffText(4000, 'What the inspection found'),
    fineFen: Type.Optional(Fen),
    concealedDeaths: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
    accidentLevel: Type.Optional(AccidentLevel),
    alreadyKnown: Type.Boolean({
      description: 'The enterprise or the regulator already knew the matter',
    }),
    enterpriseUscc: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{18}$' })),
  }),
  Closed({
    result: Type.Literal('unsubstantiated'),
    reasonCode: UnsubstantiatedReason,
    findings: StaffText(4000, 'What the inspection found'),
  }),
]);

export function verificationRoutes(app: ServiceApp, { deps }: HttpContext): void {
  caseAction(app, {
    name: 'extension',
    summary: 'Extend verification once, by at most 30 days, with a reason (the caller approves)',
    roles: ROLES.supervise,
    body: Closed({
      days: Type.Integer({ minimum: 1, maximum: 365 }),
      reasonCode: ExtensionReason,
      reason: StaffText(1000, 'Why more time is needed'),
    }),
    run: (id, caller, b) => extendVerification(deps, id, caller, b.days, b.reasonCode, b.reason),
  });
  caseAction(app, {
    name: 'verification',
    summary: 'Record the verification result: substantiated (fine, concealed deaths) or not',
    roles: ROLES.verify,
    body: Verify,
    run: (id, caller, b) =>
      verifyReport(
        deps,
        id,
        caller,
        b.result === 'substantiated'
          ? {
              type: 'verify-substantiated',
              severity: b.severity,
              findings: b.findings,
              fineFen: b.fineFen ?? 0,
              concealedDeaths: b.concealedDeaths ?? 0,
              accidentLevel: b.accidentLevel,
              alreadyKnown: b.alreadyKnown,
              enterpriseUscc: b.enterpriseUscc,
            }
          : { type: 'verify-unsubstantiated', reasonCode: b.reasonCode, findings: b.findings },
      ),
  });
  caseAction(app, {
    name: 'outcome',
    summary:
      'Record how a substantiated report was handled (also recorded from hazards.hazard.closed)',
    roles: ROLES.verify,
    body: Closed({
      outcome: Outcome,
      hazardId: Type.Optional(Id),
      penaltyCaseId: Type.Optional(Id),
    }),
    run: (id, caller, b) => recordOutcome(deps, id, caller, b),
  });
  caseAction(app, {
    name: 'feedback',
    summary: 'Record that the reporter was told the result (within 10 days)',
    roles: ROLES.intakeDesk,
    body: Closed({}),
    run: (id, caller) => sendFeedback(deps, id, caller),
  });
}
