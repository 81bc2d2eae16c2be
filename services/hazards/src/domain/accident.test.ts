// Accident levels at every boundary of the three measures, the worst measure winning, late
// reports (> 1 h) and revisions inside/outside their windows, raising the level.
import { describe, expect, it } from 'vitest';
import {
  ACCIDENT_THRESHOLDS_2007,
  accidentLevel,
  decideAccidentReport,
  decideAccidentRevision,
  evolveAccident,
  type Accident,
  type AccidentRules,
} from './accident.js';

const rules: AccidentRules = {
  thresholds: ACCIDENT_THRESHOLDS_2007,
  reportWithinMinutes: 60,
  revisionDays: 30,
  revisionDaysRoadOrFire: 7,
};
const none = { deaths: 0, seriousInjuries: 0, missing: 0, directLossFen: 0 };
const M = 1_000_000 * 100;

describe('accident level (worst of deaths, injuries, loss)', () => {
  it.each([
    [{ deaths: 2 }, 'general'],
    [{ deaths: 3 }, 'larger'],
    [{ deaths: 9 }, 'larger'],
    [{ deaths: 10 }, 'major'],
    [{ deaths: 29 }, 'major'],
    [{ deaths: 30 }, 'especially-major'],
    [{ seriousInjuries: 9 }, 'general'],
    [{ seriousInjuries: 10 }, 'larger'],
    [{ seriousInjuries: 49 }, 'larger'],
    [{ seriousInjuries: 50 }, 'major'],
    [{ seriousInjuries: 99 }, 'major'],
    [{ seriousInjuries: 100 }, 'especially-major'],
    [{ directLossFen: 10 * M - 1 }, 'general'],
    [{ directLossFen: 10 * M }, 'larger'],
    [{ directLossFen: 50 * M - 1 }, 'larger'],
    [{ directLossFen: 50 * M }, 'major'],
    [{ directLossFen: 100 * M - 1 }, 'major'],
    [{ directLossFen: 100 * M }, 'especially-major'],
    [{ deaths: 1, seriousInjuries: 12, directLossFen: 60 * M }, 'major'],
    [{ deaths: 31, seriousInjuries: 0, directLossFen: 0 }, 'especially-major'],
  ] as const)('%o → %s', (figures, level) => {
    expect(accidentLevel({ ...none, ...figures })).toBe(level);
  });
});

const input = {
  id: 'acc-1',
  uscc: '91330502000000101X',
  region: '330502',
  industry: 'manufacturing',
  kind: 'machinery',
  place: 'Workshop 2',
  occurredAt: '2026-03-01T01:00:00.000Z',
  learnedAt: '2026-03-01T01:10:00.000Z',
  reportedAt: '2026-03-01T02:10:00.000Z',
  roadTrafficOrFire: false,
  summary: 'Hand caught in a press',
  ...none,
  seriousInjuries: 1,
};
function reported(overrides: Partial<typeof input> = {}): Accident {
  const d = decideAccidentReport({ ...input, ...overrides }, rules);
  if (!d.ok) throw new Error(d.rejection.code);
  return d.events.reduce<Accident | undefined>(evolveAccident, undefined) as Accident;
}

describe('reporting', () => {
  it('exactly 1 hour after learning of it is on time; later is late', () => {
    expect(reported().timeliness).toBe('on-time');
    expect(reported({ reportedAt: '2026-03-01T02:10:00.001Z' }).timeliness).toBe('late');
  });
  it('learned before it happened, or in the future, is refused', () => {
    const d = decideAccidentReport({ ...input, learnedAt: '2026-03-01T00:00:00.000Z' }, rules);
    expect(d.ok ? 'ok' : d.rejection.code).toBe('HAZARDS.TIMESTAMP_INVALID');
    const f = decideAccidentReport({ ...input, learnedAt: '2026-03-02T00:00:00.000Z' }, rules);
    expect(f.ok ? 'ok' : f.rejection.code).toBe('HAZARDS.TIMESTAMP_INVALID');
  });
});

describe('revisions', () => {
  const more = { ...none, deaths: 3, seriousInjuries: 1 };
  it('within 30 days a revision raises the level', () => {
    const a = reported();
    const d = decideAccidentRevision(
      a,
      more,
      'Two died in hospital',
      '2026-03-31T01:00:00.000Z',
      rules,
    );
    expect(d.ok && d.events[0]).toMatchObject({
      previousLevel: 'general',
      level: 'larger',
      revision: 1,
    });
    if (d.ok)
      expect(d.events.reduce(evolveAccident, a)).toMatchObject({
        deaths: 3,
        level: 'larger',
        version: 2,
      });
  });
  it('after 30 days it is refused', () => {
    const d = decideAccidentRevision(reported(), more, 'late', '2026-03-31T01:00:00.001Z', rules);
    expect(d.ok ? 'ok' : d.rejection.code).toBe('HAZARDS.REVISION_WINDOW_CLOSED');
  });
  it('road traffic and fire: 7 days', () => {
    const fire = reported({ kind: 'fire', roadTrafficOrFire: true });
    expect(decideAccidentRevision(fire, more, 'r', '2026-03-08T01:00:00.000Z', rules).ok).toBe(
      true,
    );
    expect(decideAccidentRevision(fire, more, 'r', '2026-03-08T01:00:00.001Z', rules).ok).toBe(
      false,
    );
  });
});
