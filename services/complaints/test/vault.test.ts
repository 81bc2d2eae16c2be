// The identity vault's envelope encryption: sealed blobs open only for their report, and a
// master-key rotation re-wraps data keys without touching the sealed identities.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault } from '../src/app/identity-vault.js';
import { rewrapIdentities } from '../src/app/rewrap-identities.js';
import { reportIdentities } from '../src/db/tables.js';
import { created, reportBody } from './api.js';
import { startHarness, vaultKey, type Harness } from './harness.js';

const identity = {
  reporter: { name: '周七', phone: '13500000001', employee: false },
  description: 'words',
};

describe('makeVault', () => {
  const k1 = vaultKey('k1');
  const k2 = vaultKey('k2');

  it('opens what it sealed, only for the same report', () => {
    const vault = makeVault([k1]);
    const box = vault.seal('r1', identity);
    expect(vault.open('r1', box)).toEqual(identity);
    expect(() => vault.open('r2', box)).toThrow();
    expect(box.sealed.toString('latin1')).not.toContain('13500000001');
  });

  it('reads old boxes after a rotation and re-wraps them under the active key', () => {
    const old = makeVault([k1]).seal('r1', identity);
    const rotated = makeVault([k2, k1], 'k2');
    expect(rotated.open('r1', old)).toEqual(identity);
    const rewrapped = rotated.rewrap('r1', old);
    expect(rewrapped.kid).toBe('k2');
    expect(makeVault([k2]).open('r1', rewrapped)).toEqual(identity);
    expect(() => makeVault([k2]).open('r1', old)).toThrow();
  });

  it('refuses a malformed or unknown key configuration', () => {
    expect(() => makeVault(['k1:c2hvcnQ='])).toThrow(/32 bytes/);
    expect(() => makeVault([k1], 'k9')).toThrow(/not among/);
  });
});

describe('rotation in the service', () => {
  let h: Harness;
  const k1 = vaultKey('k1');
  const k2 = vaultKey('k2');
  beforeAll(async () => {
    h = await startHarness({
      COMPLAINTS_VAULT_KEYS: `${k1},${k2}`,
      COMPLAINTS_VAULT_ACTIVE_KEY_ID: 'k1',
    });
  });
  afterAll(async () => h.close());

  it('re-wraps stored data keys under the new active key; identities still open', async () => {
    const { id } = await created(h, reportBody({ reporter: { name: '周七' } }));
    await created(h, reportBody());
    const auth = { authorization: `Bearer ${await h.token('custodian')}` };
    const none = await h.app.inject({ method: 'POST', url: '/v1/vault/rewrap', headers: auth });
    expect(none.json()).toEqual({ rewrapped: 0 }); // everything is under the active key already
    const denied = await h.app.inject({
      method: 'POST',
      url: '/v1/vault/rewrap',
      headers: { authorization: `Bearer ${await h.token('supervisor')}` },
    });
    expect(denied.statusCode).toBe(403);

    // the operator rotates: k2 becomes active (a restart with COMPLAINTS_VAULT_ACTIVE_KEY_ID=k2)
    const rotated = { ...h.deps, vault: makeVault([k1, k2], 'k2') };
    expect(await rewrapIdentities(rotated, 1)).toEqual({ rewrapped: 2 });
    const kids = await h.deps.database.db.execute(sql`select distinct kid from report_identities`);
    expect(kids.rows).toEqual([{ kid: 'k2' }]);
    // k1 can now be retired: a vault holding only k2 opens every identity
    const onlyK2 = makeVault([k2]);
    const [box] = await h.deps.database.db
      .select()
      .from(reportIdentities)
      .where(eq(reportIdentities.reportId, id));
    expect(box && onlyK2.open(id, box).reporter?.name).toBe('周七');
  });
});
