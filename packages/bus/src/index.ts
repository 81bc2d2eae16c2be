// @yiwang/bus: JetStream streams and consumers, transactional outbox and relay, idempotent
// inbox, retry and dead letters, trace propagation (ARCHITECTURE.md §3, §4, §7).

export {
  connectNats,
  type BusConnection,
  type ConnectNatsOptions,
  type NatsStatus,
} from './connection.js';
export { busNames, type BusNames } from './naming.js';
export { provisionStreams, type StreamOptions } from './streams/provision-streams.js';
export type { ProvisionedStream } from './streams/ensure-stream.js';

export { busInbox, busOutbox, busProjectionVersion, busRelayState } from './schema.js';
export {
  createOutbox,
  OUTBOX_CHANNEL,
  type Outbox,
  type OutboxOptions,
  type OutboxStatementParts,
  type OutboxWriter,
} from './outbox/outbox.js';

export { createRelay, type Relay } from './relay/relay.js';
export type { RelayOptions } from './relay/options.js';
export { replayOutbox, type ReplayOptions, type ReplayResult } from './relay/replay.js';
export { outboxLag, type OutboxLag } from './relay/lag.js';

export { createConsumer } from './consumer/consumer.js';
export type {
  BusTransaction,
  ConsumerOptions,
  DbSchema,
  EventConsumer,
  EventHandler,
  HandlerContext,
} from './consumer/types.js';
export { EventRejectedError, PermanentError, TransientError } from './consumer/failures.js';
export { classifyFailure, type FailureDecision, type RetryPolicy } from './consumer/classify.js';
export { typeFilter } from './consumer/subjects.js';

export { DLQ_HEADERS } from './dlq/dead-letter.js';
export { listDeadLetters, type DeadLetter, type DeadLetterAdminOptions } from './dlq/list.js';
export { replayDeadLetter, replayDeadLetters } from './dlq/replay.js';

export { claimAggregateVersion, type ProjectionWriter } from './projection.js';
export { causedBy, type Causation } from './correlation.js';
export { activeTraceFields, withStoredTrace, type TraceFields } from './trace-context.js';
export { silentLogger, type BusLogFn, type BusLogger } from './logger.js';
export {
  BusConfigError,
  BusError,
  ConsumerProvisionError,
  DeadLetterNotFoundError,
  OutboxEventInvalidError,
  StreamProvisionError,
} from './errors.js';
