// Grid report rows ↔ domain reports.
import type {
  GridReport,
  InvalidReason,
  ReportCategory,
  ReportStatus,
} from '../domain/grid-report.js';
import type { gridReports } from './tables.js';

type ReportRow = typeof gridReports.$inferSelect;
type ReportInsert = typeof gridReports.$inferInsert;

const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/** A row as a domain report. */
export function toReport(row: ReportRow): GridReport {
  return {
    id: row.id,
    gridCellId: row.gridCellId,
    region: row.region,
    worker: row.worker,
    category: row.category as ReportCategory,
    summary: row.summary,
    position: row.position,
    photos: row.photos,
    enterprise: opt(row.enterprise),
    taskId: opt(row.taskId),
    hazardId: opt(row.hazardId),
    reportedAt: row.reportedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    status: row.status as ReportStatus,
    dispatchedTaskId: opt(row.dispatchedTaskId),
    invalidReason: opt(row.invalidReason) as InvalidReason | undefined,
    triageNote: opt(row.triageNote),
    triagedBy: opt(row.triagedBy),
    triagedAt: row.triagedAt?.toISOString(),
    version: row.version,
  };
}

/** A domain report as a row. */
export function reportRow(r: GridReport): ReportInsert {
  return {
    ...r,
    photos: [...r.photos],
    position: { lat: r.position.lat, lng: r.position.lng },
    enterprise: r.enterprise ?? null,
    taskId: r.taskId ?? null,
    hazardId: r.hazardId ?? null,
    reportedAt: new Date(r.reportedAt),
    receivedAt: new Date(r.receivedAt),
    dispatchedTaskId: r.dispatchedTaskId ?? null,
    invalidReason: r.invalidReason ?? null,
    triageNote: r.triageNote ?? null,
    triagedBy: r.triagedBy ?? null,
    triagedAt: r.triagedAt === undefined ? null : new Date(r.triagedAt),
  };
}
