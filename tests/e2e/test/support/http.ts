// A small JSON client for the services of a hub.
import type { Claims } from './token.js';

/** How to call. */
export interface CallOptions {
  readonly body?: unknown;
  /** Bearer token claims; none: anonymous. */
  readonly as?: Claims;
  readonly headers?: Readonly<Record<string, string>>;
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
