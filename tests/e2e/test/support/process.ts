// One service as a separate process (`node dist/main.js`, like scripts/hub/services.mjs), its
// output kept for the failure message, stopped with SIGTERM (it drains) then SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@yiwang/testing';
import type { ServiceInfo } from './services.js';

/** A started service process. */
export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  /** The last lines it wrote (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `service` with `env` and resolves once GET /readyz answers 200. */
export async function startProcess(
  service: ServiceInfo,
  env: Record<string, string>,
  port: number,
): Promise<ServiceProcess> {
  const entry = join(service.dir, service.main);
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`pnpm --filter @yiwang/${service.name} build\``);
  }
  const child = spawn(process.execPath, ['--enable-source-maps', service.main], {
    cwd: service.dir,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: unknown) => (output = (output + String(chunk)).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const proc = { name: service.name, url, output: () => output, stop: () => stopChild(child) };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`${service.name} exited (${child.exitCode})`);
        return (await fetch(`${url}/readyz`)).status === 200;
      },
      { timeout: 60_000, interval: 200, message: `${service.name} /readyz` },
    );
  } catch (error) {
    await proc.stop();
    throw new Error(`${service.name} did not get ready: ${String(error)}\n${output.slice(-4000)}`);
  }
  return proc;
}

function stopChild(child: ChildProcess): Promise<void> {
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
