// `POST /v1/credit/records`: authorised staff enter a penalty, bad record, listing decision or
// good-conduct record; the caller's department is the deciding department. The same subject,
// kind, trigger and reference return the first record (200) instead of a second one.
import { isRealDate } from '@yiwang/contracts';
import { DomainError, principalOf, type ServiceApp } from '@yiwang/service-kit';
import type { Static } from '@sinclair/typebox';
import { recordByStaff } from '../app/record-by-staff.js';
import type { Deps } from '../deps.js';
import { assertStaffRegion } from './access.js';
import { OFFICERS } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { RecordBody, RecordView } from './schemas/credit.js';
import { plain } from './views.js';

/** Registers the record routes. */
export function recordRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/credit/records',
    {
      schema: {
        tags: ['records'],
        summary: 'Enter a record (idempotent per subject, kind, trigger and reference)',
        security: bearer,
        body: RecordBody,
        response: { 200: RecordView, 201: RecordView, ...problems },
      },
      preHandler: app.auth.require({ roles: OFFICERS }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      if (!isRealDate(request.body.occurredOn)) {
        throw new DomainError('CREDIT.DATE_INVALID', `${request.body.occurredOn} is not a date.`);
      }
      const { subjectId, trigger, fact, accidentLevel, penaltyDecisionNumber, ...b } = request.body;
      const { record, created } = await recordByStaff(
        deps,
        subjectId,
        {
          ...b,
          trigger: trigger ?? 'other',
          ...(fact === undefined ? {} : { fact }),
          ...(accidentLevel === undefined ? {} : { accidentLevel }),
          ...(penaltyDecisionNumber === undefined ? {} : { penaltyDecisionNumber }),
          decidingDepartment: p.dept,
          recordedBy: p.sub,
        },
        (region) => assertStaffRegion(p, region),
      );
      return reply.code(created ? 201 : 200).send(plain<Static<typeof RecordView>>(record));
    },
  );
}
