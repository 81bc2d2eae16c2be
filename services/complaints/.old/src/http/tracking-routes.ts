// GET /v1/reports/track/{trackingCode} with X-Access-Key: the reporter follows the report.
import { Type } from '@sinclair/typebox';
import { DomainError, type ServiceApp } from '@yiwang/service-kit';
import { trackReport } from '../app/track-report.js';
import type { HttpContext } from './context.js';
import { Closed, errors } from './schemas.js';
import { TrackingView, trackingView } from './tracking-view.js';

export function trackingRoutes(
  app: ServiceApp,
  { deps, publicBucket, trackFailures }: HttpContext,
): void {
  app.get(
    '/v1/reports/track/:trackingCode',
    {
      schema: {
        summary: 'Follow a report with its tracking code and access key',
        description:
          'A wrong key answers exactly like an unknown code (404); repeated failures get 429.',
        tags: ['tracking'],
        params: Closed({ trackingCode: Type.String({ minLength: 1, maxLength: 32 }) }),
        headers: Type.Object({ 'x-access-key': Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: TrackingView, ...errors },
      },
    },
    async (request) => {
      publicBucket.take(request.ip);
      const code = request.params.trackingCode.toUpperCase();
      const keys = [`ip:${request.ip}`, `code:${code}`];
      trackFailures.check(keys);
      try {
        const report = await trackReport(deps, code, request.headers['x-access-key']);
        return trackingView(report, code);
      } catch (error) {
        // Only a wrong key or unknown code counts; an outage must not lock reporters out.
        if (error instanceof DomainError && error.code === 'COMPLAINTS.TRACKING_NOT_FOUND') {
          trackFailures.fail(keys);
        }
        throw error;
      }
    },
  );
}
