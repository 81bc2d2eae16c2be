import type { NatsConnection } from '@nats-io/transport-node';
import { waitFor } from './wait-for.js';

/** A CloudEvent as it crossed the wire (structured JSON mode), with the subject it came on. */
export interface CapturedEvent {
  subject: string;
  headers: Record<string, string>;
  event: { id: string; type: string; subject: string; data: unknown; [key: string]: unknown };
}

/** What `captureEvents` returns: the events seen so far and ways to wait for more. */
export interface EventCapture {
  readonly events: CapturedEvent[];
  /** Resolves with the captured events once at least `count` matched. */
  waitForCount(count: number, timeout?: number): Promise<CapturedEvent[]>;
  /** Resolves with the first captured event that satisfies `predicate`. */
  waitForEvent(predicate: (e: CapturedEvent) => boolean, timeout?: number): Promise<CapturedEvent>;
  stop(): Promise<void>;
}

/**
 * Records every event published on subjects matching `subject` (NATS wildcards allowed) that
 * also passes `where`. JetStream publishes travel core NATS subjects, so this sees them live.
 */
export async function captureEvents(
  nc: NatsConnection,
  subject: string,
  where: (e: CapturedEvent) => boolean = () => true,
): Promise<EventCapture> {
  const events: CapturedEvent[] = [];
  const sub = nc.subscribe(subject);
  void (async () => {
    for await (const msg of sub) {
      const headers: Record<string, string> = {};
      for (const [key, values] of msg.headers ?? []) headers[key] = values.join(',');
      const captured = { subject: msg.subject, headers, event: msg.json<CapturedEvent['event']>() };
      if (where(captured)) events.push(captured);
    }
  })();
  await nc.flush();
  return {
    events,
    waitForCount: (count, timeout = 10_000) =>
      waitFor(() => events.length >= count && events, {
        timeout,
        message: `${count} events on ${subject} (saw ${events.length})`,
      }),
    waitForEvent: (predicate, timeout = 10_000) =>
      waitFor(() => events.find(predicate), { timeout, message: `an event on ${subject}` }),
    stop: async () => {
      await sub.drain();
    },
  };
}
