import { describe, expect, it } from 'vitest';
import { decideAlarm, escalationDue, evolveAlarm, type Alarm, type AlarmEvent } from './alarm.js';

const raised: Alarm = {
  id: 'al-1',
  sensorId: 's1',
  status: 'raised',
  raisedAt: '2026-03-02T02:00:00.000Z',
  clearedAt: null,
  disposition: null,
  escalation: null,
};
const MIN = 60_000;
const t0 = Date.parse(raised.raisedAt);

describe('alarm lifecycle', () => {
  it('acknowledge records the delay; a second acknowledge is refused', () => {
    const d = decideAlarm(raised, {
      kind: 'acknowledge',
      by: 'u1',
      at: '2026-03-02T02:03:00.000Z',
    });
    expect(d).toEqual({
      ok: true,
      events: [
        { type: 'alarm.acknowledged', by: 'u1', at: '2026-03-02T02:03:00.000Z', delaySeconds: 180 },
      ],
    });
    if (!d.ok) throw new Error('refused');
    const acked = evolveAlarm(raised, d.events[0] as AlarmEvent);
    expect(
      decideAlarm(acked, { kind: 'acknowledge', by: 'u1', at: '2026-03-02T02:04:00.000Z' }),
    ).toMatchObject({
      ok: false,
      rejection: { code: 'IOT.ILLEGAL_TRANSITION' },
    });
  });

  it('dispose before acknowledge is refused; after it, a cleared alarm closes at once', () => {
    const dispose = {
      kind: 'dispose' as const,
      by: 'u1',
      at: '2026-03-02T02:05:00.000Z',
      disposition: 'false' as const,
    };
    expect(decideAlarm(raised, dispose)).toMatchObject({ ok: false });
    const acked: Alarm = { ...raised, status: 'acknowledged' };
    expect(decideAlarm(acked, dispose)).toMatchObject({
      ok: true,
      events: [{ type: 'alarm.disposed' }],
    });
    const cleared: Alarm = { ...acked, clearedAt: '2026-03-02T02:01:00.000Z' };
    expect(decideAlarm(cleared, dispose)).toMatchObject({
      ok: true,
      events: [{ type: 'alarm.disposed' }, { type: 'alarm.closed', disposition: 'false' }],
    });
  });
});

describe('escalation (defaults 10 and 30 minutes)', () => {
  it('is due to the principal at 10 min, to the county bureau at 30 min, never after acknowledgement', () => {
    expect(escalationDue(raised, t0 + 9 * MIN, 10 * MIN, 30 * MIN)).toBeUndefined();
    expect(escalationDue(raised, t0 + 10 * MIN, 10 * MIN, 30 * MIN)).toBe('enterprise-principal');
    const first: Alarm = { ...raised, escalation: 'enterprise-principal' };
    expect(escalationDue(first, t0 + 29 * MIN, 10 * MIN, 30 * MIN)).toBeUndefined();
    expect(escalationDue(first, t0 + 30 * MIN, 10 * MIN, 30 * MIN)).toBe('county-bureau');
    expect(
      escalationDue({ ...first, escalation: 'county-bureau' }, t0 + 99 * MIN, 10 * MIN, 30 * MIN),
    ).toBeUndefined();
    expect(
      escalationDue({ ...raised, status: 'acknowledged' }, t0 + 99 * MIN, 10 * MIN, 30 * MIN),
    ).toBeUndefined();
  });

  it('escalation only goes up', () => {
    const county: Alarm = { ...raised, escalation: 'county-bureau' };
    const c = {
      kind: 'escalate' as const,
      tier: 'enterprise-principal' as const,
      at: '2026-03-02T03:00:00.000Z',
    };
    expect(decideAlarm(county, c)).toMatchObject({ ok: false });
    expect(decideAlarm(raised, c)).toMatchObject({
      ok: true,
      events: [{ type: 'alarm.escalated', unacknowledgedSeconds: 3600 }],
    });
  });
});
