/** Where the tests' real PostgreSQL and NATS live. */
export interface TestInfra {
  /** NATS with JetStream, e.g. `nats://127.0.0.1:4222`. */
  natsUrl: string;
  /** A PostgreSQL URL with rights to create databases (the maintenance database). */
  databaseUrl: string;
}

/** Raised when neither the environment nor Docker can give the tests a real server. */
export class TestInfraUnavailableError extends Error {
  override name = 'TestInfraUnavailableError';
}

let cached: Promise<TestInfra> | undefined;

/**
 * Real NATS and PostgreSQL for tests: `TEST_NATS_URL` / `TEST_DATABASE_URL` when set, else the
 * local defaults when they answer, else Testcontainers when a Docker engine answers, else an error
 * saying what to set. Resolved once per process.
 */
export function testInfra(): Promise<TestInfra> {
  cached ??= resolveInfra();
  return cached;
}

const LOCAL_NATS = 'nats://127.0.0.1:4222';
const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

async function resolveInfra(): Promise<TestInfra> {
  const { reachable } = await import('./net.js');
  const natsUrl =
    process.env.TEST_NATS_URL ?? ((await reachable(LOCAL_NATS)) ? LOCAL_NATS : undefined);
  const databaseUrl =
    process.env.TEST_DATABASE_URL ?? ((await reachable(LOCAL_PG)) ? LOCAL_PG : undefined);
  if (natsUrl && databaseUrl) return { natsUrl, databaseUrl };

  const { startContainers, dockerAnswers } = await import('./containers.js');
  if (await dockerAnswers()) {
    const started = await startContainers({ nats: !natsUrl, postgres: !databaseUrl });
    return {
      natsUrl: natsUrl ?? started.natsUrl!,
      databaseUrl: databaseUrl ?? started.databaseUrl!,
    };
  }
  throw new TestInfraUnavailableError(
    [
      'Tests need a real NATS (with JetStream) and PostgreSQL (>= 15), and found neither a server nor Docker.',
      natsUrl ? '' : `  - set TEST_NATS_URL (e.g. ${LOCAL_NATS}; start one with: nats-server -js)`,
      databaseUrl
        ? ''
        : `  - set TEST_DATABASE_URL (e.g. ${LOCAL_PG}, a role that may CREATE DATABASE)`,
      '  - or start a Docker engine so Testcontainers can run them.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
