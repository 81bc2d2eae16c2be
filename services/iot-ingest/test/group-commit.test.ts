// Group commit of the hot path with the default settings: single-reading POSTs of many gateways
// arriving together share a few statements (one round trip and WAL flush for many requests),
// and each request still gets its own outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, gateway, ingest, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

const GATEWAYS = 32;
let svc: IotService;
const keys: string[] = [];

beforeAll(async () => {
  svc = await startIot();
  for (let g = 0; g < GATEWAYS; g++) {
    keys.push(await gateway(svc, `gw-${g}`, uscc(600 + g)));
    await sensor(svc, `s-${g}`, `gw-${g}`, { kind: 'temperature', unit: 'celsius' });
  }
});
afterAll(async () => {
  await svc.close();
});

/** Counts the reading statements the pool runs while `work` runs (the real pool, observed). */
async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  const pool = svc.deps.database.pool;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  let count = 0;
  pool.query = ((...args: unknown[]) => {
    const config = args[0] as { name?: string } | undefined;
    if (config?.name?.startsWith('iot_store_batches') === true) count++;
    return query(...args);
  }) as typeof pool.query;
  try {
    await work();
  } finally {
    pool.query = query as typeof pool.query;
  }
  return count;
}

describe('group commit', () => {
  it('single readings posted together by many gateways share few statements', async () => {
    const post = (g: number, seconds: number) =>
      ingest(svc, keys[g] ?? '', [{ sensorId: `s-${g}`, ts: at(svc, seconds), value: g }]);
    // Each gateway's key is checked (and cached) before: only the writes are counted.
    await Promise.all(keys.map((_, g) => post(g, -g)));
    let outcomes: Awaited<ReturnType<typeof post>>[] = [];
    const statements = await statementsDuring(async () => {
      outcomes = await Promise.all(keys.map((_, g) => post(g, -100 - g)));
    });
    expect(outcomes.every((o) => o.stored === 1 && o.duplicates === 0)).toBe(true);
    // One statement when all arrive before the writer's next turn of the event loop (a start
    // at once would write the first batch alone and two groups after it).
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });
});
