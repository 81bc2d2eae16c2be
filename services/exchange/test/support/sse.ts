// A minimal Server-Sent Events client over node:http for tests: collects events until told
// to stop.
import http from 'node:http';

/** One received SSE event. */
export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** Opens a stream and resolves once `count` events arrived (or rejects after `timeoutMs`). */
export function readSse(
  url: string,
  headers: Record<string, string>,
  count: number,
  timeoutMs = 10_000,
): Promise<{ status: number; events: SseEvent[] }> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const request = http.get(url, { headers }, (response) => {
      let buffer = '';
      const finish = () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, events });
      };
      if (response.statusCode !== 200) {
        response.resume();
        finish();
        return;
      }
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event: SseEvent = { data: '' };
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(': ');
            const value = rest.join(': ');
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') event.data = value;
          }
          if (event.data !== '') events.push(event);
          if (events.length >= count) return finish();
          cut = buffer.indexOf('\n\n');
        }
      });
    });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`only ${events.length} of ${count} SSE events within ${timeoutMs} ms`));
    }, timeoutMs);
    request.on('error', (error) => {
      if (events.length < count) reject(error);
    });
  });
}
