// Alarms for people: list (enterprise, region, level, state; cursor pages), one, acknowledge,
// dispose; and the overview of an installation.
import {
  decodeKeyCursor,
  DomainError,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { alarmNotFound, executeAlarmCommand } from '../app/execute-alarm-command.js';
import { listAlarms, loadAlarm } from '../db/alarms.js';
import { findInstallation } from '../db/enterprises.js';
import { sensorsOfInstallation } from '../db/sensors.js';
import type { Deps } from '../deps.js';
import { assertAccess, listScope } from './access.js';
import { PEOPLE } from './roles.js';
import {
  AcknowledgeBody,
  AlarmQuery,
  AlarmView,
  DisposeBody,
  InstallationOverview,
} from './schemas/alarm.js';
import { bearer, IdParams, Page, problems } from './schemas/common.js';
import { alarmView, sensorView, worstWarning } from './views.js';

const tags = ['alarms'];

/** Registers the alarm routes and `GET /v1/installations/{id}/overview`. */
export function alarmRoutes(app: ServiceApp, deps: Deps): void {
  const db = deps.database.db;
  app.get(
    '/v1/alarms',
    {
      schema: {
        tags,
        summary: 'List alarms: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: AlarmQuery,
        response: { 200: Page(AlarmView), ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const q = request.query;
      const rows = await listAlarms(db, {
        ...listScope(principalOf(request), q),
        ...(q.level === undefined ? {} : { levels: [q.level] }),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(q.sensorId === undefined ? {} : { sensorId: q.sensorId }),
        ...(q.installationId === undefined ? {} : { installationId: q.installationId }),
        ...(q.active === undefined ? {} : { active: q.active }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (r) => r.id);
      return { items: items.map(alarmView), next };
    },
  );
  app.get(
    '/v1/alarms/:id',
    {
      schema: {
        tags,
        summary: 'One alarm',
        security: bearer,
        params: IdParams,
        response: { 200: AlarmView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const row = await loadAlarm(db, request.params.id);
      if (row === undefined) throw alarmNotFound(request.params.id);
      assertAccess(principalOf(request), row);
      return alarmView(row);
    },
  );
  app.post(
    '/v1/alarms/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge an alarm (stops its escalation)',
        security: bearer,
        params: IdParams,
        body: AcknowledgeBody,
        response: { 200: AlarmView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const p = principalOf(request);
      const at = deps.clock.now().toISOString();
      const row = await executeAlarmCommand(
        deps,
        request.params.id,
        { kind: 'acknowledge', by: p.sub, at },
        (r) => assertAccess(p, r),
      );
      return alarmView(row);
    },
  );
  app.post(
    '/v1/alarms/:id/dispose',
    {
      schema: {
        tags,
        summary: 'Dispose an acknowledged alarm: real, false, maintenance or sensor fault',
        security: bearer,
        params: IdParams,
        body: DisposeBody,
        response: { 200: AlarmView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const p = principalOf(request);
      const at = deps.clock.now().toISOString();
      const command = { kind: 'dispose' as const, by: p.sub, at, ...request.body };
      const row = await executeAlarmCommand(deps, request.params.id, command, (r) =>
        assertAccess(p, r),
      );
      return alarmView(row);
    },
  );
  app.get(
    '/v1/installations/:id/overview',
    {
      schema: {
        tags: ['installations'],
        summary:
          'A major hazard installation: its sensors with live state, its open alarms, the worst warning',
        security: bearer,
        params: IdParams,
        response: { 200: InstallationOverview, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const id = request.params.id;
      const [installation, sensors] = await Promise.all([
        findInstallation(db, id),
        sensorsOfInstallation(db, id),
      ]);
      const owner =
        sensors[0] ??
        (installation?.uscc == null ? undefined : { ...installation, uscc: installation.uscc });
      if (owner === undefined)
        throw new DomainError('IOT.INSTALLATION_NOT_FOUND', `No installation ${id} with sensors.`);
      assertAccess(principalOf(request), owner);
      const open = (await listAlarms(db, { installationId: id, limit: 200 })).filter(
        (a) => a.status !== 'closed',
      );
      const views = sensors.map((s) => sensorView(s, deps.engine.state(s.id)));
      return {
        installationId: id,
        name: installation?.name ?? null,
        grade: installation?.grade ?? null,
        uscc: owner.uscc,
        region: owner.region,
        warning: worstWarning([
          ...views.map((v) => v.state.warning),
          ...open.map((a) => a.warning as never),
        ]),
        sensors: views,
        openAlarms: open.map(alarmView),
      };
    },
  );
}
