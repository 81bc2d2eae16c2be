// HTTP shapes of gateways and sensors.
import { Type } from '@sinclair/typebox';
import { SENSOR_KINDS, UNITS } from '../../domain/sensor.js';
import { SENSOR_STATUSES } from '../../domain/sensor-state.js';
import { Enum, Finite, IdText, Obj, PageQuery, Region, Timestamp, Uscc } from './common.js';

/** PUT /v1/gateways/{id}. */
export const GatewayBody = Obj({
  uscc: Uscc,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  region: Type.Optional(Region),
});

/** A gateway as shown. */
export const GatewayView = Obj({
  id: IdText,
  uscc: Uscc,
  region: Region,
  name: Type.String(),
  createdAt: Timestamp,
});

/** A gateway with its new API key (shown once). */
export const GatewayWithKey = Obj({
  gateway: GatewayView,
  apiKey: Type.Optional(
    Type.String({ description: 'X-Api-Key of the gateway; shown only when created or rotated' }),
  ),
});

const Nullable = Type.Union([Finite, Type.Null()]);
const LimitsBody = Obj({
  lowLow: Type.Optional(Nullable),
  low: Type.Optional(Nullable),
  high: Type.Optional(Nullable),
  highHigh: Type.Optional(Nullable),
});

/** PUT /v1/sensors/{id}. Absent limits default per kind (GB/T 50493-2019). */
export const SensorBody = Obj({
  gatewayId: IdText,
  installationId: Type.Optional(IdText),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  kind: Enum(SENSOR_KINDS),
  unit: Enum(UNITS),
  limits: Type.Optional(LimitsBody),
  oelPpm: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1e6 })),
  hysteresis: Type.Optional(Type.Number({ minimum: 0, maximum: 1e9 })),
  minDurationSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600 })),
  intervalSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
  range: Type.Optional(Obj({ min: Finite, max: Finite })),
  stuckMinutes: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: 10_080 }), Type.Null()]),
  ),
});

/** The live state of a sensor. */
export const StateView = Obj({
  status: Enum(SENSOR_STATUSES),
  warning: Type.Union([Enum(['red', 'orange', 'yellow', 'blue'] as const), Type.Null()]),
  band: Enum(['normal', 'high', 'high-high', 'low', 'low-low'] as const),
  lastReadingAt: Type.Union([Timestamp, Type.Null()]),
  lastValue: Type.Union([Type.Number(), Type.Null()]),
  activeAlarmId: Type.Union([Type.String(), Type.Null()]),
  fault: Type.Union([Enum(['stuck', 'out-of-range'] as const), Type.Null()]),
});

/** A sensor with its resolved limits and state. */
export const SensorView = Obj({
  id: IdText,
  gatewayId: IdText,
  uscc: Uscc,
  region: Region,
  installationId: Type.Union([IdText, Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  kind: Enum(SENSOR_KINDS),
  unit: Enum(UNITS),
  limits: Obj({
    lowLow: Type.Union([Type.Number(), Type.Null()]),
    low: Type.Union([Type.Number(), Type.Null()]),
    high: Type.Union([Type.Number(), Type.Null()]),
    highHigh: Type.Union([Type.Number(), Type.Null()]),
  }),
  hysteresis: Type.Number(),
  minDurationSeconds: Type.Number(),
  intervalSeconds: Type.Number(),
  range: Obj({
    min: Type.Union([Type.Number(), Type.Null()]),
    max: Type.Union([Type.Number(), Type.Null()]),
  }),
  stuckMinutes: Type.Union([Type.Number(), Type.Null()]),
  state: StateView,
});

/** GET /v1/sensors. */
export const SensorQuery = Obj({
  state: Type.Optional(
    Enum(SENSOR_STATUSES, { description: 'live status, e.g. `offline` for the offline sensors' }),
  ),
  uscc: Type.Optional(Uscc),
  region: Type.Optional(Region),
  ...PageQuery,
});

/** GET /v1/sensors/{id}/readings. */
export const ReadingsQuery = Obj({
  from: Timestamp,
  to: Timestamp,
  step: Type.Integer({ minimum: 1, maximum: 31 * 86_400, default: 60, description: 'seconds' }),
});

/** Downsampled readings. */
export const SeriesView = Obj({
  sensorId: IdText,
  step: Type.Integer(),
  buckets: Type.Array(
    Obj({
      at: Timestamp,
      min: Type.Number(),
      max: Type.Number(),
      avg: Type.Number(),
      count: Type.Integer(),
    }),
  ),
});
