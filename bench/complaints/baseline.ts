// The baseline of the complaints bench: what intake writes, as bare pg transactions. Its rows are
// the service's own (read back after the service's measurement), so both write the same column
// values, sizes and index entries (the partial `next_notice_on` index, 500 matter keys, the
// event's trace headers); only the ids and the tracking code are fresh, for the unique indexes.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import pg from 'pg';

/** Applies the service's generated SQL migrations to an empty database. */
export async function applyMigrations(url: string, folder: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.sql')).sort()) {
      for (const statement of (await readFile(`${folder}/${file}`, 'utf8')).split(
        '--> statement-breakpoint',
      )) {
        await client.query(statement);
      }
    }
  } finally {
    await client.end();
  }
}

/** One intake as the service stored it: the report row, its sealed identity, its event. */
export interface IntakeRows {
  readonly report: Record<string, unknown> & { readonly state: Record<string, unknown> };
  readonly identity: {
    readonly kid: string;
    readonly wrapped_key: Buffer;
    readonly sealed: Buffer;
  };
  readonly event: {
    readonly subject: string;
    readonly type: string;
    readonly payload: Record<string, unknown>;
    readonly headers: Record<string, string>;
  };
}

/** Up to `limit` intakes the service wrote (report, identity and outbox event joined). */
export async function serviceRows(url: string, limit: number): Promise<IntakeRows[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<
      { report: IntakeRows['report'] } & IntakeRows['identity'] & IntakeRows['event']
    >(
      `select to_jsonb(r) as report, i.kid, i.wrapped_key, i.sealed,
              o.subject, o.type, o.payload, o.headers
         from reports r
         join report_identities i on i.report_id = r.id
         join bus_outbox o on o.aggregate_id = r.id::text
        order by r.received_at
        limit $1`,
      [limit],
    );
    return rows.map((row) => ({
      report: row.report,
      identity: { kid: row.kid, wrapped_key: row.wrapped_key, sealed: row.sealed },
      event: { subject: row.subject, type: row.type, payload: row.payload, headers: row.headers },
    }));
  } finally {
    await client.end();
  }
}

const INSERT_REPORT = `insert into reports (id, tracking_code, access_key_hash, version, status,
    region, scope, channel, matter_key, duplicate_of, real_name, received_at, due_by,
    next_notice_on, state, updated_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12, $13, $14, now())`;
const INSERT_IDENTITY = `insert into report_identities (report_id, kid, wrapped_key, sealed)
  values ($1, $2, $3, $4)`;
const INSERT_EVENT = `insert into bus_outbox (id, subject, type, aggregate_id, payload, headers)
  values ($1, $2, $3, $4, $5, $6)`;

/** `text` with its parameters renumbered from `$(1 + by)`. */
const shifted = (text: string, by: number) =>
  text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);

/** The three inserts as one statement, the shape intake sends (see intake-statement.ts). */
const ONE_STATEMENT = {
  name: 'bench_baseline_intake',
  text: `with r as (${INSERT_REPORT}), i as (${shifted(INSERT_IDENTITY, 14)})
    ${shifted(INSERT_EVENT, 18)}`,
};

/** A fresh code of the service's shape (`XXXX-XXXX-XXXX`) for the unique index. */
function trackingCode(): string {
  const code = randomBytes(9).toString('base64url');
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** The parameters of each insert for a copy of `rows` under a fresh id. */
function copyOf(rows: IntakeRows) {
  const id = randomUUID();
  const { report: r, identity: i, event: e } = rows;
  return {
    report: [
      id,
      trackingCode(),
      r.access_key_hash,
      r.version,
      r.status,
      r.region,
      r.scope,
      r.channel,
      r.matter_key,
      r.duplicate_of,
      r.real_name,
      r.due_by,
      r.next_notice_on,
      { ...r.state, id },
    ],
    identity: [id, i.kid, i.wrapped_key, i.sealed],
    event: [randomUUID(), e.subject, e.type, id, { ...e.payload, subject: id }, e.headers],
  };
}

/**
 * The baseline of the goal: one transaction (BEGIN, three INSERTs, COMMIT) writing a copy of
 * `rows` under a fresh id, with the server's default durability (synchronous commit), as intake.
 */
export async function insertBaseline(pool: pg.Pool, rows: IntakeRows): Promise<void> {
  const copy = copyOf(rows);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(INSERT_REPORT, copy.report);
    await client.query(INSERT_IDENTITY, copy.identity);
    await client.query(INSERT_EVENT, copy.event);
    await client.query('commit');
  } finally {
    client.release();
  }
}

/**
 * The same rows as one named prepared statement, as intake writes them: one round trip, atomic
 * on its own, planned once per connection. Shown beside the goal's baseline, which it outruns.
 */
export async function insertOneStatement(pool: pg.Pool, rows: IntakeRows): Promise<void> {
  const { report, identity, event } = copyOf(rows);
  await pool.query({ ...ONE_STATEMENT, values: [...report, ...identity, ...event] });
}
