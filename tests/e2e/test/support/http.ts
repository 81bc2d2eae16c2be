// A small JSON client for the services of a hub. It can act as the user agent of a trace: every
// call of a scenario then carries the same trace id (W3C Trace Context `traceparent`, a new
// parent span id per request, as a browser's client spans would), so the services' spans join
// one trace.
import { randomBytes } from 'node:crypto';
import type { Claims } from './token.js';

/** A trace started by the test client. */
export interface ClientTrace {
  readonly traceId: string;
  /** A `traceparent` for the next request: this trace, a fresh span id, sampled. */
  traceparent(): string;
}

/** Starts a trace (random 16-byte trace id, W3C Trace Context level 1). */
export function startClientTrace(): ClientTrace {
  const traceId = randomBytes(16).toString('hex');
  return {
    traceId,
    traceparent: () => `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  };
}

/** How to call. */
export interface CallOptions {
  readonly body?: unknown;
  /** Bearer token claims; none: anonymous. */
  readonly as?: Claims;
  readonly headers?: Readonly<Record<string, string>>;
  /** Send the request as part of this trace. */
  readonly trace?: ClientTrace;
}

/** A response: status, parsed JSON body (or the text), headers. */
export interface Reply<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Sends one request to `base + path`. */
export async function callService<T>(
  base: string,
  method: string,
  path: string,
  options: CallOptions,
  token: (claims: Claims) => string,
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as !== undefined) headers.authorization = `Bearer ${token(options.as)}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.trace !== undefined) headers.traceparent = options.trace.traceparent();
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: body as T, headers: res.headers };
}
