// Tables of the credit service: subjects (with the enterprise directory data credit needs,
// projected from exchange events), records, listing cases, rating history, departments'
// measures, the check audit log and stored idempotent answers. schema.ts adds the bus tables.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Enterprises and agencies (by USCC) and responsible persons (by keyed ID hash). */
export const subjects = pgTable(
  'subjects',
  {
    /** The USCC for enterprises and agencies, `per-…` for persons. */
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    /** Own USCC, or the employer's for a person. */
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    region: text('region').notNull(),
    /** HMAC-SHA256 of a person's ID number (never the number itself). */
    idHash: text('id_hash'),
    /** A person's role at the enterprise: `principal` (主要负责人) or `responsible`. */
    personRole: text('person_role'),
    /** Safety-standardisation grade from the directory ('1'–'3', 'none'). */
    standardisation: text('standardisation'),
    /** Current rating (null: persons, or not computed yet). */
    rating: integer('rating'),
    ratingReasons: jsonb('rating_reasons').$type<string[]>(),
    /** The next day an adverse record stops counting (the sweeper recomputes then). */
    ratingReviewOn: text('rating_review_on'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('subjects_uscc').on(t.uscc),
    index('subjects_region').on(t.region),
    uniqueIndex('subjects_id_hash').on(t.idHash),
    index('subjects_review').on(t.ratingReviewOn),
  ],
);

/** Credit records; `dedupKey` makes records from events and retried requests idempotent. */
export const records = pgTable(
  'records',
  {
    id: text('id').primaryKey(),
    subjectId: text('subject_id').notNull(),
    kind: text('kind').notNull(),
    trigger: text('trigger').notNull(),
    triggerRef: text('trigger_ref').notNull(),
    dedupKey: text('dedup_key').notNull(),
    fact: text('fact'),
    accidentLevel: text('accident_level'),
    occurredOn: text('occurred_on').notNull(),
    effectiveUntil: text('effective_until'),
    summary: text('summary').notNull(),
    decidingDepartment: text('deciding_department').notNull(),
    penaltyDecisionNumber: text('penalty_decision_number'),
    evidenceEventId: text('evidence_event_id'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('records_dedup').on(t.dedupKey),
    index('records_subject').on(t.subjectId, t.id),
    index('records_trigger_ref').on(t.triggerRef),
  ],
);

/** Listing cases: the domain state as jsonb plus the columns lists and the sweeper use. */
export const listings = pgTable(
  'listings',
  {
    id: text('id').primaryKey(),
    subjectId: text('subject_id').notNull(),
    region: text('region').notNull(),
    status: text('status').notNull(),
    expiresOn: text('expires_on'),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** W3C traceparent of the request or event that opened the case: its expiry continues it. */
    traceParent: text('trace_parent'),
  },
  (t) => [
    index('listings_subject').on(t.subjectId),
    index('listings_status').on(t.status, t.id),
    index('listings_expiry').on(t.status, t.expiresOn),
    // At most one open case per subject (a second proposal waits for the first to end).
    uniqueIndex('listings_one_open')
      .on(t.subjectId)
      .where(sql`status in ('proposed', 'pending', 'listed', 'removal-applied')`),
  ],
);

/** Every rating change with its reasons. */
export const ratingHistory = pgTable(
  'rating_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: text('subject_id').notNull(),
    previousLevel: integer('previous_level'),
    level: integer('level').notNull(),
    reason: text('reason').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [index('rating_history_subject').on(t.subjectId, t.id)],
);

/** The measures each department applies (its joint-punishment policy). */
export const departmentMeasures = pgTable('department_measures', {
  departmentId: text('department_id').primaryKey(),
  measures: jsonb('measures').$type<string[]>().notNull(),
  /** `directory` (defaults by department kind) or `admin` (set through the API). */
  source: text('source').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Audit log of checks: who asked, for what, and the answer. Append-only. */
export const checks = pgTable(
  'checks',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    purpose: text('purpose').notNull(),
    outcome: text('outcome').notNull(),
    measureIds: jsonb('measure_ids').$type<string[]>().notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    askedBy: text('asked_by').notNull(),
    department: text('department').notNull(),
    checkedAt: ts('checked_at').notNull(),
  },
  (t) => [index('checks_department').on(t.department, t.id), index('checks_uscc').on(t.uscc)],
);

/** Stored answers of POSTs made with an `Idempotency-Key` header. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
