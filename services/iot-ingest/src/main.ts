// Process entry of the iot-ingest service: config, telemetry, dependencies, app, listen, and
// a graceful shutdown on SIGTERM/SIGINT (all from the kit's runService).
import { runService } from '@yiwang/service-kit';
import { buildApp } from './app.js';
import { Config } from './config.js';
import { makeDeps } from './deps.js';

await runService({
  name: 'iot-ingest',
  version: '0.1.0',
  config: Config,
  build: async (ctx) => ({ app: await buildApp(await makeDeps(ctx)) }),
});
