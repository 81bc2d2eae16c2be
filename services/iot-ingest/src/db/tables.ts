// Tables of the iot-ingest service. The readings table is partitioned by day and is written
// with raw SQL (see readings.ts and the custom migration): drizzle-kit cannot declare
// partitioned tables. schema.ts adds the bus tables.
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Local projection of the exchange directory (event-carried state transfer). */
export const enterprises = pgTable('enterprises', {
  uscc: text('uscc').primaryKey(),
  name: text('name').notNull(),
  region: text('region').notNull(),
  status: text('status').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Local projection of hazards' major hazard installations (重大危险源). */
export const installations = pgTable('installations', {
  id: text('id').primaryKey(),
  uscc: text('uscc'),
  region: text('region').notNull(),
  name: text('name').notNull(),
  grade: text('grade').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** IoT gateways: bound to one enterprise; the API key is stored hashed (kit format). */
export const gateways = pgTable('gateways', {
  id: text('id').primaryKey(),
  uscc: text('uscc').notNull(),
  region: text('region').notNull(),
  name: text('name').notNull(),
  keyId: text('key_id').notNull().unique(),
  keyHash: text('key_hash').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Sensors with their resolved limits; `num` is the compact key readings are stored under. */
export const sensors = pgTable(
  'sensors',
  {
    id: text('id').primaryKey(),
    num: serial('num').notNull().unique(),
    gatewayId: text('gateway_id').notNull(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    installationId: text('installation_id'),
    name: text('name'),
    kind: text('kind').notNull(),
    unit: text('unit').notNull(),
    lowLow: doublePrecision('low_low'),
    low: doublePrecision('low'),
    high: doublePrecision('high'),
    highHigh: doublePrecision('high_high'),
    hysteresis: doublePrecision('hysteresis').notNull(),
    minDurationMs: integer('min_duration_ms').notNull(),
    intervalMs: integer('interval_ms').notNull(),
    rangeMin: doublePrecision('range_min'),
    rangeMax: doublePrecision('range_max'),
    stuckMs: integer('stuck_ms'),
    oelPpm: doublePrecision('oel_ppm'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('sensors_gateway').on(t.gatewayId),
    index('sensors_installation').on(t.installationId),
    index('sensors_uscc').on(t.uscc),
    index('sensors_updated').on(t.updatedAt),
  ],
);

/** The alarm engine's state per sensor (domain SensorState as jsonb), rebuilt at start. */
export const sensorStates = pgTable('sensor_states', {
  sensorId: text('sensor_id').primaryKey(),
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Alarms: durable lifecycle for people (raised → acknowledged → disposed → closed). */
export const alarms = pgTable(
  'alarms',
  {
    id: text('id').primaryKey(),
    sensorId: text('sensor_id').notNull(),
    uscc: text('uscc').notNull(),
    region: text('region').notNull(),
    installationId: text('installation_id'),
    kind: text('kind').notNull(),
    unit: text('unit').notNull(),
    level: text('level').notNull(),
    value: doublePrecision('value').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    peak: doublePrecision('peak').notNull(),
    warning: text('warning').notNull(),
    status: text('status').notNull(),
    escalation: text('escalation'),
    disposition: text('disposition'),
    note: text('note'),
    raisedAt: ts('raised_at').notNull(),
    clearedAt: ts('cleared_at'),
    acknowledgedAt: ts('acknowledged_at'),
    acknowledgedBy: text('acknowledged_by'),
    disposedAt: ts('disposed_at'),
    disposedBy: text('disposed_by'),
    escalatedAt: ts('escalated_at'),
    closedAt: ts('closed_at'),
    version: integer('version').notNull(),
    /** W3C traceparent of the reading request that raised it: escalations continue its trace. */
    traceParent: text('trace_parent'),
  },
  (t) => [
    index('alarms_status_raised').on(t.status, t.raisedAt),
    index('alarms_uscc').on(t.uscc, t.id),
    index('alarms_region').on(t.region, t.id),
    index('alarms_sensor').on(t.sensorId, t.id),
  ],
);
