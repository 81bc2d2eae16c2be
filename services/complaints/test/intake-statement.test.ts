// Intake's prepared statement (src/db/intake-statement.ts) is one atomic statement: when any of
// its parts fails, nothing of the report is written, and a retry of the same shape (the same
// named statement on a reused connection) still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '../src/app/submit-report.js';
import { created, reportBody } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const count = async (table: string, column: string, id: string) => {
  const { rows } = await h.deps.database.pool.query<{ n: number }>(
    `select count(*)::int as n from ${table} where ${column} = $1`,
    [id],
  );
  return rows[0]?.n;
};

describe('intake statement', () => {
  it('writes nothing of a report when its outbox row cannot be stored', async () => {
    const first = await created(h, reportBody());
    const {
      rows: [taken],
    } = await h.deps.database.pool.query<{ id: string }>(
      'select id from bus_outbox where aggregate_id = $1',
      [first.id],
    );
    expect(taken).toBeDefined();
    // the new report gets a fresh id, its event the id of the first report's event
    const reportId = h.deps.ids();
    const ids = [reportId, taken?.id ?? ''];
    const input = {
      channel: 'web' as const,
      scope: 'major-hazard' as const,
      place: { region: '330502', address: 'Workshop 3' },
      enterprise: { name: 'Atomic Works' },
      attachments: [],
      employee: false,
      identity: { description: 'words' },
    };
    const clash = { ...h.deps, ids: () => ids.shift() ?? h.deps.ids() };
    await expect(submitReport(clash, input)).rejects.toMatchObject({ code: '23505' });
    expect(await count('reports', 'id', reportId)).toBe(0);
    expect(await count('report_identities', 'report_id', reportId)).toBe(0);

    // the same shape again, now with fresh ids, is stored whole
    const again = await submitReport(h.deps, input);
    expect(await count('reports', 'id', again.id)).toBe(1);
    expect(await count('report_identities', 'report_id', again.id)).toBe(1);
    expect(await count('bus_outbox', 'aggregate_id', again.id)).toBe(1);
  });
});
