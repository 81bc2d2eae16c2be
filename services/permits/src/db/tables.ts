// Tables of the permits service: applications and their public progress, licences, number
// counters, and the local projections of other contexts (enterprise directory, credit
// listings, insurance policies and compliance, major hazards, accidents). schema.ts adds the
// bus tables. Projections keep the sequence of the last event that set and that cleared a
// fact, so events applied out of order still give the right answer.
import {
  boolean,
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
const seq = (name: string) => integer(name).notNull().default(0);

/** Applications: the domain state as jsonb plus the columns lists and sweeps filter on. */
export const applications = pgTable(
  'applications',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    licenceType: text('licence_type').notNull(),
    status: text('status').notNull(),
    /** The applicant's Idempotency-Key of the create request. */
    clientKey: text('client_key'),
    noticeDueBy: text('notice_due_by'),
    decisionDueBy: text('decision_due_by'),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** W3C traceparent of the request that drafted it: the deemed acceptance continues it. */
    traceParent: text('trace_parent'),
  },
  (t) => [
    uniqueIndex('applications_number').on(t.number),
    uniqueIndex('applications_client_key').on(t.uscc, t.clientKey),
    index('applications_uscc').on(t.uscc, t.id),
    index('applications_region').on(t.region, t.id),
    index('applications_notice').on(t.status, t.noticeDueBy),
  ],
);

/** Public progress entries of an application, in order (最多跑一次). */
export const progress = pgTable(
  'progress',
  {
    applicationId: text('application_id').notNull(),
    seq: integer('seq').notNull(),
    step: text('step').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull(),
    nextDeadline: text('next_deadline'),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.seq] })],
);

/** Licences: the domain state as jsonb plus columns to filter and sweep on. */
export const licences = pgTable(
  'licences',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    status: text('status').notNull(),
    validUntil: text('valid_until').notNull(),
    renewalDueFor: text('renewal_due_for'),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** W3C traceparent of the request that issued it: renewal notices and expiry continue it. */
    traceParent: text('trace_parent'),
  },
  (t) => [
    uniqueIndex('licences_number').on(t.number),
    index('licences_uscc').on(t.uscc),
    index('licences_region').on(t.region, t.id),
    index('licences_expiry').on(t.status, t.validUntil),
  ],
);

/** Per-year counters of official numbers (applications, licences, decisions). */
export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Licensing violations found by staff (credit records them from the event). */
export const violations = pgTable(
  'violations',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    kind: text('kind').notNull(),
    licenceId: text('licence_id'),
    summary: text('summary').notNull(),
    foundAt: ts('found_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
    /** The recorder's Idempotency-Key of the create request. */
    clientKey: text('client_key'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('violations_uscc').on(t.uscc),
    uniqueIndex('violations_client_key').on(t.recordedBy, t.clientKey),
  ],
);

/** Local projection of the exchange directory. */
export const enterprises = pgTable('enterprises', {
  uscc: text('uscc').primaryKey(),
  name: text('name').notNull(),
  industry: text('industry').notNull(),
  highRisk: boolean('high_risk').notNull(),
  region: text('region').notNull(),
  status: text('status').notNull(),
  version: integer('version').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Credit listings (严重失信主体名单) of enterprises and agencies, from credit's events. */
export const creditListings = pgTable(
  'credit_listings',
  {
    listingId: text('listing_id').primaryKey(),
    uscc: text('uscc'),
    decisionNumber: text('decision_number'),
    listedSeq: seq('listed_seq'),
    removedSeq: seq('removed_seq'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('credit_listings_uscc').on(t.uscc)],
);

/** Insurance policies (安责险), from insurance's events. */
export const policies = pgTable(
  'policies',
  {
    policyId: text('policy_id').primaryKey(),
    uscc: text('uscc'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    liveSeq: seq('live_seq'),
    endedSeq: seq('ended_seq'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('policies_uscc').on(t.uscc)],
);

/** Insurance compliance cases (a high-risk enterprise without a policy). */
export const compliance = pgTable(
  'compliance',
  {
    complianceId: text('compliance_id').primaryKey(),
    uscc: text('uscc'),
    violatedSeq: seq('violated_seq'),
    clearedSeq: seq('cleared_seq'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('compliance_uscc').on(t.uscc)],
);

/** Major hazards of interest: overdue (hazard.overdue) until closed, rectified or extended. */
export const hazards = pgTable(
  'hazards',
  {
    hazardId: text('hazard_id').primaryKey(),
    uscc: text('uscc'),
    major: boolean('major').notNull().default(false),
    listed: boolean('listed').notNull().default(false),
    overdueSeq: seq('overdue_seq'),
    clearedSeq: seq('cleared_seq'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('hazards_uscc').on(t.uscc)],
);

/** Accidents (事故直报) with their latest figures: a fatal one in a term needs a review. */
export const accidents = pgTable(
  'accidents',
  {
    accidentId: text('accident_id').primaryKey(),
    uscc: text('uscc'),
    occurredAt: ts('occurred_at'),
    deaths: integer('deaths').notNull().default(0),
    figuresSeq: seq('figures_seq'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('accidents_uscc').on(t.uscc)],
);
