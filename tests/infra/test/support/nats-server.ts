// The real nats-server binary these tests run, and how to feed it the committed configs.
import { spawnSync } from 'node:child_process';

/** `NATS_SERVER_BIN`, else `nats-server` on PATH (Debian installs it in /usr/sbin). */
export const natsServerBin = process.env.NATS_SERVER_BIN ?? 'nats-server';

/** The environment to run nats-server with: /usr/sbin on PATH. */
export const natsServerEnv = { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin` };

/**
 * True when the binary knows `sync_interval` (nats-server ≥ 2.10, what the deployments run).
 * Debian 12 ships 2.9, which rejects the option: configs are tried without that line there.
 */
export function supportsSyncInterval(): boolean {
  const version = /v(\d+)\.(\d+)/.exec(
    spawnSync(natsServerBin, ['--version'], { env: natsServerEnv }).stdout.toString(),
  );
  return Number(version?.[1]) > 2 || Number(version?.[2]) >= 10;
}

/** `text` without its `sync_interval` line when the local nats-server predates it. */
export function forLocalServer(text: string): string {
  return supportsSyncInterval() ? text : text.replace(/^\s*sync_interval:.*$/m, '');
}

/**
 * Every `$NATS_…` variable the config texts read (account passwords), set to `value`: the
 * configs refuse to load with one missing.
 */
export function passwordEnv(texts: readonly string[], value: string): Record<string, string> {
  return Object.fromEntries(
    texts
      .flatMap((text) => [...text.matchAll(/\$(NATS_[A-Z_]+)/g)])
      .map((m): [string, string] => [m[1] ?? '', value]),
  );
}
