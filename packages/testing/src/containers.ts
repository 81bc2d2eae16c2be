/** Testcontainers fallback, loaded only when no server was given and Docker answers. */
import { GenericContainer, Wait, getContainerRuntimeClient } from 'testcontainers';
import { PostgreSqlContainer } from '@testcontainers/postgresql';

/** True when a Docker (or compatible) engine answers. */
export async function dockerAnswers(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/** Starts the missing servers; they live as long as the test process (Ryuk reaps them). */
export async function startContainers(want: {
  nats: boolean;
  postgres: boolean;
}): Promise<{ natsUrl?: string; databaseUrl?: string }> {
  const [nats, pg] = await Promise.all([
    want.nats
      ? new GenericContainer('nats:2.10-alpine')
          .withCommand(['-js'])
          .withExposedPorts(4222)
          .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
          .start()
      : undefined,
    want.postgres ? new PostgreSqlContainer('postgres:16-alpine').start() : undefined,
  ]);
  return {
    natsUrl: nats ? `nats://${nats.getHost()}:${nats.getMappedPort(4222)}` : undefined,
    databaseUrl: pg?.getConnectionUri(),
  };
}
