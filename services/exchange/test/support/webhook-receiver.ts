// A real HTTP webhook receiver for tests: verifies Standard Webhooks signatures exactly as a
// department would (the README's recipe), records what it accepted, can answer with an error
// status, and can be stopped and started again on the same port.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { freePort } from '@yiwang/testing';

/** One accepted delivery. */
export interface Received {
  id: string;
  timestamp: number;
  event: {
    id: string;
    type: string;
    subject: string;
    sequence: number;
    data: Record<string, unknown>;
  };
}

/** The receiver. */
export interface WebhookReceiver {
  readonly url: string;
  readonly received: Received[];
  /** Signatures that did not verify (must stay empty). */
  readonly rejected: string[];
  /** Status to answer with (200 by default). */
  status: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Standard Webhooks verification: HMAC-SHA256 over `id.timestamp.body` with the secret bytes. */
export function verifySignature(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
): boolean {
  const id = String(headers['webhook-id'] ?? '');
  const timestamp = String(headers['webhook-timestamp'] ?? '');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .some((part) => {
      const [version, signature] = part.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return (
        version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected)
      );
    });
}

/** Creates a receiver on a free port (not started). `secret()` gives the secret to check with. */
export async function webhookReceiver(secret: () => string): Promise<WebhookReceiver> {
  const port = await freePort();
  let server: http.Server | undefined;
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}/hooks/yiwang`,
    received: [],
    rejected: [],
    status: 200,
    async start() {
      server = http.createServer((req, res) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (body += chunk));
        req.on('end', () => {
          if (!verifySignature(secret(), req.headers, body)) {
            receiver.rejected.push(body);
            res.writeHead(401).end();
            return;
          }
          if (receiver.status >= 200 && receiver.status < 300) {
            receiver.received.push({
              id: String(req.headers['webhook-id']),
              timestamp: Number(req.headers['webhook-timestamp']),
              event: JSON.parse(body) as Received['event'],
            });
          }
          res.writeHead(receiver.status).end();
        });
      });
      await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    },
    async stop() {
      const running = server;
      server = undefined;
      if (running === undefined) return;
      running.closeAllConnections();
      await new Promise((resolve) => running.close(resolve));
    },
  };
  return receiver;
}
