// Load helpers of bench ingest: keep-alive HTTP calls, closed-loop throughput, open-loop pacing.
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** A keep-alive client for one port. */
export function client(port: number, maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const call = (
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: {
            ...(body === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}

/** What a closed loop achieved. */
export interface Throughput {
  readonly perSecond: number;
  readonly operations: number;
}

/** `work(worker)` with `concurrency` workers for `seconds`. */
export async function closedLoop(
  work: (worker: number) => Promise<unknown>,
  seconds: number,
  concurrency: number,
): Promise<Throughput> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        await work(worker);
        done += 1;
      }
    }),
  );
  return { perSecond: done / ((performance.now() - started) / 1000), operations: done };
}

/** Starts `work(i)` at `rate`/s for `seconds` (open loop); resolves when all finished. */
export async function paced(
  rate: number,
  seconds: number,
  work: (i: number) => Promise<unknown>,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  let failure: Error | undefined;
  const start = performance.now();
  const total = Math.max(1, Math.round(rate * seconds));
  for (let i = 0; i < total && failure === undefined; i += 1) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    // Handled at once: a failure stops the pacing and is thrown below, never unhandled.
    pending.push(
      work(i).catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }),
    );
  }
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
}

/** Throws unless `status` is the expected one (a bench measuring errors measures nothing). */
export function expectStatus(res: { status: number; body: string }, status: number): void {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.body}`);
}
