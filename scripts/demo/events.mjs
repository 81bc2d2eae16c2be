// Prints the event flow as it happens: one line per event from every context, with its
// region, aggregate and trace id, read from NATS core subscriptions (the streams are not
// touched, so the demo never competes with the services' consumers).
import { connect } from '@nats-io/transport-node';

const COLORS = {
  complaints: 35,
  hazards: 31,
  credit: 33,
  permits: 34,
  insurance: 36,
  iot: 32,
  exchange: 37,
};

/** One readable line of a CloudEvent. */
export function eventLine(event) {
  const [, context = '?', aggregate = '?', name = '?'] = String(event.type).split('.');
  const time = new Date().toISOString().slice(11, 23);
  const trace = String(event.traceparent ?? '').split('-')[1] ?? '-';
  const color = COLORS[context] ?? 0;
  return [
    `\x1b[2m${time}\x1b[0m`,
    `\x1b[${color}m${context.padEnd(10)}\x1b[0m`,
    `${aggregate}.${name}`.padEnd(34),
    String(event.region ?? '').padEnd(6),
    String(event.subject ?? '')
      .slice(0, 40)
      .padEnd(40),
    `\x1b[2mtrace=${trace.slice(0, 16)}\x1b[0m`,
  ].join(' ');
}

/** Subscribes to `<prefix>.>` and prints each event; returns a stop function and a counter. */
export async function printEvents(servers, prefix = 'yiwang') {
  const nc = await connect({ servers, name: 'yiwang-demo', maxReconnectAttempts: -1 });
  const counts = new Map();
  const sub = nc.subscribe(`${prefix}.>`, {
    callback: (error, msg) => {
      if (error) return;
      try {
        const event = msg.json();
        const context = String(event.type).split('.')[1] ?? '?';
        counts.set(context, (counts.get(context) ?? 0) + 1);
        process.stdout.write(`${eventLine(event)}\n`);
      } catch {
        // not a CloudEvent (e.g. a JetStream advisory): not part of the flow
      }
    },
  });
  return {
    counts,
    async stop() {
      sub.unsubscribe();
      await nc.drain();
    },
  };
}
