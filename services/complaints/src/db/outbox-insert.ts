// Outbox rows of the intake, built here rather than by `outbox.add` so that they join intake's
// single INSERT statement and the transaction sends no NOTIFY. Why: PostgreSQL serialises the
// commits of all transactions that NOTIFY (async.c, PreCommit_Notify: a database-wide lock held
// until the commit record is flushed), which capped intake near 500/s where plain commits reach
// several thousand (bench/complaints). The relay is woken after commit by `makeRelayNudge`
// instead; if that wake-up is lost, the relay's poll finds the rows, so no event is lost.
// Same rows as @yiwang/bus `outbox.add`: validated against the catalog, the active trace
// context, the subject and the headers the relay publishes with. Candidate for the bus (an
// `outbox.rows(events)` export); kept local because services do not edit shared packages.
import { activeTraceFields, busOutbox, busNames, OutboxEventInvalidError } from '@yiwang/bus';
import { eventSubject, type CloudEvent, type EventCatalog } from '@yiwang/contracts';
import type { Tx } from './report-store.js';

/** The INSERT of `events` into the outbox (not executed: a part of a larger statement). */
export function outboxInsert(
  tx: Pick<Tx, 'insert'>,
  events: readonly CloudEvent[],
  catalog: EventCatalog,
  prefix: string,
) {
  const subjectPrefix = busNames(prefix).prefix;
  const trace = activeTraceFields();
  const rows = events.map((original, index) => {
    const event: CloudEvent = original.traceparent ? original : { ...original, ...trace };
    const result = catalog.validate(event);
    if (!result.ok) throw new OutboxEventInvalidError(index, result.errors);
    return {
      id: event.id,
      subject: eventSubject(event, subjectPrefix),
      type: event.type,
      aggregateId: event.subject,
      payload: event,
      headers: {
        'ce-type': event.type,
        ...(event.traceparent && { traceparent: event.traceparent }),
        ...(event.tracestate && { tracestate: event.tracestate }),
      },
    };
  });
  return tx.insert(busOutbox).values(rows);
}
