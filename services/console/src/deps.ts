// The console's dependencies, built once per process (STYLE.md rule 7: factories, no singletons).
import type { Telemetry } from '@yiwang/service-kit';
import type { Logger } from 'pino';
import { upstreams, type Config, type ServiceName } from './config.js';
import { makeEnterpriseNames, type EnterpriseNames } from './proxy/enterprise-names.js';
import { makeSessions, type Sessions } from './session/sessions.js';
import { makeUserDirectory, type UserDirectory } from './session/users.js';

/** Enough names for every enterprise with sensors in a city's boards. */
const NAME_CACHE_ENTRIES = 10_000;

export interface Deps {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly users: UserDirectory;
  readonly sessions: Sessions;
  readonly upstreams: Record<ServiceName, string>;
  /** Enterprise names from exchange's directory, cached briefly. */
  readonly enterpriseNames: EnterpriseNames;
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
  const now = () => Date.now();
  return {
    ...context,
    users: await makeUserDirectory(config),
    sessions: await makeSessions(config),
    upstreams: upstreams(config),
    enterpriseNames: makeEnterpriseNames({
      ttlMs: config.CONSOLE_NAME_CACHE_SECONDS * 1000,
      maxEntries: NAME_CACHE_ENTRIES,
      now,
    }),
    now,
  };
}
