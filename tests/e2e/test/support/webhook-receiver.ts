// A real HTTP endpoint standing in for a department's system (the grid platform): it keeps
// every delivery and checks its Standard Webhooks signature (standardwebhooks.com, "Verifying
// webhooks": HMAC-SHA256 over `{id}.{timestamp}.{body}` with the bytes of the whsec_ secret,
// compared in constant time against each `v1,` signature of the header).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One received delivery. */
export interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly event: { type: string; subject: string; data: Record<string, unknown> } & Record<
    string,
    unknown
  >;
}

/** A running receiver. */
export interface WebhookReceiver {
  readonly url: string;
  readonly deliveries: Delivery[];
  close(): Promise<void>;
}

/** Whether the headers carry a valid signature of `body` under `secret`. */
export function verifySignature(secret: string, headers: IncomingHttpHeaders, body: string) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') {
    return false;
  }
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((s) => {
    const [version, value] = s.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Starts a receiver on a free port of 127.0.0.1 that answers 204 to everything. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      try {
        deliveries.push({
          headers: req.headers,
          body,
          event: JSON.parse(body) as Delivery['event'],
        });
      } catch {
        // not JSON: the exchange never sends that; kept out of the list
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/grid-platform/hooks`,
    deliveries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
