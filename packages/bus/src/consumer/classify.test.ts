import { describe as suite, expect, it } from 'vitest';
import { classifyFailure } from './classify.js';
import { EventRejectedError, PermanentError, TransientError } from './failures.js';

const policy = { maxDeliver: 4, backoffMs: [100, 1_000] };

suite('classifyFailure', () => {
  it('retries transient and unknown errors with the backoff of the attempt', () => {
    expect(classifyFailure(new TransientError('busy'), 1, policy)).toEqual({
      action: 'retry',
      delayMs: 100,
    });
    expect(classifyFailure(new Error('ECONNRESET'), 2, policy)).toEqual({
      action: 'retry',
      delayMs: 1_000,
    });
    expect(classifyFailure('thrown string', 3, policy)).toEqual({
      action: 'retry',
      delayMs: 1_000,
    });
  });

  it('dead-letters permanent and schema-invalid failures at once', () => {
    expect(classifyFailure(new PermanentError('never'), 1, policy)).toMatchObject({
      action: 'dead-letter',
      reason: 'PermanentError: never',
    });
    expect(classifyFailure(new EventRejectedError(['bad']), 1, policy).action).toBe('dead-letter');
  });

  it('dead-letters the last allowed delivery instead of letting it vanish', () => {
    const decision = classifyFailure(new TransientError('busy'), 4, policy);
    expect(decision).toMatchObject({ action: 'dead-letter' });
    expect(decision.action === 'dead-letter' && decision.reason).toMatch(/after 4 deliveries/);
  });

  it('retries without delay when no backoff is configured', () => {
    expect(classifyFailure(new Error('x'), 1, { maxDeliver: 3, backoffMs: [] })).toEqual({
      action: 'retry',
      delayMs: 0,
    });
  });
});
