// One request to a service on behalf of the browser. Only named headers cross in either
// direction (no cookies to the services, no upstream cookies or internals to the browser).
import { ServiceUnavailableError } from '@yiwang/service-kit';

/** Request headers a browser may pass on to a service. */
const REQUEST_HEADERS = ['idempotency-key', 'x-access-key', 'accept', 'accept-language'] as const;
/** Response headers a service may pass back. */
const RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'idempotent-replayed',
  'www-authenticate',
  'location',
] as const;

export interface Outbound {
  readonly base: string;
  /** Path below the base, starting with `/`. */
  readonly path: string;
  /** Raw query string without `?` (may be empty). */
  readonly query: string;
  readonly method: string;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Bearer token for the service; omitted on public routes. */
  readonly bearer?: string;
  /** The browser's address, for the service's own per-client rate limits. */
  readonly clientIp: string;
  readonly timeoutMs: number;
}

export interface Inbound {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/**
 * Sends the request; answers whatever status the service gives. An unreachable or slow
 * service is a 503 with Retry-After (ARCHITECTURE §4), never a hang or a 500.
 */
export async function forward(out: Outbound): Promise<Inbound> {
  const headers: Record<string, string> = { 'x-forwarded-for': out.clientIp };
  for (const name of REQUEST_HEADERS) {
    const value = out.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  if (out.bearer !== undefined) headers['authorization'] = `Bearer ${out.bearer}`;
  const hasBody = out.body !== undefined && out.method !== 'GET' && out.method !== 'HEAD';
  if (hasBody) headers['content-type'] = 'application/json';
  const url = `${out.base.replace(/\/$/, '')}${out.path}${out.query === '' ? '' : `?${out.query}`}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: out.method,
      headers,
      body: hasBody ? JSON.stringify(out.body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(out.timeoutMs),
    });
  } catch (error) {
    throw new ServiceUnavailableError('The service is unreachable; try again shortly.', 5, {
      cause: error,
    });
  }
  const body = Buffer.from(await response.arrayBuffer());
  const kept: Record<string, string> = {};
  for (const name of RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return { status: response.status, headers: kept, body };
}
