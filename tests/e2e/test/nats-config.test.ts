// The NATS configurations under infra/nats parse with the real nats-server (`-t`). Debian's
// 2.9 lacks `sync_interval` (2.10+), so on an older server that one line is left out first.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const infra = fileURLToPath(new URL('../../../infra/nats', import.meta.url));
const bin = process.env.NATS_SERVER_BIN ?? 'nats-server';
const env = {
  ...process.env,
  PATH: `${process.env.PATH ?? ''}:/usr/sbin`,
  ...Object.fromEntries(
    ['SYS', 'EXCHANGE', 'COMPLAINTS', 'HAZARDS', 'CREDIT', 'PERMITS', 'INSURANCE', 'IOT'].map(
      (name) => [`NATS_${name}_PASSWORD`, 'test-password'],
    ),
  ),
  NATS_EXCHANGE_SHARE_PASSWORD: 'test-password',
};

const version = /v(\d+)\.(\d+)/.exec(spawnSync(bin, ['--version'], { env }).stdout.toString());
const hasSyncInterval = Number(version?.[1]) > 2 || Number(version?.[2]) >= 10;
let copy = '';

afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

describe('infra/nats', () => {
  it.each(['single.conf', 'cluster/nats-1.conf', 'cluster/nats-2.conf', 'cluster/nats-3.conf'])(
    '%s is a valid configuration',
    async (file) => {
      copy ||= await mkdtemp(join(tmpdir(), 'yiwang-nats-conf-'));
      await cp(infra, copy, { recursive: true });
      const path = join(copy, file);
      const text = await readFile(path, 'utf8');
      expect(text).toMatch(/sync_interval: always/);
      if (!hasSyncInterval) await writeFile(path, text.replace(/^\s*sync_interval:.*$/m, ''));
      const result = spawnSync(bin, ['-t', '-c', path], { env });
      expect(`${result.stdout.toString()}${result.stderr.toString()}`).toContain('is valid');
      expect(result.status).toBe(0);
    },
  );
});
