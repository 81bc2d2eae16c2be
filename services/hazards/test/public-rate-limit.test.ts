// The anonymous public-notice route is rate-limited per client IP from configuration: past
// the burst a client gets 429 with Retry-After until its bucket refills; other clients are
// not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHazards, type HazardsService } from './support/harness.js';

let hz: HazardsService;

beforeAll(async () => {
  hz = await startHazards({
    env: { HAZARDS_PUBLIC_RATE_PER_MINUTE: '6', HAZARDS_PUBLIC_BURST: '3' },
  });
});
afterAll(async () => {
  await hz.close();
});

const notices = (ip: string) =>
  hz.app.inject({ method: 'GET', url: '/v1/public/listed-hazards', remoteAddress: ip });

describe('public notices rate limit', () => {
  it('answers 429 with Retry-After past the burst, per client, until the bucket refills', async () => {
    for (let i = 0; i < 3; i++) expect((await notices('203.0.113.7')).statusCode).toBe(200);
    const limited = await notices('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('10');
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.json()).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    expect((await notices('198.51.100.9')).statusCode).toBe(200);
    hz.clock.advance(10_000);
    expect((await notices('203.0.113.7')).statusCode).toBe(200);
    expect((await notices('203.0.113.7')).statusCode).toBe(429);
  });
});
