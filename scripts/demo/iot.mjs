// Simulated IoT: gateways at the high-risk plants of the directory, each with a combustible-gas
// detector (% LEL, GB/T 50493-2019 limits by default), a tank temperature and a pressure point.
// Every couple of seconds each gateway posts a batch; now and then one plant has a gas leak
// that climbs past 50 % LEL for half a minute, which raises (and later clears) an alarm.
import { call } from './http.mjs';
import { random } from './huzhou.mjs';

const PLANT_INDUSTRIES = ['hazardous-chemicals', 'metal-smelting', 'mining', 'fireworks'];

/** Registers gateways and sensors for up to `count` plants; returns what the gateways need. */
export async function seedInstallations({ urls, token, enterprises, log, count = 24 }) {
  const plants = enterprises.filter((e) => PLANT_INDUSTRIES.includes(e.industry)).slice(0, count);
  const gateways = [];
  for (const e of plants) {
    const staff = await token('demo-iot-admin', ['admin'], { regions: [e.region] });
    const id = `gw-${e.uscc}`;
    const put = await call('PUT', `${urls['iot-ingest']}/v1/gateways/${id}`, {
      token: staff,
      body: { uscc: e.uscc, name: `${e.name} DCS 网关`, region: e.region },
    });
    // A gateway registered by an earlier run shows no key: rotate to get one for this run.
    const apiKey =
      put.apiKey ??
      (await call('POST', `${urls['iot-ingest']}/v1/gateways/${id}/key`, { token: staff })).apiKey;
    const installationId = `inst-${e.uscc}-1`;
    const sensors = [
      { id: `${id}-gas`, kind: 'combustible-gas', unit: 'percent-lel', base: 4, spread: 3 },
      {
        id: `${id}-temp`,
        kind: 'temperature',
        unit: 'celsius',
        base: 35,
        spread: 4,
        limits: { low: 0, high: 60, highHigh: 80 },
      },
      {
        id: `${id}-pressure`,
        kind: 'pressure',
        unit: 'mpa',
        base: 1.2,
        spread: 0.1,
        limits: { high: 1.8, highHigh: 2.2 },
      },
    ];
    for (const s of sensors) {
      await call('PUT', `${urls['iot-ingest']}/v1/sensors/${s.id}`, {
        token: staff,
        body: {
          gatewayId: id,
          installationId,
          name: `${e.name} ${s.kind}`,
          kind: s.kind,
          unit: s.unit,
          intervalSeconds: 2,
          ...(s.limits ? { limits: s.limits } : {}),
        },
      });
    }
    gateways.push({ enterprise: e, id, apiKey, sensors });
  }
  log(`iot: ${gateways.length} plants with a gateway and ${gateways.length * 3} sensors`);
  return { gateways };
}

/** Posts a batch per gateway every `everyMs`; starts a leak at one plant every minute. */
export function runGateways({ urls, plant, log, everyMs = 2_000 }) {
  const rand = random(50493);
  const leaks = new Map(); // gateway id → ticks left
  let tick = 0;
  const post = async () => {
    tick += 1;
    if (tick % 30 === 5 && plant.gateways.length > 0) {
      const g = plant.gateways[Math.floor(rand() * plant.gateways.length)];
      leaks.set(g.id, 25); // 50 s: longer than the alarm's minimum duration
      log(`iot: a gas leak starts at ${g.enterprise.name}`);
    }
    const ts = new Date().toISOString();
    await Promise.all(
      plant.gateways.map(async (g) => {
        const leak = leaks.get(g.id) ?? 0;
        if (leak > 0) leaks.set(g.id, leak - 1);
        const readings = g.sensors.map((s) => ({
          sensorId: s.id,
          ts,
          value:
            s.kind === 'combustible-gas' && leak > 0
              ? 55 + rand() * 10
              : Math.round((s.base + (rand() - 0.5) * s.spread) * 100) / 100,
        }));
        const res = await fetch(`${urls['iot-ingest']}/v1/readings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': g.apiKey },
          body: JSON.stringify({ readings }),
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) log(`iot: ${g.id} → ${res.status} ${(await res.text()).slice(0, 120)}`);
      }),
    );
  };
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(post).catch((error) => log(`iot: ${error.message}`));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
