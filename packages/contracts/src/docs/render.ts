// Renders the generated documents as the exact text that is committed under docs/. Used by the
// `docs` script (writes them) and by the test that fails when they are stale.
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';
import type { EventDefinition } from '../define-event.js';
import { buildAsyncApi } from './asyncapi.js';
import { buildEventsMarkdown } from './markdown.js';
import { paths } from '../scripts/paths.js';

/** Text of `docs/asyncapi.yaml` and `docs/events.md`. */
export interface RenderedDocs {
  readonly asyncapiYaml: string;
  readonly eventsMd: string;
}

/**
 * Renders both documents. Markdown goes through prettier with the repository's settings (resolved for docs/events.md) so
 * that `prettier --write .` at the root leaves it unchanged (and the staleness test passes).
 */
export async function renderDocs(
  defs: readonly EventDefinition[],
  options: { version: string },
): Promise<RenderedDocs> {
  const header = '# Generated from @yiwang/contracts: pnpm --filter @yiwang/contracts run docs\n';
  const asyncapiYaml =
    header +
    stringify(buildAsyncApi(defs, options), { lineWidth: 0, aliasDuplicateObjects: false });
  const eventsMd = await format(buildEventsMarkdown(defs), {
    ...(await resolveConfig(paths.eventsMd)),
    filepath: paths.eventsMd,
  });
  return { asyncapiYaml, eventsMd };
}
