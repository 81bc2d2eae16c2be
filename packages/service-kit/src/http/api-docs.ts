import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** Title and version shown in the OpenAPI document. */
export interface ApiDocsInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
}

/**
 * Serves the OpenAPI 3.1 document generated from route schemas at `/docs/json` (and
 * `/docs/yaml`) and Swagger UI at `/docs`. The UI's assets come from the installed
 * `@fastify/swagger-ui` package, so the docs work on an air-gapped network (no CDN).
 * Must be registered before any route so every route is collected.
 */
export async function installApiDocs(app: FastifyInstance, info: ApiDocsInfo): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
}
