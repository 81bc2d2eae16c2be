// Calls to the console's backend (same origin). Writes carry the session's CSRF token; errors
// arrive as problem+json and become ApiError with the stable code.

let csrfToken = '';

/** Remembers the CSRF token of the session (from login or GET /api/session). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** A failed call: HTTP status, the problem's stable code and its detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
  }
}

export interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** Calls `/api${path}` and returns the parsed JSON (undefined for 204). */
export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'network');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text.length > 0 ? safeParse(text) : undefined;
  if (response.status === 401 && path !== '/session') {
    // The session expired (end of shift) or was cleared: the app shows the login again.
    window.dispatchEvent(new Event('session-expired'));
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: string; detail?: string };
    throw new ApiError(
      response.status,
      problem.code ?? 'HTTP',
      problem.detail ?? response.statusText,
    );
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A fresh Idempotency-Key for one form submission (retries reuse it). */
export const newIdempotencyKey = (): string => `console-${crypto.randomUUID()}`;
