// The built web app: static files, and index.html for every page path (the app routes in the
// browser). Security headers forbid loading anything from elsewhere: the console must work
// on an intranet with no internet, and nothing third-party may run next to a session.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { ServiceApp } from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds the security headers to every answer. */
export function securityHeaders(app: ServiceApp): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // The kit's OpenAPI UI at /docs brings its own inline scripts; it shows no user data.
    if (!request.url.startsWith('/docs')) void reply.header('content-security-policy', CSP);
    void reply.headers({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
    return payload;
  });
}

/** Serves `root` (the Vite build) when it exists; page paths get index.html. */
export async function webRoutes(app: ServiceApp, root: string): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, 'web app not built: only the API is served');
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.get(
    '/*',
    {
      schema: {
        hide: true,
        params: Type.Object({ '*': Type.String({ maxLength: 400 }) }),
      },
    },
    async (request, reply) => {
      if (request.params['*'].startsWith('api/') || request.params['*'].startsWith('assets/')) {
        return reply.callNotFound();
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    },
  );
}
