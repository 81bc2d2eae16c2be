// The generated NATS configuration of the departments, loaded by a real nats-server: each
// department's NKey user receives only the subjects its policy grants, may publish nothing,
// and nobody gets in anonymously.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '@nats-io/nkeys';
import { connect, nkeyAuthenticator, type NatsConnection } from '@nats-io/transport-node';
import { freePort, reachable, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, registerDepartment } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

const binary = process.env['NATS_SERVER_BIN'] ?? 'nats-server';
const env = {
  ...process.env,
  PATH: `${process.env['PATH'] ?? ''}:/usr/sbin`,
  NATS_EXCHANGE_SHARE_PASSWORD: 's3cret-share',
};
const fire = createUser();
const bank = createUser();
let ex: Exchange;
let dir = '';
let server: ChildProcess | undefined;
let url = '';
let conf = '';
const open: NatsConnection[] = [];

beforeAll(async () => {
  ex = await startExchange();
  await registerDepartment(
    ex,
    'fire',
    [
      { type: 'yiwang.exchange.enterprise.registered.v1', fields: ['uscc'] },
      { type: 'yiwang.credit.*', fields: ['*'] },
    ],
    { channels: ['nats'] },
  );
  await registerDepartment(
    ex,
    'bank',
    [{ type: 'yiwang.credit.listing.listed.v1', fields: ['*'] }],
    { channels: ['nats', 'pull'], kind: 'bank' },
  );
  await registerDepartment(ex, 'pull-only', [{ type: 'yiwang.credit.*', fields: ['*'] }], {
    channels: ['pull'],
  });
  for (const [code, key] of [
    ['fire', fire],
    ['bank', bank],
  ] as const) {
    const res = await call(ex, 'PUT', `/v1/departments/${code}/nats-user`, {
      nkey: key.getPublicKey(),
    });
    expect(res.statusCode).toBe(204);
  }
  const res = await call(ex, 'GET', '/v1/nats/departments.conf');
  expect(res.statusCode).toBe(200);
  conf = res.body;
  dir = await mkdtemp(join(tmpdir(), 'exchange-nats-'));
  const port = await freePort();
  url = `nats://127.0.0.1:${port}`;
  await writeFile(join(dir, 'departments.conf'), conf);
  await writeFile(
    join(dir, 'server.conf'),
    `listen: 127.0.0.1:${port}\naccounts {\n  include ./departments.conf\n}\n`,
  );
});
afterAll(async () => {
  for (const nc of open) await nc.close().catch(() => undefined);
  server?.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
  await ex.close();
});

const sharePrefix = () => `${ex.prefix}_share`;

describe('departments.conf', () => {
  it('lists only departments with the NATS channel and an NKey', () => {
    expect(conf).toContain('DEPT_FIRE: {');
    expect(conf).toContain('DEPT_BANK: {');
    expect(conf).not.toContain('PULL_ONLY');
    expect(conf).not.toContain('no_auth_user');
  });

  it('is accepted by nats-server and enforces the policies', async () => {
    const check = spawnSync(binary, ['-t', '-c', join(dir, 'server.conf')], {
      env,
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).toBe(0);
    server = spawn(binary, ['-c', join(dir, 'server.conf')], { env, stdio: 'ignore' });
    await waitFor(() => reachable(url, 200), {
      timeout: 10_000,
      message: 'nats-server with the generated config',
    });

    await expect(connect({ servers: url, reconnect: false })).rejects.toThrow(/Authorization/i);
    const publisher = await connect({ servers: url, user: 'exchange-share', pass: 's3cret-share' });
    const fireNc = await connect({
      servers: url,
      authenticator: nkeyAuthenticator(fire.getSeed()),
    });
    const bankNc = await connect({
      servers: url,
      authenticator: nkeyAuthenticator(bank.getSeed()),
    });
    open.push(publisher, fireNc, bankNc);

    const seen = { fire: [] as string[], bank: [] as string[], errors: [] as string[] };
    const collect = (nc: NatsConnection, subject: string, into: string[]) => {
      const sub = nc.subscribe(subject);
      void (async () => {
        try {
          for await (const m of sub) into.push(m.subject);
        } catch (error) {
          seen.errors.push(String(error));
        }
      })();
    };
    collect(fireNc, `${sharePrefix()}.fire.>`, seen.fire);
    collect(bankNc, `${sharePrefix()}.bank.>`, seen.bank);
    collect(bankNc, `${sharePrefix()}.fire.>`, seen.bank); // not permitted: gets nothing
    await fireNc.flush();
    await bankNc.flush();

    const subjects = [
      `${sharePrefix()}.fire.exchange.enterprise.registered.330502`,
      `${sharePrefix()}.fire.credit.listing.listed.330502`,
      `${sharePrefix()}.fire.hazards.hazard.reported.330502`,
      `${sharePrefix()}.bank.credit.listing.listed.330502`,
      `${sharePrefix()}.bank.credit.rating.changed.330502`,
    ];
    for (const subject of subjects) publisher.publish(subject, '{}');
    await publisher.flush();
    await waitFor(() => seen.fire.length >= 2 && seen.bank.length >= 1, { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.fire.sort()).toEqual([subjects[1], subjects[0]]);
    expect(seen.bank).toEqual([subjects[3]]);
    expect(seen.errors.join()).toMatch(
      /Permissions Violation for Subscription to ".*_share\.fire\.>"/,
    );

    const denied = new Promise<unknown>((resolve) => {
      void (async () => {
        for await (const s of fireNc.status()) if (s.type === 'error') resolve(s);
      })();
    });
    fireNc.publish(`${sharePrefix()}.fire.exchange.enterprise.registered.330502`, 'forged');
    await expect(denied).resolves.toMatchObject({ type: 'error' });
  });
});
