// Public progress by application number, without login (最多跑一次): the public steps with
// their timestamps and the next deadline, never internal notes, reasons or people. The
// route is rate-limited per client; an unknown number is a plain 404.
import { Type } from '@sinclair/typebox';
import { DomainError, makeTokenBucket, type ServiceApp } from '@yiwang/service-kit';
import { findByNumber } from '../db/applications.js';
import { listProgress } from '../db/progress.js';
import type { Deps } from '../deps.js';
import { Obj, problems, TrackView } from './schemas.js';

/** Registers `GET /v1/permits/track/{applicationNo}`. */
export function trackRoutes(app: ServiceApp, deps: Deps): void {
  const bucket = makeTokenBucket(
    deps.config.PERMITS_TRACK_RATE_PER_MINUTE,
    deps.config.PERMITS_TRACK_BURST,
    () => deps.clock.now().getTime(),
  );
  app.get(
    '/v1/permits/track/:applicationNo',
    {
      schema: {
        tags: ['public'],
        summary: 'Public progress of an application by its number (no login)',
        params: Obj({ applicationNo: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }) }),
        response: { 200: TrackView, ...problems },
      },
    },
    async (request) => {
      bucket.take(request.ip);
      const a = await findByNumber(deps.database.db, request.params.applicationNo);
      if (a === undefined || a.status === 'draft') {
        throw new DomainError('PERMITS.APPLICATION_NOT_FOUND', 'No application with this number.');
      }
      const steps = await listProgress(deps.database.db, a.id);
      const last = steps.at(-1);
      return {
        applicationNumber: a.number,
        licenceType: a.licenceType,
        status: last?.status ?? 'in-progress',
        nextDeadline: last?.nextDeadline ?? null,
        steps,
      };
    },
  );
}
