// Public routes are rate-limited per client IP (429 problem+json with Retry-After); staff with
// a token are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBody, submit } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ COMPLAINTS_PUBLIC_RATE_PER_MINUTE: '6', COMPLAINTS_PUBLIC_BURST: '3' });
});
afterAll(async () => h.close());

describe('public rate limit', () => {
  it('lets a burst through, then answers 429 with Retry-After until tokens refill', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await submit(h, reportBody())).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await h.app.inject({ url: '/open311/v2/services.json' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('10');
    // Open311 answers in its own error format (GeoReport v2), the rest in problem+json
    expect(limited.json()).toEqual([
      { code: 429, description: expect.stringContaining('REQUEST.RATE_LIMITED') as unknown },
    ]);
    const tracking = await h.app.inject({
      url: '/v1/reports/track/K7MQ-4XD2-9PTA',
      headers: { 'x-access-key': 'not-the-key' },
    });
    expect(tracking.statusCode).toBe(429);
    expect(tracking.json()).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    const staff = await submit(h, reportBody({ channel: 'hotline' }), {
      authorization: `Bearer ${await h.token('operator')}`,
    });
    expect(staff.statusCode).toBe(201);
    h.clock.now = new Date(h.clock.now.getTime() + 10_000);
    expect((await submit(h, reportBody())).statusCode).toBe(201);
  });
});
