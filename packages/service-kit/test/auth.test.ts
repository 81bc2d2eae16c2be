import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase, testInfra, type TestDatabase } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTokenVerifier,
  mintToken,
  regionCovers,
  startTelemetry,
  type MintOptions,
  type Principal,
  type Telemetry,
} from '../src/index.js';
import { exampleConfig, startExample, type RunningExample } from './fixtures/harness.js';
import { ed25519, HS256_SECRET, untrustedEd25519 } from './fixtures/keys.js';

let database: TestDatabase;
let telemetry: Telemetry;
let example: RunningExample;

beforeAll(async () => {
  const infra = await testInfra();
  database = await createTestDatabase('kit_auth');
  telemetry = startTelemetry({ serviceName: 'example-auth' });
  example = await startExample({ databaseUrl: database.url, natsUrl: infra.natsUrl, telemetry });
});

afterAll(async () => {
  await example?.close();
  await telemetry?.shutdown();
  await database?.drop();
});

const inspector: Principal = {
  sub: 'u-17',
  dept: 'hazards',
  roles: ['inspector'],
  regions: ['330502'],
};
const hs256: MintOptions = {
  issuer: 'yiwang',
  audience: 'yiwang',
  key: { alg: 'HS256', secret: HS256_SECRET },
};
const eddsa = (privateKeyPem: string): MintOptions => ({
  ...hs256,
  key: { alg: 'EdDSA', privateKeyPem },
});
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function call(region: string, authorization?: string) {
  const headers = authorization === undefined ? {} : { authorization };
  return example.app.inject({ method: 'GET', url: `/regions/${region}/hazards`, headers });
}

describe('bearer guards', () => {
  it('answers 401 with a Bearer challenge when the token is missing', async () => {
    const response = await call('330502');
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="example"');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', status: 401 });
  });

  const now = Math.floor(Date.now() / 1000);
  const rejected: Array<[string, () => Promise<string>]> = [
    ['an expired token', () => mintToken(inspector, { ...hs256, ttl: -60 })],
    [
      'alg: none',
      () =>
        Promise.resolve(
          `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...inspector, iss: 'yiwang', aud: 'yiwang', exp: now + 600 })}.`,
        ),
    ],
    [
      'a wrong HS256 signature',
      () =>
        mintToken(inspector, {
          ...hs256,
          key: { alg: 'HS256', secret: 'another-secret-of-sufficient-length-0000' },
        }),
    ],
    ['an untrusted EdDSA key', () => mintToken(inspector, eddsa(untrustedEd25519.privatePem))],
    [
      'HS256 signed with the EdDSA public key (alg confusion)',
      () =>
        mintToken(inspector, {
          ...hs256,
          key: { alg: 'HS256', secret: ed25519.current.publicPem },
        }),
    ],
    ['a wrong audience', () => mintToken(inspector, { ...hs256, audience: 'permits' })],
    ['a wrong issuer', () => mintToken(inspector, { ...hs256, issuer: 'evil' })],
    ['missing claims', () => mintToken({ ...inspector, regions: ['33050'] }, hs256)],
    [
      'a subject that is not an id (events could not name it as the actor)',
      () => mintToken({ ...inspector, sub: 'zhang.san@example.gov.cn' }, hs256),
    ],
    ['garbage', () => Promise.resolve('not.a.jwt')],
  ];
  it.each(rejected)('answers 401 invalid_token for %s', async (_label, token) => {
    const response = await call('330502', `Bearer ${await token()}`);
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="example", error="invalid_token"',
    );
    expect(response.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });

  it('says when a token has expired, and rejects non-Bearer schemes', async () => {
    const expired = await call(
      '330502',
      `Bearer ${await mintToken(inspector, { ...hs256, ttl: -60 })}`,
    );
    expect(expired.json()).toMatchObject({ detail: 'The token has expired.' });
    expect((await call('330502', 'Basic dXNlcjpwYXNz')).statusCode).toBe(401);
  });

  it('answers 403 for a wrong role or a region the token does not cover', async () => {
    const clerk = await mintToken({ ...inspector, roles: ['clerk'] }, hs256);
    const wrongRole = await call('330502', `Bearer ${clerk}`);
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json()).toMatchObject({ code: 'AUTH.FORBIDDEN', status: 403 });
    const district = `Bearer ${await mintToken(inspector, hs256)}`;
    expect((await call('330503', district)).statusCode).toBe(403);
    expect((await call('330500', district)).statusCode).toBe(403);
  });

  it('lets the right role and region through, with HS256 and both EdDSA keys', async () => {
    const tokens = [
      await mintToken(inspector, hs256),
      await mintToken(inspector, eddsa(ed25519.current.privatePem)),
      await mintToken(inspector, eddsa(ed25519.previous.privatePem)),
    ];
    for (const token of tokens) {
      const response = await call('330502', `Bearer ${token}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ region: '330502', sub: 'u-17' });
    }
    const city = await mintToken({ ...inspector, regions: ['330500'] }, hs256);
    expect((await call('330502', `Bearer ${city}`)).statusCode).toBe(200);
  });
});

describe('regionCovers', () => {
  it('covers a code itself and its descendants, never its ancestors or siblings', () => {
    expect(regionCovers('330502', '330502')).toBe(true);
    expect(regionCovers('330500', '330502')).toBe(true);
    expect(regionCovers('330000', '330502')).toBe(true);
    expect(regionCovers('330502', '330500')).toBe(false);
    expect(regionCovers('330500', '330602')).toBe(false);
    expect(regionCovers('330000', '310101')).toBe(false);
    expect(regionCovers('33050', '330502')).toBe(false);
  });
});

describe('yiwang-token CLI', () => {
  it('mints a token the services accept from the same JWT_* variables', async () => {
    const run = promisify(execFile);
    const args = ['--import', 'tsx', 'src/cli/mint-token.ts', '--sub', 'u-9', '--dept', 'credit'];
    const env = { ...process.env, JWT_HS256_SECRET: HS256_SECRET, JWT_AUDIENCE: 'yiwang' };
    const { stdout } = await run(
      'node',
      [...args, '--roles', 'supervisor,inspector', '--regions', '330500', '--ttl', '5m'],
      { env },
    );
    const verifier = await createTokenVerifier(exampleConfig({ DATABASE_URL: 'postgres://x/y' }));
    await expect(verifier.verify(stdout.trim())).resolves.toEqual({
      sub: 'u-9',
      dept: 'credit',
      roles: ['supervisor', 'inspector'],
      regions: ['330500'],
    });
    await expect(
      run('node', ['--import', 'tsx', 'src/cli/mint-token.ts', '--dept', 'x'], { env }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--sub and --dept are required') as string,
    });
  });
});
