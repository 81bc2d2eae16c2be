// GET /api/alarms/stream: the alarm board's live feed as Server-Sent Events (WHATWG HTML
// §9.2). The console asks iot-ingest for open alarms as the user, and pushes a snapshot
// whenever it changes; when iot-ingest is unreachable it says so and keeps trying, so the
// board shows "connection lost" instead of stale calm.
import { ForbiddenError, type ServiceApp } from '@yiwang/service-kit';
import type { ServerResponse } from 'node:http';
import type { Deps } from '../deps.js';
import { mayReach } from '../proxy/access.js';
import { forward } from '../proxy/forward.js';
import { errors } from './schemas.js';
import { requireSession, sessionOf } from './session-guard.js';

const OPEN_STATES = ['raised', 'acknowledged'] as const;
const KEEPALIVE_MS = 15_000;

export function alarmStreamRoutes(app: ServiceApp, deps: Deps): void {
  // Open streams end when the console shuts down, so a graceful stop does not wait on them.
  const open = new Set<ServerResponse>();
  app.addHook('onClose', (_instance, done) => {
    for (const raw of open) raw.end();
    done();
  });
  app.get(
    '/api/alarms/stream',
    {
      schema: {
        summary: 'Open alarms, pushed as Server-Sent Events (`alarms` and `upstream` events)',
        tags: ['alarms'],
        response: errors,
      },
      preHandler: requireSession(deps.sessions),
    },
    async (request, reply) => {
      const { principal } = sessionOf(request);
      if (!mayReach('iot-ingest', principal.roles)) {
        throw new ForbiddenError('Your roles do not include the alarm board.');
      }
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: ${deps.config.CONSOLE_ALARM_POLL_MS}\n\n`);
      let last = '';
      let upstream: 'up' | 'down' | undefined;
      let closed = false;
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const poll = async () => {
        try {
          const items: unknown[] = [];
          for (const status of OPEN_STATES) {
            const answer = await forward({
              base: deps.upstreams['iot-ingest'],
              path: '/v1/alarms',
              query: `status=${status}&limit=200`,
              method: 'GET',
              body: undefined,
              headers: {},
              bearer: await deps.sessions.serviceToken(principal),
              clientIp: request.ip,
              timeoutMs: deps.config.CONSOLE_UPSTREAM_TIMEOUT_MS,
            });
            if (answer.status !== 200) throw new Error(`iot-ingest answered ${answer.status}`);
            const page = JSON.parse(answer.body.toString('utf8')) as { items?: unknown[] };
            items.push(...(page.items ?? []));
          }
          if (closed) return;
          if (upstream !== 'up') send('upstream', { state: (upstream = 'up') });
          const snapshot = JSON.stringify(items);
          if (snapshot !== last)
            send('alarms', { items: JSON.parse((last = snapshot)) as unknown });
        } catch (error) {
          if (closed) return;
          if (upstream !== 'down') {
            request.log.warn({ err: error }, 'alarm stream: iot-ingest unavailable');
            send('upstream', { state: (upstream = 'down') });
          }
        }
      };
      const tick = setInterval(() => void poll(), deps.config.CONSOLE_ALARM_POLL_MS);
      const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
      open.add(raw);
      raw.on('close', () => {
        open.delete(raw);
        closed = true;
        clearInterval(tick);
        clearInterval(keepalive);
      });
      await poll();
    },
  );
}
