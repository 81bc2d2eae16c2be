// POST /v1/readings (gateways, X-Api-Key; JSON or NDJSON) and the downsampled series of a
// sensor for people.
import { DomainError, principalOf, type ServiceApp } from '@yiwang/service-kit';
import { makeGatewayAuthenticator } from '../app/authenticate-gateway.js';
import { ingestReadings } from '../app/ingest-readings.js';
import { downsample } from '../db/readings.js';
import { sensorsById } from '../db/sensors.js';
import type { Deps } from '../deps.js';
import { IotCodes } from '../domain/errors.js';
import { assertAccess } from './access.js';
import { ndjsonParser, withMalformed, type MalformedLines } from './ndjson.js';
import { PEOPLE } from './roles.js';
import { bearer, IdParams, problems } from './schemas/common.js';
import { IngestView, readingsBody } from './schemas/readings.js';
import { ReadingsQuery, SeriesView } from './schemas/sensor.js';

const MAX_BUCKETS = 10_000;

/** Registers `POST /v1/readings` and `GET /v1/sensors/{id}/readings`. */
export async function readingRoutes(app: ServiceApp, deps: Deps): Promise<void> {
  const authenticate = makeGatewayAuthenticator(deps);
  const max = deps.config.IOT_MAX_BATCH;
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async
  await app.register(async (plain) => {
    // A child scope keeps the NDJSON parser to this route; it has the parent's type provider.
    const scope = plain as unknown as ServiceApp;
    const lines: MalformedLines = new WeakMap();
    const parser = ndjsonParser(max, lines);
    scope.addContentTypeParser(
      ['application/x-ndjson', 'application/ndjson'],
      { parseAs: 'string' },
      parser,
    );
    scope.post(
      '/v1/readings',
      {
        bodyLimit: deps.config.IOT_READINGS_BODY_LIMIT_BYTES,
        schema: {
          tags: ['readings'],
          summary: `Gateways (X-Api-Key): post 1–${max} readings as JSON { readings } or NDJSON; bad items are rejected one by one`,
          body: readingsBody(max),
          response: { 200: IngestView, ...problems },
        },
      },
      async (request) => {
        const key = request.headers['x-api-key'];
        const gateway = await authenticate(typeof key === 'string' ? key : undefined);
        const items = withMalformed(request.body.readings, lines.get(request));
        return ingestReadings(deps, gateway.id, items);
      },
    );
  });
  app.get(
    '/v1/sensors/:id/readings',
    {
      schema: {
        tags: ['readings'],
        summary: 'Readings of a sensor downsampled to min/max/avg per step (seconds) in [from, to)',
        security: bearer,
        params: IdParams,
        querystring: ReadingsQuery,
        response: { 200: SeriesView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const [row] = await sensorsById(deps.database.db, [request.params.id]);
      if (row === undefined)
        throw new DomainError('IOT.SENSOR_NOT_FOUND', `No sensor ${request.params.id}.`);
      assertAccess(principalOf(request), row);
      const { step } = request.query;
      const from = new Date(request.query.from);
      const to = new Date(request.query.to);
      const span = (to.getTime() - from.getTime()) / 1000;
      if (!(span > 0) || span / step > MAX_BUCKETS) {
        throw new DomainError(
          IotCodes.rangeTooLarge,
          `Give from < to and at most ${MAX_BUCKETS} steps.`,
        );
      }
      const buckets = await downsample(deps.database.db, row.num, from, to, step);
      return { sensorId: row.id, step, buckets };
    },
  );
}
