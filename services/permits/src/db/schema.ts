// The service's Drizzle schema: its own tables plus the bus tables (outbox, inbox, projection
// versions), so that drizzle-kit puts all of them in this service's migrations.
export * from './tables.js';
export { busOutbox, busInbox, busProjectionVersion } from '@yiwang/bus/schema';
