#!/usr/bin/env node
// `npm run demo [-- --seconds N]`: the hub as a city would see it. Starts the hub when it is not
// running, seeds Huzhou (districts, townships, grid cells, 200 enterprises with valid USCCs,
// installations and sensors), runs simulated IoT gateways and hotline calls, and prints every
// event as it happens, one line each with its trace id. Ctrl-C (or --seconds) ends it with a
// count of events per context; a hub the demo started is stopped with it.
import { fileURLToPath } from 'node:url';
import { printEvents } from './demo/events.mjs';
import { runHotline } from './demo/hotline.mjs';
import { ensureHub, serviceUrls, tokenMinter } from './demo/hub.mjs';
import { runGateways, seedInstallations } from './demo/iot.mjs';
import { seedCity } from './demo/seed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = process.env.HUB_DATA_DIR ?? `${root}.data`;
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 0) || 0;
const log = (msg) => process.stdout.write(`\x1b[1mdemo\x1b[0m      │ ${msg}\n`);

const stopHub = await ensureHub(root, dataDir, log);
const urls = serviceUrls(root);
const token = await tokenMinter(root, dataDir);
const events = await printEvents(natsUrl);
const stops = [];
try {
  const city = await seedCity({ urls, token, log });
  const plant = await seedInstallations({ urls, token, enterprises: city.enterprises, log });
  stops.push(runGateways({ urls, plant, log }));
  stops.push(runHotline({ urls, token, enterprises: city.enterprises, log }));
  log(`running${seconds ? ` for ${seconds} s` : ''}; Ctrl-C to stop`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    if (seconds) setTimeout(resolve, seconds * 1_000);
  });
} finally {
  for (const stop of stops) await stop();
  await events.stop();
  const summary = [...events.counts].map(([context, n]) => `${context} ${n}`).join(', ');
  log(`events seen: ${summary || 'none'}`);
  await stopHub();
}
