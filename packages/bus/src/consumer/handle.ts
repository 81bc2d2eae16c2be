import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { CloudEvent } from '@yiwang/contracts';
import { publishDeadLetter } from '../dlq/dead-letter.js';
import { childLogger, type BusLogger } from '../logger.js';
import type { BusNames } from '../naming.js';
import { busTracer, contextFromTraceFields } from '../trace-context.js';
import { classifyFailure, describe, type RetryPolicy } from './classify.js';
import type { Decoded } from './decode.js';
import { PermanentError } from './failures.js';

/** Everything `handleMessage` needs from its consumer. */
export interface HandleDeps {
  consumer: string;
  js: JetStreamClient;
  names: BusNames;
  policy: RetryPolicy;
  ackWaitMs: number;
  logger: BusLogger;
  /** Runs the handler with the inbox row in one transaction; false when already applied. */
  applyOnce(event: CloudEvent, msg: JsMsg, log: BusLogger): Promise<boolean>;
}

/**
 * Handles one delivery inside a `process` span that continues the producer's trace: apply
 * once, ack after commit; on failure retry with backoff (`nak(delay)`) or dead-letter and
 * `term()`, as `classifyFailure` decides. Never throws.
 */
export async function handleMessage(msg: JsMsg, decoded: Decoded, deps: HandleDeps) {
  const event = decoded.ok ? decoded.event : undefined;
  const fields = {
    traceparent: msg.headers?.get('traceparent') || event?.traceparent,
    tracestate: msg.headers?.get('tracestate') || event?.tracestate,
  };
  const attributes = {
    'messaging.system': 'nats',
    'messaging.operation.type': 'process',
    'messaging.destination.name': msg.subject,
    'messaging.consumer.group.name': deps.consumer,
    'messaging.message.id': event?.id ?? '',
    'messaging.nats.delivery_count': msg.info.deliveryCount,
  };
  const name = `process ${event?.type ?? msg.subject}`;
  const options = { kind: SpanKind.CONSUMER, attributes };
  await busTracer().startActiveSpan(name, options, contextFromTraceFields(fields), async (span) => {
    const log = childLogger(deps.logger, { consumer: deps.consumer, event_id: event?.id });
    const keepAlive = setInterval(() => msg.working(), Math.max(500, deps.ackWaitMs / 2));
    try {
      if (!decoded.ok) throw decoded.error;
      if (msg.info.deliveryCount > deps.policy.maxDeliver) {
        throw new PermanentError(`not settled after ${deps.policy.maxDeliver} deliveries`);
      }
      const applied = await deps.applyOnce(decoded.event, msg, log);
      msg.ack();
      if (!applied) log.debug({}, 'event already applied; acknowledged again');
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: describe(error) });
      await settleFailure(msg, error, deps, log);
    } finally {
      clearInterval(keepAlive);
      span.end();
    }
  });
}

async function settleFailure(msg: JsMsg, error: unknown, deps: HandleDeps, log: BusLogger) {
  const decision = classifyFailure(error, msg.info.deliveryCount, deps.policy);
  if (decision.action === 'retry') {
    log.warn({ err: error, delayMs: decision.delayMs }, 'event failed; will retry');
    msg.nak(decision.delayMs);
    return;
  }
  try {
    await publishDeadLetter(deps.js, deps.names, msg, deps.consumer, decision.reason);
    msg.term(decision.reason.slice(0, 200));
    log.error({ err: error, reason: decision.reason }, 'event dead-lettered');
  } catch (dlqError) {
    // The server allows one delivery beyond the policy for exactly this case.
    log.error({ err: dlqError }, 'dead-letter publish failed; will retry');
    msg.nak(deps.policy.backoffMs.at(-1) ?? 1_000);
  }
}
