import type { Deps } from '../deps.js';
import type { FailureGate, TokenBucket } from '@yiwang/service-kit';

/** What route registrars get. */
export interface HttpContext {
  readonly deps: Deps;
  /** Anonymous requests per client IP. */
  readonly publicBucket: TokenBucket;
  /** Failed tracking lookups per client IP and per code. */
  readonly trackFailures: FailureGate;
}
