// Tables of the hazards service: the enterprise projection (from exchange's directory
// events), the hazard cases, accident reports, major hazard installations and statistics
// filings. schema.ts adds the bus tables.
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Local projection of the exchange directory (event-carried state transfer). */
export const enterprises = pgTable(
  'enterprises',
  {
    uscc: text('uscc').primaryKey(),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    region: text('region').notNull(),
    township: text('township').notNull(),
    gridCellId: text('grid_cell_id').notNull(),
    status: text('status').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('enterprises_region').on(t.region)],
);

/** Hazard cases: the current state as jsonb (the domain type) plus columns to filter on. */
export const hazards = pgTable(
  'hazards',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    /** From the enterprise projection; null until the directory event arrives. */
    enterpriseName: text('enterprise_name'),
    industry: text('industry'),
    region: text('region').notNull(),
    level: text('level'),
    status: text('status').notNull(),
    source: text('source').notNull(),
    sourceRef: text('source_ref'),
    /** One open case per installation and cause (IoT alarms), or per grid report. */
    dedupKey: text('dedup_key'),
    deadline: text('deadline'),
    listed: text('listed'),
    /**
     * W3C traceparent of the request or event that opened the case: the sweeper's deadline
     * events continue that trace (withStoredTrace) instead of starting roots of their own.
     */
    traceParent: text('trace_parent'),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('hazards_uscc').on(t.uscc),
    index('hazards_region').on(t.region, t.id),
    index('hazards_source_ref').on(t.source, t.sourceRef),
    index('hazards_dedup').on(t.dedupKey),
    index('hazards_deadline').on(t.status, t.deadline),
  ],
);

/** Projection of IoT alarms (from `iot.alarm.raised`): what an escalation refers to. */
export const iotAlarms = pgTable('iot_alarms', {
  alarmId: text('alarm_id').primaryKey(),
  uscc: text('uscc'),
  region: text('region').notNull(),
  sensorId: text('sensor_id').notNull(),
  installationId: text('installation_id'),
  quantity: text('quantity').notNull(),
  raisedAt: ts('raised_at').notNull(),
});

/** Accident reports (事故直报): the domain state as jsonb. */
export const accidents = pgTable(
  'accidents',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    level: text('level').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('accidents_uscc').on(t.uscc), index('accidents_region').on(t.region)],
);

/** Major hazard installations (重大危险源): the domain state as jsonb plus filter columns. */
export const installations = pgTable(
  'installations',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    name: text('name').notNull(),
    grade: integer('grade').notNull(),
    nextAssessmentDue: text('next_assessment_due').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    // One registration per enterprise and installation name: a repeated POST is a conflict.
    uniqueIndex('installations_uscc_name').on(t.uscc, t.name),
    index('installations_region').on(t.region, t.id),
    index('installations_due').on(t.nextAssessmentDue),
  ],
);

/** Quarterly and annual hazard statistics filed by enterprises (one per period). */
export const statisticsFilings = pgTable(
  'statistics_filings',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    year: integer('year').notNull(),
    period: text('period').notNull(),
    dueOn: text('due_on').notNull(),
    filedAt: ts('filed_at').notNull(),
    late: boolean('late').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueIndex('statistics_filings_period').on(t.uscc, t.year, t.period),
    index('statistics_filings_region').on(t.region, t.year, t.period),
  ],
);

/** Idempotency-Key of creates (draft-ietf-httpapi-idempotency-key-header), per caller. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** The caller and the route, e.g. `u-1 POST /v1/hazards`. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    resourceId: text('resource_id').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('idempotency_keys_scope_key').on(t.scope, t.key)],
);
