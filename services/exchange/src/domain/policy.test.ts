import { describe, expect, it } from 'vitest';
import { entitlement, type SharingPolicy } from './policy.js';
import { policyProblems } from './policy-validation.js';
import { parseFieldPath, projectData, projectEvent } from './projection.js';

const policy: SharingPolicy = {
  version: 1,
  rules: [
    { type: 'yiwang.hazards.hazard.reported.v1', fields: ['hazardId', 'position.lat'] },
    { type: 'yiwang.credit.*', fields: ['*'] },
  ],
  regions: ['330500'],
  legalBasis: 'agreement',
  expiresOn: '2026-06-30',
};
const event = (
  type: string,
  classification: 'public' | 'internal' | 'restricted',
  region = '330502',
) => ({
  type,
  classification,
  region,
});

describe('entitlement (default deny)', () => {
  it('grants an internal type only through an exact rule, inside the regions, before expiry', () => {
    expect(
      entitlement(policy, event('yiwang.hazards.hazard.reported.v1', 'internal'), '2026-06-30'),
    ).toMatchObject({ granted: true });
    expect(
      entitlement(policy, event('yiwang.hazards.hazard.reported.v1', 'internal'), '2026-07-01'),
    ).toEqual({ granted: false, reason: 'expired' });
    expect(
      entitlement(
        policy,
        event('yiwang.hazards.hazard.reported.v1', 'internal', '330600'),
        '2026-01-01',
      ),
    ).toEqual({ granted: false, reason: 'region' });
    expect(
      entitlement(policy, event('yiwang.hazards.hazard.graded.v1', 'internal'), '2026-01-01'),
    ).toEqual({ granted: false, reason: 'type' });
  });

  it('lets a pattern grant public events only, and never a restricted one', () => {
    expect(
      entitlement(policy, event('yiwang.credit.listing.listed.v1', 'public'), '2026-01-01'),
    ).toMatchObject({ granted: true });
    expect(
      entitlement(policy, event('yiwang.credit.rating.changed.v1', 'internal'), '2026-01-01'),
    ).toEqual({ granted: false, reason: 'type' });
    const all = {
      ...policy,
      rules: [{ type: 'yiwang.complaints.report.sealed.v1', fields: ['*'] }],
    };
    expect(
      entitlement(all, event('yiwang.complaints.report.sealed.v1', 'restricted'), '2026-01-01'),
    ).toEqual({ granted: false, reason: 'restricted' });
  });
});

describe('projection', () => {
  const data = {
    hazardId: 'H1',
    summary: 'secret',
    position: { lat: 30, lng: 120 },
    photos: ['a'],
  };

  it('copies only the granted paths, dotted or JSON pointer', () => {
    const paths = ['hazardId', '/position/lat', 'missing.deep'].map((f) => parseFieldPath(f) ?? []);
    expect(projectData(data, paths)).toEqual({ hazardId: 'H1', position: { lat: 30 } });
    expect(projectData(data, [[]])).toEqual(data);
  });

  it('refuses malformed paths and never walks into prototypes', () => {
    expect(parseFieldPath('__proto__.polluted')).toBeUndefined();
    expect(parseFieldPath('a..b')).toBeUndefined();
    expect(projectData({ a: 1 }, [['constructor']])).toEqual({});
  });

  it('withholds trace context from the envelope', () => {
    const out = projectEvent({ id: 'e', traceparent: 'x', tracestate: 'y', data }, [['hazardId']]);
    expect(out).toEqual({ id: 'e', data: { hazardId: 'H1' } });
  });
});

describe('policy validation', () => {
  const describeType = (type: string) =>
    type === 'yiwang.x.a.b.v1'
      ? {
          classification: 'internal' as const,
          hasField: (p: readonly string[]) => p[0] === 'known',
        }
      : type === 'yiwang.x.secret.b.v1'
        ? { classification: 'restricted' as const, hasField: () => true }
        : undefined;

  it('names each problem with a pointer', () => {
    const problems = policyProblems(
      [
        { type: 'yiwang.x.a.b.v1', fields: ['known', 'unknown', 'bad path!'] },
        { type: 'yiwang.x.secret.b.v1', fields: ['*'] },
        { type: 'yiwang.nope.v1', fields: ['*'] },
        { type: 'yiwang.x.a.b.v1', fields: ['*'] },
      ],
      describeType,
    );
    expect(problems.map((p) => p.pointer)).toEqual([
      '/policy/rules/0/fields/1',
      '/policy/rules/0/fields/2',
      '/policy/rules/1/type',
      '/policy/rules/2/type',
      '/policy/rules/3/type',
    ]);
  });
});
