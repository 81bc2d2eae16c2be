import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/** Where the connection is: readiness probes report `connected` only. */
export type NatsStatus = 'connected' | 'reconnecting' | 'closed';

/** A NATS connection with its JetStream client and manager (what relays and consumers need). */
export interface BusConnection {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Current state, tracked from the client's status events. */
  status(): NatsStatus;
  /** True when connected (for `/readyz`). */
  isConnected(): boolean;
  /** Drains subscriptions and pending publishes, then closes. Safe to call twice. */
  close(): Promise<void>;
}

/** Options of {@link connectNats}. */
export interface ConnectNatsOptions {
  /** Server URL(s), e.g. `nats://127.0.0.1:4222`. */
  servers: string | string[];
  /** Connection name shown by the server (`/connz`), e.g. the service name. */
  name: string;
  /** Wait between reconnect attempts, default 1000 ms. */
  reconnectTimeWaitMs?: number;
  /** JetStream API timeout, default 5000 ms. */
  timeoutMs?: number;
  /** Credentials, when the server requires them. */
  user?: string;
  pass?: string;
  token?: string;
}

/**
 * Connects to NATS for the bus. Reconnects forever (`maxReconnectAttempts: -1`, ARCHITECTURE.md
 * §4): a broker outage pauses publishing and consuming, it never ends the process.
 */
export async function connectNats(options: ConnectNatsOptions): Promise<BusConnection> {
  const nc = await connect({
    servers: options.servers,
    name: options.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: options.reconnectTimeWaitMs ?? 1_000,
    timeout: options.timeoutMs ?? 5_000,
    // nats.js otherwise builds an Error per request (every JetStream publish) only to keep the
    // caller's stack for a timeout; that was ~7 % of a busy service's CPU.
    noAsyncTraces: true,
    ...(options.user !== undefined && { user: options.user, pass: options.pass }),
    ...(options.token !== undefined && { token: options.token }),
  });
  let state: NatsStatus = 'connected';
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnecting') state = 'reconnecting';
      else if (s.type === 'reconnect') state = 'connected';
    }
  })();
  void nc.closed().then(() => {
    state = 'closed';
  });
  const jsOptions = { timeout: options.timeoutMs ?? 5_000 };
  const jsm = await jetstreamManager(nc, jsOptions);
  return {
    nc,
    js: jetstream(nc, jsOptions),
    jsm,
    status: () => (nc.isClosed() ? 'closed' : state),
    isConnected: () => !nc.isClosed() && state === 'connected',
    close: async () => {
      if (nc.isClosed() || nc.isDraining()) return nc.closed().then(() => undefined);
      await nc.drain();
    },
  };
}
