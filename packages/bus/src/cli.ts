#!/usr/bin/env node
// yiwang-bus: operator commands (README "Replay and dead letters"). Output is JSON lines.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connectNats } from './connection.js';
import { listDeadLetters } from './dlq/list.js';
import { replayDeadLetter, replayDeadLetters } from './dlq/replay.js';
import { replayOutbox } from './relay/replay.js';

const USAGE = `usage:
  yiwang-bus replay --database-url URL --nats-url URL --from ISO --to ISO
  yiwang-bus dlq list --nats-url URL [--prefix P] [--consumer NAME] [--limit N]
  yiwang-bus dlq replay --nats-url URL [--prefix P] (--seq N | --all [--consumer NAME]) [--keep]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'database-url': { type: 'string' },
    'nats-url': { type: 'string', default: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' },
    from: { type: 'string' },
    to: { type: 'string' },
    prefix: { type: 'string', default: 'yiwang' },
    consumer: { type: 'string' },
    limit: { type: 'string', default: '100' },
    seq: { type: 'string' },
    all: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const fail = (message: string): never => {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
};

const [command, sub] = positionals;
if (command !== 'replay' && !(command === 'dlq' && (sub === 'list' || sub === 'replay'))) {
  fail(`unknown command: ${positionals.join(' ')}`);
}
const nats = await connectNats({ servers: values['nats-url'], name: 'yiwang-bus-cli' });
try {
  const admin = { jsm: nats.jsm, js: nats.js, prefix: values.prefix };
  if (command === 'replay') {
    const from = new Date(values.from ?? fail('--from is required'));
    const to = new Date(values.to ?? fail('--to is required'));
    const pool = new pg.Pool({
      connectionString: values['database-url'] ?? fail('--database-url is required'),
    });
    try {
      print(await replayOutbox({ pool, js: nats.js, from, to }));
    } finally {
      await pool.end();
    }
  } else if (command === 'dlq' && sub === 'list') {
    const filter = { consumer: values.consumer, limit: Number(values.limit) };
    for (const letter of await listDeadLetters({ ...admin, ...filter })) print(letter);
  } else {
    if (values.seq)
      print(await replayDeadLetter({ ...admin, seq: Number(values.seq), keep: values.keep }));
    else if (values.all)
      for (const l of await replayDeadLetters({ ...admin, consumer: values.consumer })) print(l);
    else fail('dlq replay needs --seq N or --all');
  }
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await nats.close();
}
