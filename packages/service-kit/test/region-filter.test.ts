// The SQL region filter against real PostgreSQL: it must select exactly the rows the
// in-memory rule (`regionCovers`) lets a token see, and nothing for an empty or bogus grant.
import { createTestDatabase, type TestDatabase } from '@yiwang/testing';
import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectDatabase,
  createLogger,
  inRegions,
  regionCovers,
  type Database,
} from '../src/index.js';

const places = pgTable('places', { region: text('region').notNull() });
// Zhejiang, Huzhou and two of its districts, Taizhou (331000) and Lishui (331100) whose codes
// share "331", and a Shanghai district.
const CODES = [
  '330000',
  '330500',
  '330502',
  '330521',
  '331000',
  '331002',
  '331100',
  '331102',
  '310101',
];

let database: TestDatabase;
let connection: Database;

beforeAll(async () => {
  database = await createTestDatabase('kit_regions');
  connection = await connectDatabase(database.url, {
    logger: createLogger({ name: 'region-filter-test', level: 'silent' }),
  });
  await connection.db.execute(sql`create table places (region text not null)`);
  await connection.db.insert(places).values(CODES.map((region) => ({ region })));
});

afterAll(async () => {
  await connection?.close();
  await database?.drop();
});

async function visible(regions: readonly string[]): Promise<string[]> {
  const rows = await connection.db
    .select({ region: places.region })
    .from(places)
    .where(inRegions(places.region, regions));
  return rows.map((r) => r.region).sort();
}

describe('inRegions', () => {
  it('selects a province, a city or a district with what lies below it', async () => {
    expect(await visible(['330000'])).toEqual(CODES.filter((c) => c.startsWith('33')).sort());
    expect(await visible(['330500'])).toEqual(['330500', '330502', '330521']);
    expect(await visible(['330502'])).toEqual(['330502']);
    expect(await visible(['331000'])).toEqual(['331000', '331002']);
    expect(await visible(['330502', '310101'])).toEqual(['310101', '330502']);
  });

  it('selects nothing for no regions or codes that are not regions', async () => {
    expect(await visible([])).toEqual([]);
    expect(await visible(['000000'])).toEqual([]);
    expect(await visible(['33%', '', '3305'])).toEqual([]);
  });

  it('agrees with regionCovers for every grant and row', async () => {
    for (const granted of [...CODES, '000000', '330100']) {
      const expected = CODES.filter((code) => regionCovers(granted, code)).sort();
      expect(await visible([granted]), granted).toEqual(expected);
    }
  });

  it('works on a column named in a raw query', async () => {
    const result = await connection.db.execute<{ n: number }>(
      sql`select count(*)::int as n from places where ${inRegions(sql.raw('region'), ['330500'])}`,
    );
    expect(result.rows[0]?.n).toBe(3);
  });
});
