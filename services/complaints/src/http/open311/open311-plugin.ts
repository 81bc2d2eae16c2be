// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under /open311/v2: discovery,
// services, requests (POST is form-encoded, as the spec says) and tokens. Anonymous and
// rate-limited per client IP; posting needs a registered client's api_key. Errors are in the
// spec's own format, an array of { code, description } (open311-errors.ts).
import type { ServiceApp } from '@yiwang/service-kit';
import type { HttpContext } from '../context.js';
import { discoveryRoutes } from './discovery-routes.js';
import { installOpen311Errors } from './open311-errors.js';
import { requestRoutes } from './request-routes.js';

const MAX_FIELDS = 64;

export async function open311Plugin(app: ServiceApp, context: HttpContext): Promise<void> {
  await app.register(
    (scope: ServiceApp, _options: unknown, done: (error?: Error) => void) => {
      // Encapsulated: only these routes accept application/x-www-form-urlencoded.
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_request, body, done) => {
          const fields: Record<string, string | string[]> = Object.create(null) as Record<
            string,
            string
          >;
          let count = 0;
          for (const [key, value] of new URLSearchParams(body as string)) {
            if (++count > MAX_FIELDS) break;
            const seen = fields[key];
            fields[key] =
              seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
          }
          done(null, { ...fields });
        },
      );
      installOpen311Errors(scope);
      scope.addHook('onRequest', (request, _reply, next) => {
        try {
          context.publicBucket.take(request.ip);
          next();
        } catch (error) {
          next(error as Error);
        }
      });
      discoveryRoutes(scope);
      requestRoutes(scope, context);
      done();
    },
    { prefix: '/open311/v2' },
  );
}
