// Group commit for the hot path: batches that change no alarm are queued and written together,
// up to IOT_WRITE_CONCURRENCY statements in flight. A statement starts on the next turn of the
// event loop (setImmediate), so every request whose body was parsed in the same I/O phase
// shares it, and under load the requests that arrive while a statement runs share the next
// one: one round trip and one WAL flush for all of them, instead of a statement (and its
// share of PostgreSQL's CPU) per single-reading POST. Alone, a batch is written at once.
// Callers hold their gateway's lock, so the batches of one statement never share a sensor.
import { storeBatches, type BatchWrite } from '../db/readings.js';
import type { Deps } from '../deps.js';

/** Stores one batch (with the others queued meanwhile); resolves with its new readings. */
export type BatchWriter = (write: BatchWrite) => Promise<number>;

interface Pending {
  readonly write: BatchWrite;
  resolve(stored: number): void;
  reject(error: unknown): void;
}

/** Makes the writer of this process. */
export function makeBatchWriter(deps: Pick<Deps, 'database' | 'clock' | 'config'>): BatchWriter {
  const queue: Pending[] = [];
  // Statements running or about to start (a scheduled flush counts: it will take the queue).
  let inFlight = 0;
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    try {
      while (queue.length > 0) {
        const items = queue.splice(0, deps.config.IOT_WRITE_MAX_BATCHES);
        try {
          const counts = await storeBatches(
            deps.database.pool,
            items.map((p) => p.write),
            deps.clock.now(),
            deps.config.IOT_READINGS_ASYNC_COMMIT,
          );
          items.forEach((p, i) => p.resolve(counts[i] ?? 0));
        } catch (error) {
          for (const p of items) p.reject(error);
        }
      }
    } finally {
      inFlight--;
    }
  };
  return (write) =>
    new Promise<number>((resolve, reject) => {
      queue.push({ write, resolve, reject });
      if (!scheduled && inFlight < deps.config.IOT_WRITE_CONCURRENCY) {
        scheduled = true;
        inFlight++;
        setImmediate(() => void flush());
      }
    });
}
