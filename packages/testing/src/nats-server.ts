import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, reachable } from './net.js';
import { waitFor } from './wait-for.js';

/** A private nats-server for tests that stop and restart the broker. */
export interface PrivateNatsServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits until its port is closed. Its store survives. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same JetStream store. */
  start(): Promise<void>;
  /** Stops it and deletes its store. */
  close(): Promise<void>;
}

/** The nats-server binary: `NATS_SERVER_BIN`, else `nats-server` on PATH (Debian: /usr/sbin). */
function binary(): string {
  return process.env.NATS_SERVER_BIN ?? 'nats-server';
}

/**
 * Starts a nats-server child process on a free port with its own store directory, so a test
 * can take the broker away without touching the shared one other test files use.
 */
export async function startNatsServer({ jetstream = true } = {}): Promise<PrivateNatsServer> {
  const port = await freePort();
  const storeDir = await mkdtemp(join(tmpdir(), 'yiwang-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    const args = [
      '-a',
      '127.0.0.1',
      '-p',
      String(port),
      ...(jetstream ? ['-js', '-sd', storeDir] : []),
    ];
    const env = { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin` };
    child = spawn(binary(), args, { stdio: 'ignore', env });
    const spawned = child;
    const exited = new Promise<never>((_, reject) =>
      spawned.once('error', (e) => reject(new Error(`cannot start ${binary()}`, { cause: e }))),
    );
    await Promise.race([
      waitFor(() => reachable(url, 200), { timeout: 10_000, message: 'nats-server to listen' }),
      exited,
    ]);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const gone = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await gone;
  };

  await start();
  return {
    url,
    port,
    start,
    stop,
    close: async () => {
      await stop();
      await rm(storeDir, { recursive: true, force: true });
    },
  };
}
