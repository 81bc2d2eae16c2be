// File locations used by the package's scripts and by the docs/snapshot tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('../../', import.meta.url);

/** Absolute paths of the generated and committed files. */
export const paths = {
  asyncapi: fileURLToPath(new URL('../../docs/asyncapi.yaml', packageRoot)),
  eventsMd: fileURLToPath(new URL('../../docs/events.md', packageRoot)),
  docsDir: fileURLToPath(new URL('../../docs/', packageRoot)),
  snapshot: fileURLToPath(new URL('snapshot/released.json', packageRoot)),
  packageJson: fileURLToPath(new URL('package.json', packageRoot)),
};

/** Version of @yiwang/contracts (used as the AsyncAPI `info.version`). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string };
  return pkg.version;
}
