// Intake's one statement as a NAMED PREPARED statement with a constant text: PostgreSQL parses
// and plans it once per connection, and the service builds no SQL per request (Drizzle's
// builders were ~9 % of intake's CPU, bench/complaints). Same rows as `newReportInserts` +
// `idempotencyInsert` + the bus's `outbox.parts`, which still validates the events and gives
// their rows and the wake-up: the rows are taken from its insert, the wake-up rendered once.
import { createHash } from 'node:crypto';
import { activeTraceFields } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import type { Report } from '../domain/report/state.js';
import { derived, type NewReportRow, type NoticeLeads } from './report-store.js';

/** The bus's outbox, as far as intake uses it. */
interface OutboxParts {
  parts(tx: never, events: readonly CloudEvent[]): { insert: unknown; wake: SQL };
}

/** A bus outbox row (`bus_outbox` columns the writer sets; the rest have defaults). */
interface OutboxRow {
  readonly id: string;
  readonly subject: string;
  readonly type: string;
  readonly aggregateId: string;
  readonly payload: unknown;
  readonly headers: Record<string, string>;
}

/** The idempotency record of intake (see intake-idempotency.ts). */
export interface IdempotencyRow {
  readonly key: string;
  readonly requestHash: string;
  readonly kid: string;
  readonly sealedAnswer: Buffer;
}

const REPORT_COLUMNS = 17;
const dialect = new PgDialect();
const texts = new Map<string, { name: string; text: string; wakeParams: unknown[] }>();

/** The statement for `events` outbox rows, with or without an idempotency record (cached). */
function statement(events: number, idempotent: boolean, wake: SQL) {
  const variant = `${events}:${idempotent}`;
  const known = texts.get(variant);
  if (known !== undefined) return known;
  const $ = (n: number) => `$${n}`;
  const list = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => $(from + i)).join(', ');
  const parts = [
    `r as (insert into reports (id, tracking_code, access_key_hash, channel, matter_key,
      real_name, received_at, updated_at, version, status, region, scope, duplicate_of, due_by,
      next_notice_on, state, trace_parent) values (${list(1, REPORT_COLUMNS)}))`,
    `i as (insert into report_identities (report_id, kid, wrapped_key, sealed)
      values ($1, ${list(REPORT_COLUMNS + 1, 3)}))`,
  ];
  let next = REPORT_COLUMNS + 4;
  if (idempotent) {
    parts.push(`k as (insert into idempotency_keys (key, request_hash, report_id, kid,
      sealed_answer, created_at) values (${list(next, 2)}, $1, ${list(next + 2, 2)}, $8))`);
    next += 4;
  }
  const rows = Array.from({ length: events }, (_, e) => `(${list(next + e * 6, 6)})`);
  parts.push(`o as (insert into bus_outbox (id, subject, type, aggregate_id, payload, headers)
    values ${rows.join(', ')})`);
  next += events * 6;
  const rendered = dialect.sqlToQuery(wake);
  const wakeText = rendered.sql.replace(/\$(\d+)/g, (_, n: string) => $(next + Number(n) - 1));
  const text = `with ${parts.join(', ')} ${wakeText}`;
  const name = `complaints_intake_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  const made = { name, text, wakeParams: rendered.params };
  texts.set(variant, made);
  return made;
}

/**
 * Writes a new report, its sealed identity, the idempotency record (when given), the events
 * in the outbox and the relay's wake-up in ONE statement: atomic on its own (PostgreSQL checks
 * the foreign keys at its end), one round trip.
 * @throws {OutboxEventInvalidError} (from the bus) before anything is sent.
 */
export async function executeIntake(
  pool: Pick<Pool, 'query'>,
  outbox: OutboxParts,
  intake: {
    readonly report: Report;
    readonly row: NewReportRow & { readonly at: string };
    readonly leads: NoticeLeads;
    readonly idempotency?: IdempotencyRow | undefined;
    readonly events: readonly CloudEvent[];
  },
): Promise<void> {
  const { report, row, leads, idempotency, events } = intake;
  // The bus validates the events and builds their rows (subject, headers, trace context); only
  // the rows are kept, so no SQL is built from them.
  let outboxRows: readonly OutboxRow[] = [];
  const capture = { insert: () => ({ values: (rows: OutboxRow[]) => (outboxRows = rows) }) };
  const { wake } = outbox.parts(capture as never, events);
  const { name, text, wakeParams } = statement(outboxRows.length, idempotency !== undefined, wake);
  const d = derived(report, leads);
  const values: unknown[] = [
    report.id,
    row.trackingCode,
    row.accessKeyHash,
    report.channel,
    row.matterKey,
    report.realName,
    report.receivedAt,
    row.at,
    d.version,
    d.status,
    d.region,
    d.scope,
    d.duplicateOf,
    d.dueBy,
    d.nextNoticeOn,
    JSON.stringify(d.state),
    // the scheduler's notices continue the intake's trace (scan-deadlines.ts)
    activeTraceFields().traceparent ?? null,
    row.sealed.kid,
    row.sealed.wrappedKey,
    row.sealed.sealed,
  ];
  if (idempotency !== undefined) {
    values.push(
      idempotency.key,
      idempotency.requestHash,
      idempotency.kid,
      idempotency.sealedAnswer,
    );
  }
  for (const r of outboxRows) {
    values.push(
      r.id,
      r.subject,
      r.type,
      r.aggregateId,
      JSON.stringify(r.payload),
      JSON.stringify(r.headers),
    );
  }
  values.push(...wakeParams);
  await pool.query({ name, text, values });
}
