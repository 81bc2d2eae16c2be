// Tables of the hazards service: the enterprise projection (from exchange's directory
// events) and the hazard cases. schema.ts adds the bus tables.
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
