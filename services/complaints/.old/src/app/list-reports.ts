// Case lists for staff: filtered by status, region, scope and deadline, newest first, with an
// opaque cursor. A caller sees only the regions of their token (object-level rule).
import { DomainError, ForbiddenError, anyRegionCovers, type Principal } from '@yiwang/service-kit';
import { listReports } from '../db/report-queries.js';
import type { Deps } from '../deps.js';
import { bureauDate, plusDays } from '../domain/calendar.js';
import type { Report } from '../domain/report/state.js';

export interface ListQuery {
  readonly status?: readonly string[] | undefined;
  readonly region?: string | undefined;
  readonly scope?: string | undefined;
  readonly deadline?: 'due-soon' | 'overdue' | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export async function listReportsFor(
  deps: Deps,
  caller: Principal,
  q: ListQuery,
): Promise<{ items: Report[]; nextCursor?: string }> {
  if (q.region !== undefined && !anyRegionCovers(caller.regions, q.region)) {
    throw new ForbiddenError(`The token does not cover region ${q.region}.`);
  }
  if (caller.regions.length === 0) return { items: [] };
  const today = bureauDate(deps.clock());
  const items = await listReports(deps.database.db, {
    visibleRegions: caller.regions,
    status: q.status,
    region: q.region,
    scope: q.scope,
    deadline: q.deadline,
    today,
    dueSoonBy: plusDays(today, deps.deadlines.dueSoonDays),
    after: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
    limit: q.limit + 1,
  });
  const page = items.slice(0, q.limit);
  const last = page.at(-1);
  return items.length > q.limit && last !== undefined
    ? { items: page, nextCursor: encodeCursor(last) }
    : { items: page };
}

function encodeCursor(r: Report): string {
  return Buffer.from(JSON.stringify([r.receivedAt, r.id])).toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (
      typeof receivedAt === 'string' &&
      !Number.isNaN(Date.parse(receivedAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return { receivedAt, id };
    }
  } catch {
    // fall through
  }
  throw new DomainError('COMPLAINTS.INVALID_CURSOR', 'The cursor is not one this service issued.');
}
