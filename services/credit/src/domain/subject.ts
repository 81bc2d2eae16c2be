// Credit subjects (DOMAIN.md "Credit and blacklist": enterprises, their responsible persons,
// and technical service agencies). A responsible person is known by a keyed hash of the ID
// number only (computed outside the domain) and published by name with the enterprise's USCC.

/** Who a record or listing is about. */
export type SubjectKind = 'enterprise' | 'responsible-person' | 'agency';

/** Accident levels (生产安全事故报告和调查处理条例 art. 3). */
export type AccidentLevel = 'general' | 'larger' | 'major' | 'especially-major';

/** A subject as records and listings refer to it. */
export interface SubjectRef {
  /** The USCC for enterprises and agencies, `per-…` for a person. */
  readonly id: string;
  readonly kind: SubjectKind;
  /** Own USCC, or the employer's for a responsible person. */
  readonly uscc: string;
  readonly name: string;
  readonly region: string;
}

/** Kinds of credit records (the penalties, bad records, listing decisions, good conduct). */
export type RecordKind = 'penalty' | 'bad-record' | 'listing-decision' | 'good-conduct';

/** What caused a record (the contract's `trigger`). */
export type RecordTrigger =
  | 'hazard-overdue'
  | 'order-refused'
  | 'permit-violation'
  | 'accident'
  | 'accident-concealment'
  | 'insurance-violation'
  | 'other';

/** Facts a record establishes for the listing criteria (the rules engine reads these). */
export type FactKind =
  | 'accident'
  | 'accident-concealment'
  | 'unlicensed-operation'
  | 'false-agency-report'
  | 'qualification-rental';

/** A credit record. */
export interface CreditRecord {
  readonly id: string;
  readonly subjectId: string;
  readonly kind: RecordKind;
  readonly trigger: RecordTrigger;
  /** Id of the triggering case in its context (hazard, accident, licence, report …). */
  readonly triggerRef: string;
  /** What it establishes for the listing criteria, if anything. */
  readonly fact?: FactKind;
  readonly accidentLevel?: AccidentLevel;
  /** The day the underlying act happened (accident date, penalty date). */
  readonly occurredOn: string;
  /** A bad record lowers the rating until this day (exclusive). */
  readonly effectiveUntil?: string;
  readonly summary: string;
  readonly decidingDepartment: string;
  readonly penaltyDecisionNumber?: string;
  /** The event it was made from (evidence link), when it came from another context. */
  readonly evidenceEventId?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** True for kinds that count against the subject (they lower the rating). */
export function isAdverse(kind: RecordKind): boolean {
  return kind === 'penalty' || kind === 'bad-record';
}
