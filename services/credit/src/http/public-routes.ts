// The public list of seriously untrustworthy subjects (严重失信主体名单, published as 令第11号
// requires), readable without login and rate-limited per client IP: published fields only,
// listed cases only (a proposal, a notice or a removed listing is never shown).
import {
  decodeKeyCursor,
  keysetPage,
  makeTokenBucket,
  ProblemDetails,
  type ServiceApp,
} from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';
import { listListings } from '../db/listings.js';
import type { Deps } from '../deps.js';
import { ON_LIST } from '../domain/listing.js';
import { Obj, Page, PageQuery, problems, Region } from './schemas/common.js';
import { PublicListingView } from './schemas/credit.js';
import { publicView } from './views.js';

/** Registers `GET /v1/public/credit/listings`. */
export function publicRoutes(app: ServiceApp, deps: Deps): void {
  const bucket = makeTokenBucket(
    deps.config.CREDIT_PUBLIC_RATE_PER_MINUTE,
    deps.config.CREDIT_PUBLIC_BURST,
    () => Date.now(),
  );
  app.get(
    '/v1/public/credit/listings',
    {
      schema: {
        tags: ['public'],
        summary: 'Published serious-dishonesty listings (no login)',
        querystring: Obj({ ...PageQuery, region: Type.Optional(Region) }),
        response: { 200: Page(PublicListingView), ...problems, 429: ProblemDetails },
      },
    },
    async (request) => {
      bucket.take(request.ip);
      const { cursor, limit, region } = request.query;
      const rows = await listListings(deps.database.db, {
        statuses: ON_LIST,
        ...(region === undefined ? {} : { regions: [region] }),
        ...(cursor === undefined ? {} : { after: decodeKeyCursor(cursor) }),
        limit: limit + 1,
      });
      const { items, next } = keysetPage(rows, limit, (l) => l.id);
      return { items: items.flatMap((l) => publicView(l) ?? []), next };
    },
  );
}
