// Process entry: config, telemetry, deps, buildApp, listen, graceful shutdown (the kit's runService).
import { runService } from '@yiwang/service-kit';
import { buildApp } from './app.js';
import { Config } from './config.js';
import { makeDeps } from './deps.js';

await runService({
  name: 'complaints',
  version: '0.1.0',
  config: Config,
  build: async (context) => ({ app: await buildApp(await makeDeps(context)) }),
});
