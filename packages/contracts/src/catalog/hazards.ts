// Events of the `hazards` context: hazard cases (一般/重大), major hazard installations
// (重大危险源), accident reports (事故直报) and periodic statistics. DOMAIN.md "Hazards",
// "Accidents".
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IndustrySchema } from '../values/industry.js';
import { FenSchema } from '../values/money.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import {
  Actor,
  Attachments,
  Closed,
  Count,
  DocumentNumber,
  GeoPoint,
  Id,
  StaffText,
  StringEnum,
} from './fields.js';

const hazardId = Id('Hazard case id');
const HazardLevel = StringEnum(['general', 'major'], '一般 (general) or 重大 (major) hazard');
const HazardSource = StringEnum(
  ['self-check', 'inspection', 'grid', 'complaint', 'iot-alarm', 'insurer-prevention'],
  'Where the hazard was found',
);
const HazardCategory = StringEnum(
  [
    'equipment',
    'process',
    'site',
    'electrical',
    'fire-protection',
    'hazardous-materials',
    'confined-space',
    'working-at-height',
    'occupational-health',
    'management',
    'other',
  ],
  'Hazard category',
);
const AccidentLevel = StringEnum(
  ['general', 'larger', 'major', 'especially-major'],
  '一般 / 较大 / 重大 / 特别重大 (生产安全事故报告和调查处理条例 art. 3)',
);
/** GB 6441-1986 accident categories (20 kinds). */
const AccidentKind = StringEnum(
  [
    'object-strike',
    'vehicle',
    'machinery',
    'lifting',
    'electrocution',
    'drowning',
    'scald-burn',
    'fire',
    'fall-from-height',
    'collapse',
    'roof-fall',
    'water-inrush',
    'blasting',
    'explosive-explosion',
    'gas-explosion',
    'boiler-explosion',
    'vessel-explosion',
    'other-explosion',
    'poisoning-asphyxiation',
    'other',
  ],
  'Accident category (GB 6441-1986)',
);
const Casualties = {
  deaths: Count('Deaths'),
  seriousInjuries: Count('Serious injuries (incl. acute industrial poisoning)'),
  missing: Count('Missing persons'),
  directLossFen: FenSchema,
};
const InstallationGrade = Type.Integer({
  minimum: 1,
  maximum: 4,
  description: 'Grade 1–4 by R (GB 18218-2018): 1 R≥100, 2 50–100, 3 10–50, 4 <10',
});

/** `yiwang.hazards.hazard.reported.v1` (internal). */
export const hazardReported = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'reported',
  classification: 'internal',
  description:
    'A hazard case was opened, from a self-check, an inspection, a grid worker, a 12350 report, an IoT alarm or an insurer visit.',
  schema: Closed({
    hazardId,
    enterpriseName: Type.Optional(
      StaffText(100, 'Enterprise name; absent while the enterprise is not in the directory'),
    ),
    industry: Type.Optional(IndustrySchema),
    source: HazardSource,
    sourceRef: Type.Optional(
      Id('Id of the originating record (report, alarm, grid report, prevention finding)'),
    ),
    category: HazardCategory,
    summary: StaffText(500, 'Summary of the hazard, written by staff or the enterprise'),
    location: Type.Optional(StaffText(200, 'Where on the premises')),
    position: Type.Optional(GeoPoint),
    foundAt: TimestampSchema,
    foundBy: Type.Optional(Actor('Inspector or grid worker id, when not a self-check')),
    photos: Attachments('Photos of the hazard'),
  }),
});

/** `yiwang.hazards.hazard.graded.v1` (internal). */
export const hazardGraded = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'graded',
  classification: 'internal',
  description:
    'A hazard was graded general or major against a versioned checklist (判定标准) and given a rectification deadline.',
  schema: Closed({
    hazardId,
    level: HazardLevel,
    checklist: Type.Optional(
      Closed({
        standard: StaffText(60, 'Checklist id, e.g. gongmao-2023'),
        itemId: StaffText(20, 'Checklist item id'),
      }),
    ),
    stopRequired: StringEnum(['none', 'partial', 'full'], 'Production stop needed to fix it'),
    rectificationDeadline: IsoDateSchema,
    gradedAt: TimestampSchema,
    gradedBy: Actor(),
  }),
});

/** `yiwang.hazards.hazard.double-reported.v1` (internal). */
export const hazardDoubleReported = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'double-reported',
  classification: 'internal',
  description:
    'The enterprise reported a major hazard both to the regulator and to its workers’ congress (双报告).',
  schema: Closed({
    hazardId,
    reportedToRegulatorAt: TimestampSchema,
    reportedToWorkersCongressAt: TimestampSchema,
  }),
});

/** `yiwang.hazards.hazard.plan-submitted.v1` (internal). */
export const hazardPlanSubmitted = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'plan-submitted',
  classification: 'internal',
  description:
    'The enterprise submitted the remediation plan of a major hazard with its six required parts.',
  schema: Closed({
    hazardId,
    planId: Id('Plan id'),
    submittedAt: TimestampSchema,
    plannedCompletion: IsoDateSchema,
    fundsFen: FenSchema,
    parts: Closed(
      {
        goalsAndTasks: Id('Document id: goals and tasks'),
        methodsAndMeasures: Id('Document id: methods and measures'),
        fundsAndMaterials: Id('Document id: funds and materials'),
        responsibleBodyAndPeople: Id('Document id: responsible body and people'),
        deadlineAndRequirements: Id('Document id: deadline and requirements'),
        safetyAndEmergencyMeasures: Id('Document id: safety measures and emergency plan'),
      },
      'The six required parts of the plan (总局令第16号 art. 15)',
    ),
  }),
});

/** `yiwang.hazards.hazard.stop-ordered.v1` (internal). */
export const hazardStopOrdered = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'stop-ordered',
  classification: 'internal',
  description:
    'The bureau ordered a full or partial stop of production until the hazard is removed.',
  schema: Closed({
    hazardId,
    scope: StringEnum(['partial', 'full']),
    orderNumber: DocumentNumber(),
    orderedAt: TimestampSchema,
    orderedBy: Actor(),
    reason: StaffText(500, 'Reason'),
  }),
});

/** `yiwang.hazards.hazard.listed.v1` (public). */
export const hazardListed = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'listed',
  classification: 'public',
  description: 'A major hazard was put under listed supervision (挂牌督办) with a public notice.',
  schema: Closed({
    hazardId,
    enterpriseName: Type.Optional(StaffText(100, 'Enterprise name, when in the directory')),
    hazardSummary: StaffText(300, 'Summary published in the notice'),
    authority: StaffText(100, 'Listing authority, e.g. 湖州市安委会'),
    authorityLevel: StringEnum(['province', 'city', 'county']),
    documentNumber: DocumentNumber(),
    listedAt: TimestampSchema,
    deadline: IsoDateSchema,
  }),
});

/** `yiwang.hazards.hazard.extension-requested.v1` (internal). */
export const hazardExtensionRequested = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'extension-requested',
  classification: 'internal',
  description:
    'The enterprise asked to extend the rectification deadline (at least 20 working days before it).',
  schema: Closed({
    hazardId,
    requestId: Id('Extension request id'),
    currentDeadline: IsoDateSchema,
    requestedDeadline: IsoDateSchema,
    workingDaysBeforeDeadline: Count('Working days between the request and the current deadline'),
    reason: StaffText(1000, 'Reason given by the enterprise'),
    requestedAt: TimestampSchema,
    decisionDueBy: IsoDateSchema,
  }),
});

/** `yiwang.hazards.hazard.extension-decided.v1` (internal). */
export const hazardExtensionDecided = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'extension-decided',
  classification: 'internal',
  description: 'The bureau approved or refused a deadline extension (within 10 working days).',
  schema: Closed({
    hazardId,
    requestId: Id('Extension request id'),
    decision: StringEnum(['approved', 'refused']),
    deadline: IsoDateSchema,
    decidedAt: TimestampSchema,
    decidedBy: Actor(),
    reason: Type.Optional(StaffText(500, 'Reason, required when refused')),
  }),
});

/** `yiwang.hazards.hazard.rectified.v1` (internal). */
export const hazardRectified = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'rectified',
  classification: 'internal',
  description: 'The enterprise reported the hazard fixed, with evidence.',
  schema: Closed({
    hazardId,
    rectifiedAt: TimestampSchema,
    evidence: Attachments('Evidence (photos, documents)', 1),
    costFen: Type.Optional(FenSchema),
  }),
});

/** `yiwang.hazards.hazard.assessed.v1` (internal). */
export const hazardAssessed = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'assessed',
  classification: 'internal',
  description:
    'The remediation of a major hazard was assessed by the enterprise or a technical service agency.',
  schema: Closed({
    hazardId,
    assessedAt: TimestampSchema,
    assessor: StringEnum(['enterprise', 'agency']),
    agency: Type.Optional(UsccSchema),
    conclusion: StringEnum(['eliminated', 'not-eliminated']),
    reportId: Id('Assessment report file id'),
  }),
});

/** `yiwang.hazards.hazard.resumption-applied.v1` (internal). */
export const hazardResumptionApplied = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'resumption-applied',
  classification: 'internal',
  description:
    'The enterprise applied to resume production; the bureau reviews on site within 10 days.',
  schema: Closed({
    hazardId,
    applicationId: Id('Resumption application id'),
    appliedAt: TimestampSchema,
    reviewDueBy: IsoDateSchema,
  }),
});

/** `yiwang.hazards.hazard.reviewed.v1` (internal). */
export const hazardReviewed = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'reviewed',
  classification: 'internal',
  description:
    'An inspector rechecked a rectified general hazard or reviewed a major hazard on site before resumption.',
  schema: Closed({
    hazardId,
    kind: StringEnum(['recheck', 'resumption-review']),
    outcome: StringEnum(['passed', 'failed']),
    reviewedAt: TimestampSchema,
    reviewedBy: Actor(),
    findings: Type.Optional(StaffText(1000, 'Findings of the review')),
  }),
});

/** `yiwang.hazards.hazard.closed.v1` (public). */
export const hazardClosed = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'closed',
  classification: 'public',
  description:
    'A hazard case was closed (核销); for a major hazard a public notice is issued. Complaints use it to give feedback.',
  schema: Closed({
    hazardId,
    level: HazardLevel,
    source: HazardSource,
    sourceRef: Type.Optional(Id('Id of the originating record')),
    enterpriseName: Type.Optional(StaffText(100, 'Enterprise name, when in the directory')),
    closedAt: TimestampSchema,
    closedBy: Actor(),
    documentNumber: Type.Optional(DocumentNumber('Closing document number for major hazards')),
  }),
});

/** `yiwang.hazards.hazard.rejected.v1` (internal). */
export const hazardRejected = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'rejected',
  classification: 'internal',
  description:
    'The resumption review failed; the hazard returns to rectification with a new deadline.',
  schema: Closed({
    hazardId,
    rejectedAt: TimestampSchema,
    rejectedBy: Actor(),
    reason: StaffText(1000, 'What is still wrong'),
    newDeadline: IsoDateSchema,
  }),
});

/** `yiwang.hazards.hazard.overdue.v1` (internal). */
export const hazardOverdue = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'overdue',
  classification: 'internal',
  description:
    'A hazard passed its rectification deadline unfixed; overdue major hazards feed credit and permits.',
  schema: Closed({
    hazardId,
    level: HazardLevel,
    industry: Type.Optional(IndustrySchema),
    deadline: IsoDateSchema,
    detectedAt: TimestampSchema,
    daysOverdue: Type.Integer({ minimum: 1 }),
  }),
});

/** `yiwang.hazards.hazard.enforcement-ordered.v1` (internal). */
export const hazardEnforcementOrdered = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'enforcement-ordered',
  classification: 'internal',
  description:
    'The enterprise refused an order; the bureau imposed enforcement (stop production, daily fines, supply cut).',
  schema: Closed({
    hazardId,
    measures: Type.Array(
      StringEnum(['stop-production', 'daily-fine', 'seal-equipment', 'suspend-power-supply']),
      { minItems: 1, uniqueItems: true },
    ),
    decisionNumber: DocumentNumber(),
    dailyFineFen: Type.Optional(FenSchema),
    orderedAt: TimestampSchema,
    orderedBy: Actor(),
    reason: StaffText(500, 'Order that was refused'),
  }),
});

/** `yiwang.hazards.hazard.due-soon.v1` (internal). */
export const hazardDueSoon = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'due-soon',
  classification: 'internal',
  description:
    'A rectification deadline is near (configurable lead time); sent once per deadline as a reminder.',
  schema: Closed({
    hazardId,
    level: HazardLevel,
    deadline: IsoDateSchema,
    daysLeft: Count('Calendar days until the deadline (0: the deadline is today)'),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.hazards.hazard.bureau-deadline-missed.v1` (internal). */
export const hazardBureauDeadlineMissed = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'bureau-deadline-missed',
  classification: 'internal',
  description:
    'The bureau missed its own deadline on a case: an extension decision (10 working days) or the on-site review after a resumption application (10 days); escalated to the supervisors.',
  schema: Closed({
    hazardId,
    level: HazardLevel,
    duty: StringEnum(['extension-decision', 'resumption-review'], 'The missed duty'),
    ref: Id('Extension request id or resumption application id'),
    dueBy: IsoDateSchema,
    daysLate: Type.Integer({ minimum: 1, description: 'Calendar days past the due date' }),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.hazards.hazard.enforcement-lifted.v1` (internal). */
export const hazardEnforcementLifted = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'enforcement-lifted',
  classification: 'internal',
  description:
    'The enterprise complied and the bureau lifted its enforcement measures; daily fines stop accruing.',
  schema: Closed({
    hazardId,
    decisionNumber: DocumentNumber('Number of the enforcement decision lifted'),
    liftedAt: TimestampSchema,
    liftedBy: Actor(),
    reason: StaffText(500, 'Why the measures were lifted'),
    finedDays: Type.Optional(Count('Days a daily fine ran (安全生产法 art. 112)')),
    totalFineFen: Type.Optional(FenSchema),
  }),
});

/** `yiwang.hazards.installation.registered.v1` (internal). */
export const installationRegistered = defineEvent({
  context: 'hazards',
  aggregate: 'installation',
  event: 'registered',
  classification: 'internal',
  description:
    'A major hazard installation (重大危险源) was registered with its substances and grade.',
  schema: Closed({
    installationId: Id('Installation id'),
    name: StaffText(100, 'Installation name, e.g. 液氯储罐区'),
    substances: Type.Array(
      Closed({
        name: StaffText(60, 'Substance name'),
        casNumber: Type.Optional(
          Type.String({
            pattern: '^[0-9]{2,7}-[0-9]{2}-[0-9]$',
            description: 'CAS registry number',
            examples: ['7782-50-5'],
          }),
        ),
        quantityTonnes: Type.Number({ minimum: 0, description: 'Maximum quantity present (t)' }),
        criticalTonnes: Type.Number({ exclusiveMinimum: 0, description: 'Critical quantity (t)' }),
      }),
      { minItems: 1 },
    ),
    rValue: Type.Number({ minimum: 0, description: 'R value (GB 18218-2018)' }),
    grade: InstallationGrade,
    position: Type.Optional(GeoPoint),
    registeredAt: TimestampSchema,
    nextAssessmentDue: IsoDateSchema,
    sensorIds: Type.Optional(
      Type.Array(Id('Sensor id (iot-ingest)'), {
        maxItems: 200,
        description: 'Sensors monitoring the installation',
      }),
    ),
    lastAssessedOn: Type.Optional(IsoDateSchema),
  }),
});

/** `yiwang.hazards.installation.graded.v1` (internal). */
export const installationGraded = defineEvent({
  context: 'hazards',
  aggregate: 'installation',
  event: 'graded',
  classification: 'internal',
  description: 'A major hazard installation was (re)assessed and graded 1–4.',
  schema: Closed({
    installationId: Id('Installation id'),
    rValue: Type.Number({ minimum: 0 }),
    grade: InstallationGrade,
    previousGrade: Type.Optional(InstallationGrade),
    assessmentReportId: Id('Assessment report file id'),
    gradedAt: TimestampSchema,
    nextAssessmentDue: IsoDateSchema,
    sensorIds: Type.Optional(
      Type.Array(Id('Sensor id (iot-ingest)'), {
        maxItems: 200,
        description: 'Sensors monitoring the installation, when changed',
      }),
    ),
  }),
});

/** `yiwang.hazards.installation.reassessment-due.v1` (internal). */
export const installationReassessmentDue = defineEvent({
  context: 'hazards',
  aggregate: 'installation',
  event: 'reassessment-due',
  classification: 'internal',
  description: 'A major hazard installation is due for its 3-yearly reassessment.',
  schema: Closed({
    installationId: Id('Installation id'),
    grade: InstallationGrade,
    lastAssessedOn: IsoDateSchema,
    dueOn: IsoDateSchema,
  }),
});

/** `yiwang.hazards.accident.reported.v1` (internal). */
export const accidentReported = defineEvent({
  context: 'hazards',
  aggregate: 'accident',
  event: 'reported',
  classification: 'internal',
  description:
    'An enterprise reported a work-safety accident (事故直报); the level is the worst of deaths, injuries and loss.',
  schema: Closed({
    accidentId: Id('Accident id'),
    industry: IndustrySchema,
    kind: AccidentKind,
    occurredAt: TimestampSchema,
    learnedAt: TimestampSchema,
    reportedAt: TimestampSchema,
    timeliness: StringEnum(['on-time', 'late'], 'Reported within 1 hour of learning of it, or not'),
    ...Casualties,
    level: AccidentLevel,
    roadTrafficOrFire: Type.Boolean({ description: 'Revision window is 7 days instead of 30' }),
    summary: StaffText(1000, 'What happened, as reported'),
  }),
});

/** `yiwang.hazards.accident.level-revised.v1` (internal). */
export const accidentLevelRevised = defineEvent({
  context: 'hazards',
  aggregate: 'accident',
  event: 'level-revised',
  classification: 'internal',
  description: 'The figures of an accident were revised (within 30 days, 7 for road traffic/fire).',
  schema: Closed({
    accidentId: Id('Accident id'),
    revision: Type.Integer({ minimum: 1 }),
    revisedAt: TimestampSchema,
    ...Casualties,
    previousLevel: AccidentLevel,
    level: AccidentLevel,
    reason: StaffText(500, 'Reason for the revision'),
  }),
});

/** `yiwang.hazards.accident.concealment-flagged.v1` (restricted). */
export const accidentConcealmentFlagged = defineEvent({
  context: 'hazards',
  aggregate: 'accident',
  event: 'concealment-flagged',
  classification: 'restricted',
  description:
    'An accident was found reported late, missing, falsely or concealed (迟报/漏报/谎报/瞒报); feeds credit listing.',
  schema: Closed({
    accidentId: Id('Accident id (a concealed accident gets one when flagged)'),
    violation: StringEnum(['late', 'missing', 'false', 'concealed']),
    detectedVia: StringEnum(['complaint', 'inspection', 'media', 'hospital-or-police', 'other']),
    complaintReportId: Type.Optional(Id('12350 report id, when found through a report')),
    level: Type.Optional(AccidentLevel),
    deaths: Type.Optional(Count('Deaths known at flagging')),
    flaggedAt: TimestampSchema,
    flaggedBy: Actor(),
  }),
});

/** `yiwang.hazards.statistics.filed.v1` (internal). */
export const statisticsFiled = defineEvent({
  context: 'hazards',
  aggregate: 'statistics',
  event: 'filed',
  classification: 'internal',
  description:
    'An enterprise filed its quarterly (by the 15th after the quarter) or annual (by 31 January) hazard statistics.',
  schema: Closed({
    filingId: Id('Filing id'),
    period: StringEnum(['Q1', 'Q2', 'Q3', 'Q4', 'year']),
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    dueOn: IsoDateSchema,
    filedAt: TimestampSchema,
    late: Type.Boolean(),
    signedByPrincipal: Type.Boolean(),
    general: Closed({ found: Count('Found'), rectified: Count('Rectified') }),
    major: Closed({
      found: Count('Found'),
      rectified: Count('Rectified'),
      listed: Count('Listed'),
    }),
    investmentFen: FenSchema,
  }),
});

/** Every event of the hazards context. */
export const hazardsEvents = [
  hazardReported,
  hazardGraded,
  hazardDoubleReported,
  hazardPlanSubmitted,
  hazardStopOrdered,
  hazardListed,
  hazardExtensionRequested,
  hazardExtensionDecided,
  hazardRectified,
  hazardAssessed,
  hazardResumptionApplied,
  hazardReviewed,
  hazardClosed,
  hazardRejected,
  hazardOverdue,
  hazardEnforcementOrdered,
  hazardDueSoon,
  hazardBureauDeadlineMissed,
  hazardEnforcementLifted,
  installationRegistered,
  installationGraded,
  installationReassessmentDue,
  accidentReported,
  accidentLevelRevised,
  accidentConcealmentFlagged,
  statisticsFiled,
];
