import { describe, expect, it } from 'vitest';
import { Config, needsSigningSecret } from '../config.js';
import { loadConfig } from '@yiwang/service-kit';
import { hashPassword } from './passwords.js';
import { makeUserDirectory, parseUserEntry } from './users.js';

const secret = 'users-test-secret-0123456789-0123456789';

describe('staff accounts', () => {
  it('parses `username:dept:roles:regions:hash`', () => {
    expect(
      parseUserEntry('li.wei:bureau:operator+supervisor:330502+330503:scrypt$1$2$3$a$b'),
    ).toEqual({
      sub: 'li.wei',
      dept: 'bureau',
      roles: ['operator', 'supervisor'],
      regions: ['330502', '330503'],
      passwordHash: 'scrypt$1$2$3$a$b',
    });
  });

  it('authenticates configured accounts; no demo accounts unless asked for', async () => {
    const hash = await hashPassword('s3cret-password', { N: 1024, r: 8, p: 1 });
    const config = loadConfig(Config, {
      JWT_HS256_SECRET: secret,
      CONSOLE_USERS: `li.wei:bureau:operator:330502:${hash}`,
    });
    const users = await makeUserDirectory(config);
    await expect(users.authenticate('li.wei', 's3cret-password')).resolves.toEqual({
      sub: 'li.wei',
      dept: 'bureau',
      roles: ['operator'],
      regions: ['330502'],
    });
    await expect(users.authenticate('li.wei', 'wrong')).resolves.toBeUndefined();
    await expect(users.authenticate('operator', 's3cret-password')).resolves.toBeUndefined();
  });

  it('refuses to start without the HS256 secret it signs with', () => {
    expect(() => loadConfig(Config, {}, [needsSigningSecret])).toThrow(/JWT_HS256_SECRET/);
  });

  it('rejects a malformed account line at start', () => {
    expect(() =>
      loadConfig(Config, { JWT_HS256_SECRET: secret, CONSOLE_USERS: 'li.wei:operator:plaintext' }),
    ).toThrow(/CONSOLE_USERS/);
  });
});
