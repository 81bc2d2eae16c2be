import { describe, expect, it } from 'vitest';
import { parseDuration } from './time.js';
import { afterFailure, nextHealth, type RetryRules } from './webhook-retry.js';

const rules: RetryRules = {
  scheduleMs: ['5s', '5m', '30m', '2h', '5h', '10h', '10h'].map(parseDuration),
  disableAfterMs: 120 * 3_600_000,
  disableAfterFailures: 20,
};
const t0 = new Date('2026-03-01T00:00:00Z');

describe('retries', () => {
  it('span at least 24 hours with the default schedule, then give up', () => {
    let at = t0;
    for (let attempt = 1; attempt <= 7; attempt += 1) {
      const next = afterFailure(rules, attempt, at);
      if (!('retryAt' in next)) throw new Error('gave up too early');
      at = next.retryAt;
    }
    expect(at.getTime() - t0.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(afterFailure(rules, 8, at)).toEqual({ giveUp: true });
  });
});

describe('endpoint health', () => {
  it('disables only after sustained failure: long enough and often enough', () => {
    const failures = (count: number, lastHour: number) => {
      let health = { consecutiveFailures: 0, failingSince: null as Date | null };
      let disable: string | undefined;
      for (let i = 1; i <= count; i += 1) {
        const hour = i === count ? lastHour : (i * lastHour) / count / 2;
        const at = new Date(t0.getTime() + hour * 3_600_000);
        ({ health, disable } = nextHealth(rules, health, { ok: false, status: 500 }, at));
      }
      return { health, disable };
    };
    expect(failures(50, 10).disable).toBeUndefined(); // often, but not for long
    expect(failures(2, 130).disable).toBeUndefined(); // long, but rarely
    expect(failures(20, 130).disable).toBe('20 consecutive failures over 127 h'); // since the 1st failure
    const recovered = nextHealth(rules, failures(20, 100).health, { ok: true }, t0);
    expect(recovered).toEqual({ health: { consecutiveFailures: 0, failingSince: null } });
  });

  it('disables at once on 410 Gone', () => {
    expect(
      nextHealth(
        rules,
        { consecutiveFailures: 0, failingSince: null },
        { ok: false, status: 410 },
        t0,
      ).disable,
    ).toMatch(/410/);
  });
});
