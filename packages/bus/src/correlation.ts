import type { CloudEvent } from '@yiwang/contracts';

/** The correlation fields of an event caused by another. */
export interface Causation {
  /** The flow's id, carried unchanged from the cause. */
  correlationid: string;
  /** The cause's event id. */
  causationid: string;
}

/**
 * Correlation fields for an event a handler emits in reaction to `cause`; spread them into
 * `createEvent`'s input. The trace context needs no help: `outbox.add` inside the handler
 * captures the consumer's span.
 *
 * ```ts
 * createEvent(hazardReported, { ...input, ...causedBy(event) });
 * ```
 */
export function causedBy(cause: Pick<CloudEvent, 'id' | 'correlationid'>): Causation {
  return { correlationid: cause.correlationid, causationid: cause.id };
}
