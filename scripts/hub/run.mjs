// Runs the discovered services until Ctrl-C, then stops them (SIGTERM, they drain) and the
// infrastructure this script started.
import { localSecrets } from './dev-secret.mjs';
import { waitListening } from './net.mjs';
import { envName, serviceDatabaseUrl, startService } from './services.mjs';

const COLORS = [
  '\x1b[36m',
  '\x1b[35m',
  '\x1b[32m',
  '\x1b[34m',
  '\x1b[33m',
  '\x1b[96m',
  '\x1b[95m',
  '\x1b[92m',
];

export async function runHub({ root, log, services, nats, postgres }) {
  const secretsFor = localSecrets(root, services, log);
  if (services.length === 0) log('no services found under services/ (nothing to start)');
  // Where each service listens, for the console's proxy (CONSOLE_<SERVICE>_URL).
  const upstreams = Object.fromEntries(
    services.map((s) => [`CONSOLE_${envName(s.name)}_URL`, `http://127.0.0.1:${s.port}`]),
  );
  const children = services.map((service, i) => ({
    service,
    child: startService(
      service,
      {
        ...upstreams,
        // The console on this machine forwards the public's address (X-Forwarded-For).
        TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1,::1',
        ...secretsFor(service),
        NATS_URL: process.env[`${envName(service.name)}_NATS_URL`] ?? nats.url,
        DATABASE_URL: serviceDatabaseUrl(postgres.url, service.name),
      },
      COLORS[i % COLORS.length],
    ),
  }));
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(children.map(({ child }) => stopChild(child)));
    await nats.stop();
    await postgres.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  for (const { service, child } of children) {
    child.once('exit', (code) => {
      if (!stopping) log(`\x1b[31m${service.name} exited (${code}); stopping the hub\x1b[0m`);
      void stopAll(code === 0 ? 0 : 1);
    });
  }
  await Promise.all(
    services.map((s) => waitListening(`http://127.0.0.1:${s.port}`, 60_000, s.name)),
  ).catch((error) => log(String(error.message)));
  if (stopping) return;
  log('the hub is up:');
  for (const s of services) {
    log(`  ${s.name.padEnd(11)} http://127.0.0.1:${s.port}   docs http://127.0.0.1:${s.port}/docs`);
  }
  log('Ctrl-C stops everything.');
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
