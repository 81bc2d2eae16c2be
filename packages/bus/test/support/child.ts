import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A fixture script running in its own Node process. */
export interface Child {
  /** Resolves with the signal that ended it (e.g. `SIGKILL`), or its exit code. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** Ends it (SIGTERM, then SIGKILL after 5 s) and waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `test/fixtures/<script>` with plain `node` (it imports the built `dist/`). */
export function startChild(script: string, env: Record<string, string>): Child {
  const path = fileURLToPath(new URL(`../fixtures/${script}`, import.meta.url));
  const child = spawn(process.execPath, [path], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return {
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
