import { describe, expect, it } from 'vitest';
import { decidePutEnterprise, type PutEnterprise } from './decide-enterprise.js';
import { evolveEnterprise } from './evolve-enterprise.js';

const cell = { id: 'cell-1', region: '330502', township: 'zhihu', name: 'c' };
const put = (
  profile: Partial<PutEnterprise['profile']> = {},
  rest: Partial<PutEnterprise> = {},
): PutEnterprise => ({
  uscc: '91330502000000001X',
  profile: {
    name: 'A',
    industry: 'trade',
    region: '330502',
    gridCellId: 'cell-1',
    standardisationLevel: '2',
    ...profile,
  },
  status: 'open',
  at: '2026-03-01T00:00:00.000Z',
  ...rest,
});

describe('enterprise PUT', () => {
  const registered = decidePutEnterprise(undefined, put(), cell);
  const current = registered.ok
    ? evolveEnterprise(undefined, registered.events[0]!)
    : (undefined as never);

  it('registers with the township of its cell and derives the high-risk category', () => {
    expect(current).toMatchObject({ township: 'zhihu', highRiskCategory: 'none', version: 1 });
    const chem = decidePutEnterprise(undefined, put({ industry: 'fireworks' }), cell);
    expect(chem).toMatchObject({
      ok: true,
      events: [{ enterprise: { highRiskCategory: 'fireworks' } }],
    });
    expect(
      decidePutEnterprise(undefined, put({ industry: 'mining', highRiskCategory: 'none' }), cell),
    ).toMatchObject({ ok: false });
  });

  it('records only what changed, and nothing for an identical PUT', () => {
    expect(decidePutEnterprise(current, put(), cell)).toEqual({ ok: true, events: [] });
    const changed = decidePutEnterprise(current, put({ name: 'B', industry: 'mining' }), cell);
    expect(changed).toMatchObject({
      ok: true,
      events: [
        {
          type: 'enterprise.updated',
          changes: { name: 'B', industry: 'mining', highRiskCategory: 'mining', highRisk: true },
        },
      ],
    });
  });

  it('closes with a reason and reopens', () => {
    const closure = { reason: 'bankrupt' as const, closedOn: '2026-02-01' };
    expect(decidePutEnterprise(current, put({}, { status: 'closed' }), cell)).toMatchObject({
      ok: false,
      rejection: { code: 'EXCHANGE.CLOSURE_REQUIRED' },
    });
    const closed = decidePutEnterprise(current, put({}, { status: 'closed', closure }), cell);
    expect(closed).toMatchObject({
      ok: true,
      events: [{ type: 'enterprise.closed', reason: 'bankrupt' }],
    });
    const after = closed.ok ? evolveEnterprise(current, closed.events[0]!) : current;
    expect(decidePutEnterprise(after, put(), cell)).toMatchObject({
      ok: true,
      events: [{ type: 'enterprise.reopened' }],
    });
  });

  it('keeps the enterprise in exactly one known cell of its region', () => {
    expect(decidePutEnterprise(undefined, put(), undefined)).toMatchObject({
      ok: false,
      rejection: { code: 'EXCHANGE.GRID_CELL_UNKNOWN' },
    });
    expect(decidePutEnterprise(undefined, put({ region: '330503' }), cell)).toMatchObject({
      ok: false,
      rejection: { code: 'EXCHANGE.GRID_CELL_REGION_MISMATCH' },
    });
  });
});
