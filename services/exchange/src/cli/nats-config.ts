#!/usr/bin/env node
// `exchange-nats-config [--out infra/nats/departments.conf]`: writes the departments' NATS
// accounts from the exchange database (DATABASE_URL, EXCHANGE_BUS_PREFIX from the
// environment); without --out it prints them.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectDatabase, createLogger } from '@yiwang/service-kit';
import { natsDepartmentsConfig } from '../app/nats-departments-config.js';
import * as schema from '../db/schema.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const url = process.env['DATABASE_URL'];
if (url === undefined) {
  process.stderr.write('exchange-nats-config: set DATABASE_URL to the exchange database\n');
  process.exit(1);
}
const logger = createLogger({ name: 'exchange-nats-config', level: 'warn' });
const database = await connectDatabase(url, { logger, schema });
try {
  const text = await natsDepartmentsConfig(
    database.db,
    process.env['EXCHANGE_BUS_PREFIX'] ?? 'yiwang',
    new Date(),
  );
  if (values.out === undefined) process.stdout.write(text);
  else writeFileSync(values.out, text);
} finally {
  await database.close();
}
