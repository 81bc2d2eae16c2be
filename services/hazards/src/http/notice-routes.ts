// Public notices of listed major hazards (挂牌督办 公告), readable without login: published
// fields only (enterprise name, notice summary, authority, document number, dates). Anonymous
// routes are rate-limited per client IP (ARCHITECTURE.md §5): 429 with Retry-After.
import {
  decodeKeyCursor,
  keysetPage,
  type ServiceApp,
  type TokenBucket,
} from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';
import { listHazards } from '../db/hazards.js';
import type { Deps } from '../deps.js';
import { Obj, Page, PageQuery, problems, Region } from './schemas/common.js';
import { NoticeView } from './schemas/hazard.js';

/** Registers `GET /v1/public/listed-hazards`. */
export function noticeRoutes(app: ServiceApp, deps: Deps, bucket: TokenBucket): void {
  app.get(
    '/v1/public/listed-hazards',
    {
      schema: {
        tags: ['public'],
        summary: 'Public notices of listed major hazards (no login)',
        querystring: Obj({ ...PageQuery, region: Type.Optional(Region) }),
        response: { 200: Page(NoticeView), ...problems },
      },
    },
    async (request) => {
      bucket.take(request.ip);
      const { cursor, limit, region } = request.query;
      const rows = await listHazards(deps.database.db, {
        listedOnly: true,
        ...(region === undefined ? {} : { regions: [region] }),
        ...(cursor === undefined ? {} : { after: decodeKeyCursor(cursor) }),
        limit: limit + 1,
      });
      const { items, next } = keysetPage(rows, limit, (r) => r.hazard.id);
      return {
        items: items.flatMap(({ hazard: h, enterpriseName }) =>
          h.listing === undefined
            ? []
            : [
                {
                  hazardId: h.id,
                  enterpriseName,
                  region: h.region,
                  summary: h.listing.noticeSummary,
                  authority: h.listing.authority,
                  documentNumber: h.listing.documentNumber,
                  listedAt: h.listing.listedAt,
                  deadline: h.listing.deadline,
                  closed: h.status === 'closed',
                },
              ],
        ),
        next,
      };
    },
  );
}
