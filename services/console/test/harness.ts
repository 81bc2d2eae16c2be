// The console for tests: its real app with test accounts, pointed at given upstream URLs.
import { Writable } from 'node:stream';
import { createLogger, loadConfig, startTelemetry, type ServiceApp } from '@yiwang/service-kit';
import { buildApp } from '../src/app.js';
import { Config } from '../src/config.js';
import { makeDeps } from '../src/deps.js';
import { hashPassword } from '../src/session/passwords.js';

export const JWT_SECRET = 'console-test-secret-0123456789-0123456789';
export const PASSWORD = 'correct horse battery staple';

/** Test accounts: `username → dept:roles:regions`. */
const ACCOUNTS = {
  operator: 'bureau:operator:330500',
  'inspector-wuxing': 'bureau:inspector:330502',
  'inspector-deqing': 'bureau:inspector:330521',
  supervisor: 'bureau:supervisor:330500',
  custodian: 'bureau:custodian:330500',
  duty: 'bureau:inspector+duty:330500',
  'housing-admin': 'housing:admin:330500',
};

export interface ConsoleHarness {
  readonly app: ServiceApp;
  readonly logs: string[];
  /** Logs in and returns the cookie header and the CSRF token. */
  login(username: keyof typeof ACCOUNTS): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleHarness> {
  // A low scrypt cost keeps the tests fast; production hashes use the default cost.
  const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const users = Object.entries(ACCOUNTS).map(([name, rest]) => `${name}:${rest}:${hash}`);
  const config = loadConfig(Config, {
    JWT_HS256_SECRET: JWT_SECRET,
    CONSOLE_USERS: users.join(','),
    CONSOLE_ALARM_POLL_MS: '200',
    CONSOLE_UPSTREAM_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ name: 'console', level: 'info', destination });
  const telemetry = startTelemetry({ serviceName: 'console-test' });
  const app = await buildApp(await makeDeps({ config, logger, telemetry }));
  await app.ready();
  return {
    app,
    logs,
    async login(username) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password: PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
      return { cookie, csrf: response.json<{ csrfToken: string }>().csrfToken };
    },
    async close() {
      await app.close();
      await telemetry.shutdown();
    },
  };
}
