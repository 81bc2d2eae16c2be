// The pull feed of a department (X-Api-Key): `GET /v1/feed?after=<cursor>&limit=` returns its
// projected events in ledger order; `next` is the cursor to pass as `after` next time.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { authenticateDepartment } from '../app/authenticate-department.js';
import { readFeed } from '../app/read-feed.js';
import type { Deps } from '../deps.js';
import { decodeFeedCursor, encodeFeedCursor } from './cursor.js';
import { feedStream } from './feed-stream.js';
import { ApiKeyHeaders, Obj, problems } from './schemas/common.js';

const FeedQuery = Obj({
  after: Type.Optional(
    Type.String({ maxLength: 100, description: 'opaque cursor; omit to start at the beginning' }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
const FeedItem = Obj({
  cursor: Type.String(),
  event: Type.Unknown({ description: 'the projected CloudEvent' }),
});

/** Registers the feed and its SSE stream. */
export function feedRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/feed',
    {
      schema: {
        tags: ['feed'],
        summary: 'Pull feed of your shared events (X-Api-Key)',
        headers: ApiKeyHeaders,
        querystring: FeedQuery,
        response: { 200: Obj({ items: Type.Array(FeedItem), next: Type.String() }), ...problems },
      },
    },
    async (request) => {
      const { department } = await authenticateDepartment(deps, request.headers['x-api-key']);
      const after = decodeFeedCursor(request.query.after);
      const { items, last } = await readFeed(deps, department.code, after, request.query.limit);
      return {
        items: items.map((i) => ({ cursor: encodeFeedCursor(i.position), event: i.payload })),
        next: encodeFeedCursor(last),
      };
    },
  );
  feedStream(app, deps);
}
