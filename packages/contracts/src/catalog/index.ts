// The registry: every event of every context. A service adds an event by defining it in its
// context's file and listing it there; a breaking change is a new version (see README).
import type { EventDefinition } from '../define-event.js';
import { complaintsEvents } from './complaints.js';
import { creditEvents } from './credit.js';
import { exchangeEvents } from './exchange.js';
import { hazardsEvents } from './hazards.js';
import { insuranceEvents } from './insurance.js';
import { iotEvents } from './iot.js';
import { permitsEvents } from './permits.js';
import { createCatalog, type EventCatalog } from './registry.js';

/** Every event definition of every context, grouped by context in ARCHITECTURE.md order. */
export const allEvents: readonly EventDefinition[] = [
  ...complaintsEvents,
  ...hazardsEvents,
  ...creditEvents,
  ...permitsEvents,
  ...insuranceEvents,
  ...iotEvents,
  ...exchangeEvents,
];

/** The catalog of every event of every context. */
export const catalog: EventCatalog = createCatalog(allEvents);
