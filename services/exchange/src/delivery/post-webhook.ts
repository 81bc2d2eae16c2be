// One webhook HTTP attempt: POST the projected CloudEvent with the Standard Webhooks headers.
// Success is any 2xx; redirects are not followed (a 3xx is a failure); the timeout is bounded.

/** How an attempt went. */
export interface AttemptOutcome {
  readonly ok: boolean;
  readonly status?: number;
  readonly error?: string;
  readonly durationMs: number;
}

/** Sends one request and reports the outcome; never throws. */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        ...headers,
        'content-type': 'application/cloudevents+json; charset=utf-8',
        'user-agent': 'yiwang-exchange/0.1',
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return ok
      ? { ok, status: response.status, durationMs: took() }
      : { ok, status: response.status, error: `HTTP ${response.status}`, durationMs: took() };
  } catch (error) {
    return { ok: false, error: describe(error), durationMs: took() };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return (cause?.code ?? cause?.message ?? error.message).slice(0, 200);
  }
  return 'request failed';
}
