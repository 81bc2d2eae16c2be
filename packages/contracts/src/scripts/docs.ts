// `pnpm run docs`: writes docs/asyncapi.yaml and docs/events.md from the catalog.
import { mkdirSync, writeFileSync } from 'node:fs';
import { allEvents } from '../catalog/index.js';
import { renderDocs } from '../docs/render.js';
import { packageVersion, paths } from './paths.js';

const docs = await renderDocs(allEvents, { version: packageVersion() });
mkdirSync(paths.docsDir, { recursive: true });
writeFileSync(paths.asyncapi, docs.asyncapiYaml);
writeFileSync(paths.eventsMd, docs.eventsMd);
console.log(`wrote ${paths.asyncapi}\nwrote ${paths.eventsMd} (${allEvents.length} event types)`);
