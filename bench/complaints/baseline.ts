// The baseline of the complaints bench: what intake writes, as bare pg transactions.
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

/** A report state document and event of the size intake writes. */
export function baselineRow(id: string) {
  const at = new Date().toISOString();
  const state = {
    id,
    version: 1,
    status: 'received',
    channel: 'web',
    scope: 'general-hazard',
    place: { region: '330502', address: 'Hall 2, 8 Industrial Rd', lat: 30.87, lng: 120.09 },
    enterprise: { name: 'Bench Works 1' },
    attachments: [],
    receivedAt: at,
    realName: true,
    employee: false,
    reward: { status: 'none' },
    notices: [],
    timeline: [{ status: 'received', at }],
  };
  const event = {
    specversion: '1.0',
    id: randomUUID(),
    type: 'yiwang.complaints.report.received.v1',
    source: '/yiwang/complaints',
    subject: id,
    time: at,
    datacontenttype: 'application/json',
    dataschema: 'urn:yiwang:schema:complaints.report.received.v1',
    region: '330502',
    sequence: 1,
    classification: 'internal',
    correlationid: randomUUID(),
    data: { reportId: id, channel: 'web', scope: 'general-hazard', receivedAt: at },
  };
  return { state, event, sealed: randomBytes(180), wrapped: randomBytes(60) };
}

/** One transaction inserting a report, its sealed identity and its outbox event. */
export async function insertBaseline(
  pool: pg.Pool,
  row: ReturnType<typeof baselineRow>,
): Promise<void> {
  const id = randomUUID();
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into reports (id, tracking_code, access_key_hash, version, status, region, scope, channel, matter_key, real_name, received_at, state, updated_at)
       values ($1, $2, $3, 1, 'received', '330502', 'general-hazard', 'web', 'name:benchworks1', true, now(), $4, now())`,
      [id, randomBytes(9).toString('hex'), randomBytes(32).toString('hex'), { ...row.state, id }],
    );
    await client.query(
      'insert into report_identities (report_id, kid, wrapped_key, sealed) values ($1, $2, $3, $4)',
      [id, 'bench', row.wrapped, row.sealed],
    );
    await client.query(
      `insert into bus_outbox (id, subject, type, aggregate_id, payload, headers) values ($1, 'yiwang.complaints.report.received.330502', $2, $3, $4, '{}')`,
      [randomUUID(), row.event.type, id, { ...row.event, subject: id }],
    );
    await client.query('commit');
  } finally {
    client.release();
  }
}
