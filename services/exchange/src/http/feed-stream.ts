// GET /v1/feed/stream: the same feed as Server-Sent Events (`id:` = cursor, `event:` = type),
// resumable with `Last-Event-ID` (or `?after=`). The stream polls the feed, sends a comment as
// keep-alive, and ends when the app closes.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { authenticateDepartment } from '../app/authenticate-department.js';
import { readFeed } from '../app/read-feed.js';
import type { Deps } from '../deps.js';
import { decodeFeedCursor, encodeFeedCursor } from './cursor.js';
import { ApiKeyHeaders, Obj, problems } from './schemas/common.js';

/** Registers the SSE route and closes open streams when the app closes. */
export function feedStream(app: ServiceApp, deps: Deps): void {
  const open = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const end of open) end();
    done();
  });
  app.get(
    '/v1/feed/stream',
    {
      schema: {
        tags: ['feed'],
        summary: 'Your shared events as Server-Sent Events (X-Api-Key; resume with Last-Event-ID)',
        headers: Type.Composite([
          ApiKeyHeaders,
          Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 100 })) }),
        ]),
        querystring: Obj({ after: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }), ...problems },
      },
    },
    async (request, reply) => {
      const { department } = await authenticateDepartment(deps, request.headers['x-api-key']);
      let after = decodeFeedCursor(request.headers['last-event-id'] ?? request.query.after);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const end = () => {
        closed = true;
        if (timer !== undefined) clearTimeout(timer);
        open.delete(end);
        res.end();
      };
      open.add(end);
      request.raw.on('close', end);
      let lastWrite = Date.now();
      const poll = async () => {
        try {
          const { items, last } = await readFeed(deps, department.code, after, 100);
          for (const item of items) {
            res.write(
              `id: ${encodeFeedCursor(item.position)}\nevent: ${item.eventType}\ndata: ${JSON.stringify(item.payload)}\n\n`,
            );
          }
          if (items.length > 0) lastWrite = Date.now();
          after = last;
          if (Date.now() - lastWrite >= deps.config.EXCHANGE_FEED_STREAM_HEARTBEAT_MS) {
            res.write(': keep-alive\n\n');
            lastWrite = Date.now();
          }
        } catch (error) {
          request.log.warn({ err: error }, 'feed stream poll failed');
        }
        if (!closed)
          timer = setTimeout(() => void poll(), deps.config.EXCHANGE_FEED_STREAM_POLL_MS);
      };
      await poll();
    },
  );
}
