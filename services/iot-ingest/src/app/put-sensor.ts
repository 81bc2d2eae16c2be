// Registers or updates a sensor (PUT, naturally idempotent). The sensor belongs to its
// gateway's enterprise; absent limits take GB/T 50493-2019's defaults for its kind.
import { DomainError } from '@yiwang/service-kit';
import { findGateway, type GatewayRow } from '../db/gateways.js';
import { findInstallation } from '../db/enterprises.js';
import { upsertSensor, type SensorRow } from '../db/sensors.js';
import type { Deps } from '../deps.js';
import { IotCodes } from '../domain/errors.js';
import { resolveSensor, type SensorSpec } from '../domain/sensor.js';

/** What PUT /v1/sensors/{id} carries besides the spec. */
export interface SensorInput extends SensorSpec {
  readonly id: string;
  readonly gatewayId: string;
  readonly installationId?: string | undefined;
  readonly name?: string | undefined;
}

/** Stores the sensor; `authorize` sees the gateway (its enterprise and region) first. */
export async function putSensor(
  deps: Deps,
  input: SensorInput,
  authorize: (gateway: GatewayRow) => void,
): Promise<{ row: SensorRow; created: boolean }> {
  const db = deps.database.db;
  const gateway = await findGateway(db, input.gatewayId);
  if (gateway === undefined) {
    throw new DomainError('IOT.GATEWAY_NOT_FOUND', `No gateway ${input.gatewayId}.`);
  }
  authorize(gateway);
  const current = deps.engine.sensor(input.id);
  const [stored] = current === undefined ? await ensure(deps, input.id) : [current];
  if (stored !== undefined && stored.uscc !== gateway.uscc) {
    throw new DomainError(
      IotCodes.gatewayMismatch,
      `Sensor ${input.id} belongs to another enterprise.`,
    );
  }
  if (input.installationId !== undefined) {
    const installation = await findInstallation(db, input.installationId);
    if (installation?.uscc != null && installation.uscc !== gateway.uscc) {
      throw new DomainError(
        IotCodes.gatewayMismatch,
        'The installation belongs to another enterprise.',
      );
    }
  }
  const resolved = resolveSensor(input, deps.rules);
  if (!resolved.ok) throw new DomainError(resolved.code, resolved.detail);
  const now = deps.clock.now();
  const result = await upsertSensor(db, {
    id: input.id,
    gatewayId: gateway.id,
    uscc: gateway.uscc,
    region: gateway.region,
    installationId: input.installationId ?? null,
    name: input.name ?? null,
    kind: input.kind,
    unit: input.unit,
    ...resolved.limits,
    hysteresis: resolved.hysteresis,
    minDurationMs: resolved.minDurationMs,
    intervalMs: resolved.intervalMs,
    rangeMin: resolved.rangeMin,
    rangeMax: resolved.rangeMax,
    stuckMs: resolved.stuckMs,
    oelPpm: input.oelPpm ?? null,
    createdAt: now,
    updatedAt: now,
  });
  deps.engine.putSensor(result.row);
  return result;
}

async function ensure(deps: Deps, id: string) {
  await deps.engine.ensureSensors([id]);
  return [deps.engine.sensor(id)];
}
