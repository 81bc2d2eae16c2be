import net from 'node:net';

/** True when a TCP connection to the URL's host and port opens within the timeout. */
export function listening(url, timeoutMs = 500) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Waits until `url` accepts connections, or throws after `timeoutMs`. */
export async function waitListening(url, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await listening(url))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start listening on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
