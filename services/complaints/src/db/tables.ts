// Tables of the complaints service. The report's state is one jsonb document (it holds no
// identity: that is sealed in report_identities); the columns next to it exist for queries.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Report } from '../domain/report/state.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    trackingCode: text('tracking_code').notNull().unique(),
    /** sha256 of the access key shown once at intake. */
    accessKeyHash: text('access_key_hash').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    region: text('region').notNull(),
    scope: text('scope').notNull(),
    channel: text('channel').notNull(),
    /** USCC, else the normalised name: groups reports of the same matter. */
    matterKey: text('matter_key').notNull(),
    duplicateOf: uuid('duplicate_of'),
    realName: boolean('real_name').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** Earliest due date of the clocks running now (statutory and local time limits). */
    dueBy: date('due_by', { mode: 'string' }),
    /** First day the scheduler owes this report a notice. */
    nextNoticeOn: date('next_notice_on', { mode: 'string' }),
    state: jsonb('state').$type<Report>().notNull(),
    /** W3C traceparent of the intake request: the scheduler's notices continue its trace. */
    traceParent: text('trace_parent'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('reports_list').on(t.receivedAt.desc(), t.id.desc()),
    index('reports_status').on(t.status, t.receivedAt.desc()),
    index('reports_region').on(t.region, t.receivedAt.desc()),
    index('reports_matter').on(t.matterKey, t.scope, t.receivedAt),
    index('reports_next_notice')
      .on(t.nextNoticeOn)
      .where(sql`${t.nextNoticeOn} is not null`),
  ],
);

/** The sealed identity and own words of a reporter: AES-256-GCM under a wrapped data key. */
export const reportIdentities = pgTable('report_identities', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id),
  /** Master key id that wrapped the data key (rotation). */
  kid: text('kid').notNull(),
  wrappedKey: bytea('wrapped_key').notNull(),
  sealed: bytea('sealed').notNull(),
});

/** Every reveal of a sealed identity; a trigger forbids update and delete. */
export const identityReveals = pgTable('identity_reveals', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  reportId: uuid('report_id').notNull(),
  revealedBy: text('revealed_by').notNull(),
  dept: text('dept').notNull(),
  reason: text('reason').notNull(),
  revealedAt: timestamp('revealed_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Intake retries: the key, the request's hash and the (sealed) first answer, for 24 h. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  reportId: uuid('report_id').notNull(),
  /** The access key of the first answer, sealed with the vault so a retry can repeat it. */
  sealedAnswer: bytea('sealed_answer').notNull(),
  kid: text('kid').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Routing table: region + industry → the bureau unit that verifies. */
export const routingRules = pgTable(
  'routing_rules',
  {
    region: text('region').notNull(),
    industry: text('industry').notNull(),
    unit: text('unit').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.region, t.industry] })],
);

/** Open311 client applications and their API keys (hash only). */
export const open311Clients = pgTable('open311_clients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
});

/** Requests posted through Open311: the request token and the client that posted. */
export const open311Requests = pgTable(
  'open311_requests',
  {
    reportId: uuid('report_id')
      .primaryKey()
      .references(() => reports.id),
    token: text('token').notNull().unique(),
    clientId: text('client_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('open311_requests_client').on(t.clientId, t.createdAt.desc())],
);
