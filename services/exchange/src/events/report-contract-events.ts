// Grid report events → contract events (part of the one mapping, contract-events.ts).
import { createEvent, exchange, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { ReportEvent } from '../domain/grid-report.js';
import type { Base } from './envelope-base.js';

const some = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The CloudEvent of a grid report event. */
export function reportEvent(event: ReportEvent, base: Base): CloudEvent {
  switch (event.type) {
    case 'gridreport.received': {
      const r = event.report;
      const data = {
        reportId: r.id,
        gridCellId: r.gridCellId,
        ...some('taskId', r.taskId),
        ...some('hazardId', r.hazardId),
        worker: r.worker,
        category: r.category,
        summary: r.summary,
        position: { lat: r.position.lat, lng: r.position.lng },
        photos: [...r.photos],
        reportedAt: r.reportedAt,
        receivedAt: r.receivedAt,
        ...some('enterprise', r.enterprise),
      };
      const def = exchange.gridreportReceived;
      return createEvent(def, { ...base, subject: r.id, time: r.receivedAt, data });
    }
    case 'gridreport.accepted': {
      const { reportId, gridCellId, taskId, hazardId, by, at } = event;
      const data = {
        reportId,
        gridCellId,
        taskId,
        ...some('hazardId', hazardId),
        acceptedBy: by,
        acceptedAt: at,
      };
      const def = exchange.gridreportAccepted;
      return createEvent(def, { ...base, subject: reportId, time: at, data });
    }
    case 'gridreport.invalidated': {
      const { reportId, gridCellId, reason, note, hazardId, by, at } = event;
      const data = {
        reportId,
        gridCellId,
        reason,
        ...some('note', note),
        ...some('hazardId', hazardId),
        invalidatedBy: by,
        invalidatedAt: at,
      };
      const def = exchange.gridreportInvalidated;
      return createEvent(def, { ...base, subject: reportId, time: at, data });
    }
    default:
      return assertNever(event);
  }
}
