import { Type } from '@sinclair/typebox';
import { DomainError, type ServiceApp } from '@yiwang/service-kit';
import { Closed } from '../schemas.js';
import { open311ErrorResponses } from './open311-errors.js';
import { OPEN311_ATTRIBUTES, OPEN311_SERVICES } from './services.js';

const Service = Closed({
  service_code: Type.String(),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean(),
  type: Type.String(),
  keywords: Type.String(),
  group: Type.String(),
});

const discoverySchema = {
  summary: 'Open311 discovery',
  tags: ['open311'],
  response: {
    200: Closed({
      changeset: Type.String(),
      contact: Type.String(),
      key_service: Type.String(),
      endpoints: Type.Array(
        Closed({
          specification: Type.String(),
          url: Type.String(),
          changeset: Type.String(),
          type: Type.String(),
          formats: Type.Array(Type.String()),
        }),
      ),
    }),
  },
};

const Attribute = Closed({
  variable: Type.Boolean(),
  code: Type.String(),
  datatype: Type.String(),
  required: Type.Boolean(),
  datatype_description: Type.String(),
  order: Type.Integer(),
  description: Type.String(),
  values: Type.Optional(Type.Array(Closed({ key: Type.String(), name: Type.String() }))),
});

export function discoveryRoutes(app: ServiceApp): void {
  app.get('/discovery.json', { schema: discoverySchema }, (request) => ({
    changeset: '2025-01-01T00:00:00+08:00',
    contact: '12350 work-safety hotline',
    key_service: 'Ask the bureau for an api_key (POST /v1/open311/clients)',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${request.protocol}://${request.host}/open311/v2`,
        changeset: '2025-01-01T00:00:00+08:00',
        type: 'production',
        formats: ['application/json'],
      },
    ],
  }));
  app.get(
    '/services.json',
    {
      schema: {
        summary: 'Open311 service list (the report categories)',
        tags: ['open311'],
        response: { 200: Type.Array(Service) },
      },
    },
    () => [...OPEN311_SERVICES],
  );
  app.get(
    '/services/:service_code.json',
    {
      schema: {
        summary: 'Open311 service definition',
        tags: ['open311'],
        params: Closed({ service_code: Type.String({ maxLength: 64 }) }),
        response: {
          200: Closed({ service_code: Type.String(), attributes: Type.Array(Attribute) }),
          404: open311ErrorResponses[404],
        },
      },
    },
    (request) => {
      const found = OPEN311_SERVICES.find((s) => s.service_code === request.params.service_code);
      if (found === undefined) {
        throw new DomainError(
          'COMPLAINTS.SERVICE_NOT_FOUND',
          `No service ${request.params.service_code}.`,
        );
      }
      return {
        service_code: found.service_code,
        attributes: OPEN311_ATTRIBUTES,
      };
    },
  );
}
