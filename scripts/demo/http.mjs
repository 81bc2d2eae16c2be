// A tiny JSON client for the demo: bearer token, Idempotency-Key, and errors that say which
// call failed and what the service answered (problem+json detail).

/** Calls `method url` with a JSON (or raw) body; returns the parsed answer or throws. */
export async function call(method, url, { token, body, raw, contentType, idempotencyKey } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (body !== undefined || raw !== undefined) {
    headers['content-type'] = contentType ?? 'application/json';
  }
  const res = await fetch(url, {
    method,
    headers,
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const detail = parsed?.detail ?? parsed?.title ?? text.slice(0, 200);
    throw new Error(`${method} ${new URL(url).pathname} → ${res.status}: ${detail}`);
  }
  return parsed;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
