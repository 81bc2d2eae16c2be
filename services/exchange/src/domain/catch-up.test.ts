import { describe, expect, it } from 'vitest';
import { decideCatchUpStart } from './catch-up.js';

const now = new Date('2026-05-31T00:00:00.000Z');

describe('catch-up window', () => {
  it('starts at the oldest archived instant by default', () => {
    expect(decideCatchUpStart(now, 30)).toEqual({
      ok: true,
      from: new Date('2026-05-01T00:00:00.000Z'),
    });
  });
  it('starts at `since` inside the window', () => {
    const since = new Date('2026-05-20T08:00:00.000Z');
    expect(decideCatchUpStart(now, 30, since)).toEqual({ ok: true, from: since });
  });
  it('refuses to reach before the archive (older events are gone)', () => {
    const decision = decideCatchUpStart(now, 30, new Date('2026-04-30T23:59:59.999Z'));
    expect(decision).toMatchObject({
      ok: false,
      rejection: {
        code: 'EXCHANGE.CATCH_UP_TOO_OLD',
        extensions: { oldest: '2026-05-01T00:00:00.000Z' },
      },
    });
  });
});
