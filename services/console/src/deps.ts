// The console's dependencies, built once per process (STYLE.md rule 7: factories, no singletons).
import type { Telemetry } from '@yiwang/service-kit';
import type { Logger } from 'pino';
import { upstreams, type Config, type ServiceName } from './config.js';
import { makeSessions, type Sessions } from './session/sessions.js';
import { makeUserDirectory, type UserDirectory } from './session/users.js';

export interface Deps {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly users: UserDirectory;
  readonly sessions: Sessions;
  readonly upstreams: Record<ServiceName, string>;
  /** The wall clock (rate limits); injected so tests can move it. */
  readonly now: () => number;
}

/** Builds the dependencies from the loaded config. */
export async function makeDeps(context: {
  config: Config;
  logger: Logger;
  telemetry: Telemetry;
}): Promise<Deps> {
  const { config } = context;
  return {
    ...context,
    users: await makeUserDirectory(config),
    sessions: await makeSessions(config),
    upstreams: upstreams(config),
    now: () => Date.now(),
  };
}
