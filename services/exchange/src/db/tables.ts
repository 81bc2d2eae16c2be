// Tables of the exchange: the directory, grid, departments, the sharing ledger, the feed and
// the delivery queue. schema.ts adds the bus tables.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Registered departments, their credentials and their sharing policy (jsonb, versioned). */
export const departments = pgTable('departments', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  channels: jsonb('channels').$type<string[]>().notNull(),
  contact: text('contact'),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
  apiKeyId: text('api_key_id').unique(),
  apiKeyHash: text('api_key_hash'),
  natsNkey: text('nats_nkey'),
  feedReadPosition: bigint('feed_read_position', { mode: 'number' }).notNull().default(0),
  version: integer('version').notNull(),
  registeredAt: ts('registered_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** The enterprise directory: master data every other context projects. */
export const enterprises = pgTable(
  'enterprises',
  {
    uscc: text('uscc').primaryKey(),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    highRiskCategory: text('high_risk_category').notNull(),
    region: text('region').notNull(),
    township: text('township').notNull(),
    gridCellId: text('grid_cell_id').notNull(),
    standardisationLevel: text('standardisation_level').notNull(),
    status: text('status').notNull(),
    closedReason: text('closed_reason'),
    closedOn: text('closed_on'),
    address: text('address'),
    employees: integer('employees'),
    version: integer('version').notNull(),
    registeredAt: ts('registered_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('enterprises_region').on(t.region), index('enterprises_cell').on(t.gridCellId)],
);

/** Grid cells (网格): the lowest level of the responsibility chain. */
export const gridCells = pgTable('grid_cells', {
  id: text('id').primaryKey(),
  region: text('region').notNull(),
  township: text('township').notNull(),
  name: text('name').notNull(),
  worker: text('worker'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Grid tasks dispatched to cells; one per originating hazard/alarm/report. */
export const gridTasks = pgTable(
  'grid_tasks',
  {
    id: text('id').primaryKey(),
    gridCellId: text('grid_cell_id').notNull(),
    region: text('region').notNull(),
    enterprise: text('enterprise'),
    origin: text('origin').notNull(),
    originType: text('origin_type').notNull(),
    originRef: text('origin_ref').notNull(),
    category: text('category').notNull(),
    summary: text('summary'),
    status: text('status').notNull(),
    assignee: text('assignee'),
    result: text('result'),
    evaluation: smallint('evaluation'),
    dispatchedAt: ts('dispatched_at').notNull(),
    dueAt: ts('due_at').notNull(),
    closedAt: ts('closed_at'),
    overdueAt: ts('overdue_at'),
    /**
     * W3C traceparent of the request or event that dispatched the task: the sweeper's
     * gridtask.overdue continues that trace (withStoredTrace) instead of starting a root.
     */
    traceParent: text('trace_parent'),
    version: integer('version').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('grid_tasks_due')
      .on(t.dueAt)
      .where(sql`overdue_at is null`),
    uniqueIndex('grid_tasks_origin').on(t.origin, t.originRef),
    index('grid_tasks_cell').on(t.gridCellId, t.id),
  ],
);

/** Grid workers' reports and their triage by the grid centre. */
export const gridReports = pgTable(
  'grid_reports',
  {
    id: text('id').primaryKey(),
    gridCellId: text('grid_cell_id').notNull(),
    region: text('region').notNull(),
    worker: text('worker').notNull(),
    category: text('category').notNull(),
    summary: text('summary').notNull(),
    position: jsonb('position').$type<{ lat: number; lng: number }>().notNull(),
    photos: jsonb('photos').$type<string[]>().notNull(),
    enterprise: text('enterprise'),
    taskId: text('task_id'),
    hazardId: text('hazard_id'),
    reportedAt: ts('reported_at').notNull(),
    receivedAt: ts('received_at').notNull(),
    status: text('status').notNull().default('reported'),
    dispatchedTaskId: text('dispatched_task_id'),
    invalidReason: text('invalid_reason'),
    triageNote: text('triage_note'),
    triagedBy: text('triaged_by'),
    triagedAt: ts('triaged_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('grid_reports_cell').on(t.gridCellId, t.id)],
);

/**
 * The sharing ledger: append-only (triggers forbid UPDATE/DELETE/TRUNCATE), hash-chained,
 * gapless positions. One row per event shared with a department.
 */
export const sharingLedger = pgTable(
  'sharing_ledger',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    department: text('department').notNull(),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payloadHash: text('payload_hash').notNull(),
    sharedAt: ts('shared_at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('sharing_ledger_department_event').on(t.department, t.eventId)],
);

/** The head of the chain, locked `for update` by every append so the chain never forks. */
export const ledgerHead = pgTable('ledger_head', {
  id: smallint('id').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** The projected events each department may read (the pull feed); position = ledger position. */
export const shares = pgTable(
  'shares',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    department: text('department').notNull(),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    aggregateKey: text('aggregate_key').notNull(),
    sequence: integer('sequence').notNull(),
    region: text('region').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    sharedAt: ts('shared_at').notNull(),
  },
  (t) => [index('shares_department').on(t.department, t.position)],
);

/**
 * Every shareable event the fan-out saw, whole, for EXCHANGE_ARCHIVE_DAYS after it occurred:
 * a department that joins late catches up from here on what its policy grants.
 */
export const eventArchive = pgTable(
  'event_archive',
  {
    eventId: uuid('event_id').primaryKey(),
    occurredAt: ts('occurred_at').notNull(),
    event: jsonb('event').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('event_archive_occurred').on(t.occurredAt, t.eventId)],
);

/** Webhook endpoints of departments (Standard Webhooks). */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  department: text('department').notNull(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: jsonb('event_types').$type<string[]>().notNull(),
  regions: jsonb('regions').$type<string[]>().notNull(),
  secretSealed: text('secret_sealed').notNull(),
  status: text('status').notNull(),
  disabledReason: text('disabled_reason'),
  disabledAt: ts('disabled_at'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  failingSince: ts('failing_since'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** The delivery queue and log: webhook and NATS deliveries of shared events. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    subscriptionId: text('subscription_id'),
    department: text('department').notNull(),
    sharePosition: bigint('share_position', { mode: 'number' }).notNull(),
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    aggregateKey: text('aggregate_key').notNull(),
    sequence: integer('sequence').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    leaseUntil: ts('lease_until'),
    lastAttemptAt: ts('last_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
    completedAt: ts('completed_at'),
  },
  (t) => [
    index('deliveries_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('deliveries_lane')
      .on(t.department, t.channel, t.aggregateKey, t.sequence)
      .where(sql`${t.status} = 'pending'`),
    index('deliveries_subscription').on(t.subscriptionId, t.id),
  ],
);

/** Every attempt of a delivery (the log behind GET …/deliveries). */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id').notNull(),
    attemptedAt: ts('attempted_at').notNull(),
    ok: boolean('ok').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('delivery_attempts_delivery').on(t.deliveryId, t.id)],
);

/** Stored responses of POSTs made with an `Idempotency-Key` header. */
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
