// The offline-sensor panel's contract against a real iot-ingest (its build): a sensor that
// stops reporting is listed by `GET /v1/sensors?state=offline` through the console's proxy,
// with the fields the panel shows, to the users whose regions cover it and to no one else.
import { uniquePrefix, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE_USCC, startFakeUpstream, type FakeUpstream } from './fake-upstream.js';
import { JWT_SECRET, startConsole, type ConsoleHarness } from './harness.js';
import { busPrefix, serviceBuilt, startRealService, type RealService } from './real-service.js';

interface SensorPage {
  items: {
    id: string;
    uscc: string;
    region: string;
    name: string | null;
    kind: string;
    state: { status: string; lastReadingAt: string | null };
  }[];
  next: string | null;
}

describe.skipIf(!serviceBuilt('iot-ingest'))('offline sensors from a real iot-ingest', () => {
  let iot: RealService;
  let exchange: FakeUpstream;
  let h: ConsoleHarness;

  beforeAll(async () => {
    [iot, exchange] = await Promise.all([
      startRealService('iot-ingest', {
        JWT_HS256_SECRET: JWT_SECRET,
        IOT_BUS_PREFIX: busPrefix(uniquePrefix('console_iot')),
        // A sensor expecting a reading every second is offline after one silent second.
        IOT_OFFLINE_INTERVALS: '1',
        IOT_SWEEPER: 'true',
        IOT_SWEEP_INTERVAL_MS: '200',
      }),
      startFakeUpstream(JWT_SECRET),
    ]);
    h = await startConsole({
      CONSOLE_IOT_INGEST_URL: iot.url,
      CONSOLE_EXCHANGE_URL: exchange.url,
    });
  });
  afterAll(async () => {
    await h?.close();
    await Promise.all([iot?.close(), exchange?.close()]);
  });

  const as = async (user: Parameters<ConsoleHarness['login']>[0]) => {
    const { cookie, csrf } = await h.login(user);
    return (method: 'GET' | 'PUT', path: string, body?: object) =>
      h.app.inject({
        method,
        url: `/api/iot-ingest${path}`,
        headers: { cookie, 'x-csrf-token': csrf },
        ...(body === undefined ? {} : { payload: body }),
      });
  };

  it('lists a silent sensor as offline to the district and the city, not to another district', async () => {
    const duty = await as('duty');
    const gateway = await duty('PUT', '/v1/gateways/gw-zhili-1', {
      uscc: ENTERPRISE_USCC,
      name: '织里厂区 1 号网关',
      region: '330502',
    });
    expect(gateway.statusCode, gateway.body).toBe(201);
    const sensor = await duty('PUT', '/v1/sensors/tank-5-level', {
      gatewayId: 'gw-zhili-1',
      name: '5 号储罐液位',
      kind: 'level',
      unit: 'm',
      intervalSeconds: 1,
    });
    expect([200, 201], sensor.body).toContain(sensor.statusCode);

    const offline = await waitFor(
      async () => {
        const page = (await duty('GET', '/v1/sensors?state=offline&limit=50')).json<SensorPage>();
        return page.items.find((s) => s.id === 'tank-5-level');
      },
      { timeout: 15_000, interval: 250, message: 'the sensor to go offline' },
    );
    // What the panel shows: name, kind, enterprise (by USCC, named by the directory), district.
    expect(offline).toMatchObject({
      name: '5 号储罐液位',
      kind: 'level',
      uscc: ENTERPRISE_USCC,
      region: '330502',
      state: { status: 'offline', lastReadingAt: null },
    });

    const wuxing = await as('inspector-wuxing');
    const own = (await wuxing('GET', '/v1/sensors?state=offline')).json<SensorPage>();
    expect(own.items.map((s) => s.id)).toEqual(['tank-5-level']);
    const deqing = await as('inspector-deqing');
    const other = (await deqing('GET', '/v1/sensors?state=offline')).json<SensorPage>();
    expect(other.items).toEqual([]);
  });
});
