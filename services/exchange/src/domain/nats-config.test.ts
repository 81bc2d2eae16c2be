import { describe, expect, it } from 'vitest';
import type { Department } from './department.js';
import { departmentSubjects, renderNatsAccounts } from './nats-config.js';

const department = (code: string, expiresOn = '2099-01-01'): Department => ({
  code,
  name: code,
  kind: 'bank',
  channels: ['nats'],
  natsNkey: 'UABC',
  policy: {
    version: 3,
    rules: [
      { type: 'yiwang.credit.listing.listed.v1', fields: ['*'] },
      { type: 'yiwang.permits.*', fields: ['*'] },
      { type: 'yiwang.*', fields: ['*'] },
    ],
    regions: ['330500'],
    legalBasis: 'x',
    expiresOn,
  },
  version: 1,
  registeredAt: '2026-01-01T00:00:00Z',
});

describe('NATS department accounts', () => {
  it('import one subject per granted type or pattern under the department', () => {
    expect(departmentSubjects(department('bank-a'), 'yiwang_share')).toEqual([
      'yiwang_share.bank-a.credit.listing.listed.>',
      'yiwang_share.bank-a.permits.>',
      'yiwang_share.bank-a.>',
    ]);
  });

  it('leave out expired agreements and departments without an NKey', () => {
    const text = renderNatsAccounts(
      [
        department('ok'),
        department('old', '2020-01-01'),
        { ...department('nokey'), natsNkey: undefined },
      ],
      { sharePrefix: 'yiwang_share', publisherPasswordVar: 'PW', today: '2026-03-01' },
    );
    expect(text).toContain('DEPT_OK: {');
    expect(text).not.toContain('DEPT_OLD');
    expect(text).not.toContain('DEPT_NOKEY');
    expect(text).toContain('password: $PW');
    expect(text).toContain('publish: { deny: [">"] }');
  });
});
