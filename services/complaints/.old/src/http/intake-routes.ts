// POST /v1/reports: public (anonymous, rate-limited) or by an operator (recorded as such).
import { Type } from '@sinclair/typebox';
import { ForbiddenError, type ServiceApp } from '@yiwang/service-kit';
import { submitReport } from '../app/submit-report.js';
import type { HttpContext } from './context.js';
import { Channel, Closed, IsoDate, Region, Scope, errors } from './schemas.js';

const PUBLIC_CHANNELS = new Set(['web', 'app']);

export const ReportBody = Closed({
  channel: Channel,
  category: Scope,
  description: Type.String({
    minLength: 1,
    maxLength: 5000,
    description: 'The reporter’s own words; sealed, never shown to staff or in events',
  }),
  occurredOn: Type.Optional(IsoDate),
  location: Closed({
    region: Region,
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  }),
  enterprise: Closed(
    {
      uscc: Type.Optional(
        Type.String({
          pattern: '^[0-9A-Za-z]{18}$',
          description: 'Unified social credit code, check digit validated',
        }),
      ),
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    },
    'The enterprise reported: its USCC and/or name',
  ),
  attachments: Type.Optional(
    Type.Array(
      Closed({
        name: Type.String({ minLength: 1, maxLength: 200 }),
        mimeType: Type.String({ pattern: '^[a-z]+/[a-z0-9.+-]{1,100}$' }),
        size: Type.Integer({ minimum: 0, maximum: 104_857_600 }),
        sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
      }),
      { maxItems: 20 },
    ),
  ),
  employeeOfEnterprise: Type.Optional(
    Type.Boolean({
      description: 'The reporter works for the enterprise reported (then a real name is required)',
    }),
  ),
  reporter: Type.Optional(
    Closed(
      {
        name: Type.String({ minLength: 1, maxLength: 50 }),
        phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{5,20}$' })),
        idNumber: Type.Optional(Type.String({ pattern: '^[0-9]{17}[0-9Xx]$' })),
        email: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' })),
      },
      'Who reports; sealed in the identity vault. Omit to report anonymously.',
    ),
  ),
});

const Created = Closed({
  id: Type.String(),
  trackingCode: Type.String({ description: 'Give it with the access key to follow the report' }),
  accessKey: Type.String({ description: 'Shown only this once; stored as a hash' }),
});

export function intakeRoutes(app: ServiceApp, { deps, publicBucket }: HttpContext): void {
  app.post(
    '/v1/reports',
    {
      schema: {
        summary: 'Submit a report (12350)',
        description:
          'Anonymous (web, app) or by an operator with a bearer token (any channel). Idempotency-Key makes retries safe.',
        tags: ['intake'],
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,128}$' })),
        }),
        body: ReportBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const operator = await app.auth.identify(request);
      if (operator === undefined) {
        publicBucket.take(request.ip);
        if (!PUBLIC_CHANNELS.has(request.body.channel)) {
          throw new ForbiddenError(
            `Channel ${request.body.channel} is recorded by an operator; the public reports on the web or app channel.`,
          );
        }
      } else if (!operator.roles.some((r) => r === 'operator' || r === 'supervisor')) {
        throw new ForbiddenError('Only operators and supervisors record reports for others.');
      }
      const b = request.body;
      const answer = await submitReport(deps, {
        channel: b.channel,
        scope: b.category,
        place: b.location,
        enterprise: { uscc: b.enterprise.uscc?.toUpperCase(), name: b.enterprise.name },
        occurredOn: b.occurredOn,
        attachments: b.attachments ?? [],
        employee: b.employeeOfEnterprise ?? false,
        by: operator?.sub,
        identity: {
          description: b.description,
          ...(b.reporter === undefined
            ? {}
            : { reporter: { ...b.reporter, employee: b.employeeOfEnterprise ?? false } }),
        },
        idempotencyKey: request.headers['idempotency-key'],
      });
      if (answer.replayed) void reply.header('idempotent-replayed', 'true');
      return reply
        .code(201)
        .send({ id: answer.id, trackingCode: answer.trackingCode, accessKey: answer.accessKey });
    },
  );
}
