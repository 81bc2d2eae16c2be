// The service's Drizzle schema: its own tables plus the bus's outbox and inbox tables, so its
// migrations create them (see @yiwang/bus README, "Tables").
export * from './tables.js';
export { busInbox, busOutbox, busProjectionVersion } from '@yiwang/bus/schema';
