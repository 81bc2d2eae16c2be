// A real service for the console's tests: its built dist/main.js as a child process (as
// `npm start` runs it), on a fresh database and the test NATS, answering /healthz.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, testInfra, waitFor } from '@yiwang/testing';

export interface RealService {
  readonly url: string;
  readonly output: string[];
  close(): Promise<void>;
}

const serviceDir = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

/** Whether the service has been built (the console's tests use its build, like the e2e test). */
export const serviceBuilt = (name: string) => existsSync(`${serviceDir(name)}/dist/main.js`);

/** Starts `services/<name>` with `env` plus its port, database and NATS. */
export async function startRealService(
  name: string,
  env: Record<string, string>,
): Promise<RealService> {
  const infra = await testInfra();
  const db = await createTestDatabase(`console_${name.replace(/-/g, '_')}`);
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    cwd: serviceDir(name),
    env: {
      PATH: process.env['PATH'],
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      NATS_URL: infra.natsUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${output.join('')}`);
      const r = await fetch(`${url}/healthz`).catch(() => undefined);
      return r?.ok === true;
    },
    { timeout: 60_000, interval: 200, message: `${name} /healthz` },
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

/** A bus subject prefix NATS and the services accept (lower case, short). */
export const busPrefix = (uniquePrefix: string) =>
  uniquePrefix.replace(/[^a-z0-9_]/g, '_').slice(0, 30);
