// A real complaints service for the browser tests: its built dist/main.js as a child process
// (as `npm start` runs it), on a fresh database and a unique NATS prefix.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, testInfra, uniquePrefix, waitFor } from '@yiwang/testing';

const complaintsDir = fileURLToPath(new URL('../../complaints', import.meta.url));

export interface RealComplaints {
  readonly url: string;
  readonly output: string[];
  close(): Promise<void>;
}

/** Whether complaints has been built (the console's tests use its build, like the e2e test). */
export const complaintsBuilt = () => existsSync(`${complaintsDir}/dist/main.js`);

export async function startRealComplaints(jwtSecret: string): Promise<RealComplaints> {
  const infra = await testInfra();
  const db = await createTestDatabase('console_complaints');
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    cwd: complaintsDir,
    env: {
      PATH: process.env['PATH'],
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      NATS_URL: infra.natsUrl,
      JWT_HS256_SECRET: jwtSecret,
      COMPLAINTS_VAULT_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      COMPLAINTS_BUS_PREFIX: uniquePrefix('console')
        .replace(/[^a-z0-9_]/g, '_')
        .slice(0, 30),
      COMPLAINTS_SCHEDULER_INTERVAL_MS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`complaints exited: ${output.join('')}`);
      const r = await fetch(`${url}/healthz`).catch(() => undefined);
      return r?.ok === true;
    },
    { timeout: 60_000, interval: 200, message: 'complaints /healthz' },
  );
  return {
    url,
    output,
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
      await db.drop();
    },
  };
}
