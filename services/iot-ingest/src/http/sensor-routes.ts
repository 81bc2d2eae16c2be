// Sensors: register or update (PUT, idempotent), read one with its live state, list them by
// live status (the console's offline sensors).
import {
  decodeKeyCursor,
  DomainError,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { putSensor } from '../app/put-sensor.js';
import { listSensors, sensorsById } from '../db/sensors.js';
import type { Deps } from '../deps.js';
import { assertAccess, listScope } from './access.js';
import { PEOPLE } from './roles.js';
import { bearer, IdParams, Page, problems } from './schemas/common.js';
import { SensorBody, SensorQuery, SensorView } from './schemas/sensor.js';
import { sensorView } from './views.js';

const tags = ['sensors'];

/** Registers `GET /v1/sensors`, `PUT /v1/sensors/{id}` and `GET /v1/sensors/{id}`. */
export function sensorRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/sensors',
    {
      schema: {
        tags,
        summary:
          'List sensors with their live state, by status (e.g. offline): an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: SensorQuery,
        response: { 200: Page(SensorView), ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const q = request.query;
      // The persisted states (not this process's memory) so that the filter and the shown
      // state agree, whichever replica a sensor's gateway posts to.
      const rows = await listSensors(deps.database.db, {
        ...listScope(principalOf(request), q),
        ...(q.state === undefined ? {} : { status: q.state }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (r) => r.row.id);
      return { items: items.map((r) => sensorView(r.row, r.state)), next };
    },
  );
  app.put(
    '/v1/sensors/:id',
    {
      schema: {
        tags,
        summary:
          'Register or update a sensor of a gateway; absent limits default per kind (GB/T 50493-2019)',
        security: bearer,
        params: IdParams,
        body: SensorBody,
        response: { 200: SensorView, 201: SensorView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const b = request.body;
      const { row, created } = await putSensor(
        deps,
        {
          id: request.params.id,
          gatewayId: b.gatewayId,
          installationId: b.installationId,
          name: b.name,
          kind: b.kind,
          unit: b.unit,
          ...(b.limits === undefined ? {} : { limits: b.limits }),
          ...(b.oelPpm === undefined ? {} : { oelPpm: b.oelPpm }),
          ...(b.hysteresis === undefined ? {} : { hysteresis: b.hysteresis }),
          ...(b.minDurationSeconds === undefined
            ? {}
            : { minDurationMs: b.minDurationSeconds * 1000 }),
          ...(b.intervalSeconds === undefined ? {} : { intervalMs: b.intervalSeconds * 1000 }),
          ...(b.range === undefined ? {} : { rangeMin: b.range.min, rangeMax: b.range.max }),
          ...(b.stuckMinutes === undefined
            ? {}
            : { stuckMs: b.stuckMinutes === null ? null : b.stuckMinutes * 60_000 }),
        },
        (gateway) => assertAccess(p, gateway),
      );
      return reply.code(created ? 201 : 200).send(sensorView(row, deps.engine.state(row.id)));
    },
  );
  app.get(
    '/v1/sensors/:id',
    {
      schema: {
        tags,
        summary: 'A sensor with its limits and live state (normal, alarm L1/L2, offline, fault)',
        security: bearer,
        params: IdParams,
        response: { 200: SensorView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const [row] = await sensorsById(deps.database.db, [request.params.id]);
      if (row === undefined)
        throw new DomainError('IOT.SENSOR_NOT_FOUND', `No sensor ${request.params.id}.`);
      assertAccess(principalOf(request), row);
      return sensorView(row, deps.engine.state(row.id));
    },
  );
}
