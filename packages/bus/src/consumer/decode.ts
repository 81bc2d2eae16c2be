import type { JsMsg } from '@nats-io/jetstream';
import type { CloudEvent, EventCatalog } from '@yiwang/contracts';
import { EventRejectedError } from './failures.js';

/** A delivered message, parsed and validated against the catalog. */
export type Decoded = { ok: true; event: CloudEvent } | { ok: false; error: EventRejectedError };

/** Parses a structured-mode CloudEvent from the body and validates it (ARCHITECTURE.md §3). */
export function decodeMessage(msg: JsMsg, catalog: EventCatalog): Decoded {
  let body: unknown;
  try {
    body = msg.json();
  } catch (error) {
    return { ok: false, error: new EventRejectedError([`body is not JSON: ${String(error)}`]) };
  }
  const result = catalog.validate(body);
  return result.ok
    ? { ok: true, event: result.event }
    : { ok: false, error: new EventRejectedError(result.errors) };
}

/**
 * The lane of a message: its aggregate (type without version and event, plus the aggregate
 * id), so events of one aggregate are handled one at a time and in stream order.
 */
export function laneKey(decoded: Decoded, msg: JsMsg): string {
  if (!decoded.ok) return `invalid:${msg.info.streamSequence}`;
  const [, context, aggregate] = decoded.event.type.split('.');
  return `${context}.${aggregate}:${decoded.event.subject}`;
}
