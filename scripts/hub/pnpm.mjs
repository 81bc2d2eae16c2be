// Runs pnpm: the one on PATH, else the version pinned in package.json through npx, so a fresh
// machine with only Node.js and npm can start the hub.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The command that runs the project's pnpm. */
export function pnpmCommand(root) {
  if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0) return ['pnpm'];
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return ['npx', '--yes', packageManager ?? 'pnpm'];
}

/** Runs pnpm with `args` in `root`, inheriting the terminal; throws when it fails. */
export function pnpm(root, args) {
  const [cmd, ...pre] = pnpmCommand(root);
  const result = spawnSync(cmd, [...pre, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed (exit ${result.status})`);
}

/** True when dependencies are missing or older than the lockfile. */
export function installNeeded(root) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs;
}
