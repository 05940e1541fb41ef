import net from 'node:net';
import tls from 'node:tls';

// A TLS terminator in front of a plain-HTTP SIUI on 127.0.0.1: the reverse-proxy deployment, in a
// few lines. It counts what it forwarded, so a test can tell that a refused client sent nothing.

export interface TlsProxy {
  readonly port: number;
  /** Connections that completed the TLS handshake and were forwarded to SIUI. */
  readonly forwarded: number;
  close(): Promise<void>;
}

export async function startTlsProxy(options: {
  certificatePem: string;
  keyPem: string;
  upstreamPort: number;
}) {
  let forwarded = 0;
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: options.certificatePem, key: options.keyPem }, (client) => {
    forwarded += 1;
    const upstream = net.connect(options.upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  server.on('tlsClientError', () => {
    // A client that does not trust us hangs up during the handshake: expected in these tests.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const proxy: TlsProxy = {
    port,
    get forwarded() {
      return forwarded;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
