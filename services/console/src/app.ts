// buildApp(deps): the console's HTTP app: session, proxy, public pages, alarm stream, web app.
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import { buildServiceApp, type ServiceApp } from '@yiwang/service-kit';
import type { Deps } from './deps.js';
import { alarmStreamRoutes } from './http/alarm-stream.js';
import { enterpriseNamesRoute } from './http/enterprise-names-route.js';
import { proxyRoutes } from './http/proxy-routes.js';
import { publicRoutes } from './http/public-routes.js';
import { sessionRoutes } from './http/session-routes.js';
import { securityHeaders, webRoutes } from './http/web-routes.js';

/** Where `vite build` puts the web app (next to dist/app.js). */
const defaultWebRoot = fileURLToPath(new URL('../dist/web', import.meta.url));

export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'console',
    version: '0.1.0',
    description:
      'The web console and its backend-for-frontend: staff login, proxy to the services, public report and tracking pages, live alarms',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    errorStatus: {},
  });
  app.decorateRequest('session', undefined);
  await app.register(fastifyCookie);
  securityHeaders(app);
  sessionRoutes(app, deps);
  publicRoutes(app, deps);
  alarmStreamRoutes(app, deps);
  enterpriseNamesRoute(app, deps);
  proxyRoutes(app, deps);
  await webRoutes(app, deps.config.CONSOLE_WEB_ROOT ?? defaultWebRoot);
  return app;
}
