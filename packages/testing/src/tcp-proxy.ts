import net from 'node:net';

/** A TCP proxy a test can cut, to make a server unreachable without stopping it. */
export interface TcpProxy {
  port: number;
  /** The target URL rewritten to go through the proxy. */
  url(targetUrl: string): string;
  /** Closes the listener and every open connection: clients see the server as down. */
  pause(): Promise<void>;
  /** Listens again on the same port. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (a free port) forwarding to `host:port`. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host, port });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.once('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : p);
      });
    });
  const pause = async () => {
    if (!server.listening) return;
    const closed = new Promise((r) => server.close(r));
    for (const s of sockets) s.destroy();
    await closed;
  };
  const proxyPort = await listen(0);
  return {
    port: proxyPort,
    url: (targetUrl) => {
      const u = new URL(targetUrl);
      u.hostname = '127.0.0.1';
      u.port = String(proxyPort);
      return u.toString();
    },
    pause,
    resume: async () => {
      if (!server.listening) await listen(proxyPort);
    },
    close: pause,
  };
}
