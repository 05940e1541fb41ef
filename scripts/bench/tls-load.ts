/**
 * A closed-loop HTTPS load generator with client certificates (wrk cannot present one): N
 * connections, each sending its next request when the previous answer is complete. `keepalive`
 * reuses each connection; `handshake` opens a new TLS connection (full handshake, no resumption)
 * for every request. Plain HTTP/1.1 over node:tls, responses read by Content-Length.
 */
import tls from 'node:tls';
import { percentiles, round } from './support';

export interface TlsClient {
  cert: string;
  key: string;
}

export interface TlsLoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  errors: number;
}

export interface TlsLoadOptions {
  host: string;
  port: number;
  serverCa: string;
  clients: readonly TlsClient[];
  connections: number;
  seconds: number;
  mode: 'keepalive' | 'handshake';
  /** The request bytes for connection `lane`, its `n`-th request. */
  request(lane: number, n: number): Buffer;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export interface HttpAnswer {
  status: number;
  head: string;
  body: Buffer;
}

/** Reads one HTTP response at a time from a socket. */
class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((answer: HttpAnswer) => void) | null = null;

  feed(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    this.drain();
  }

  next(): Promise<HttpAnswer> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.drain();
    });
  }

  private drain(): void {
    if (!this.waiting) return;
    const end = this.buffer.indexOf(HEADER_END);
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    const total = end + 4 + length;
    if (this.buffer.length < total) return;
    const body = this.buffer.subarray(end + 4, total);
    this.buffer = this.buffer.subarray(total);
    const resolve = this.waiting;
    this.waiting = null;
    resolve({ status: Number(head.slice(9, 12)), head, body });
  }
}

/** One secure context per client identity: building it (parsing PEM) costs more than a handshake. */
const contexts = new WeakMap<TlsClient, tls.SecureContext>();

function connect(
  options: Pick<TlsLoadOptions, 'host' | 'port' | 'serverCa'>,
  client: TlsClient,
): Promise<tls.TLSSocket> {
  let secureContext = contexts.get(client);
  if (!secureContext) {
    secureContext = tls.createSecureContext({ ca: options.serverCa, cert: client.cert, key: client.key });
    contexts.set(client, secureContext);
  }
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: options.host,
      port: options.port,
      secureContext,
      // The gateway certificate is pinned (ca), as the desktop pins it; its name is not checked.
      checkServerIdentity: () => undefined,
    });
    socket.setNoDelay(true);
    socket.once('secureConnect', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function runTlsLoad(options: TlsLoadOptions): Promise<TlsLoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const lane = async (index: number) => {
    const client = options.clients[index % options.clients.length];
    if (!client) throw new Error('no client certificate');
    let socket: tls.TLSSocket | null = null;
    let reader = new ResponseReader();
    for (let n = 0; performance.now() < deadline; n += 1) {
      const begin = performance.now();
      try {
        if (!socket) {
          socket = await connect(options, client);
          const current = reader;
          socket.on('data', (chunk: Buffer) => current.feed(chunk));
        }
        const answer = reader.next();
        socket.write(options.request(index, n));
        const { status } = await withTimeout(answer, 10_000);
        latencies.push(performance.now() - begin);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (options.mode === 'handshake') {
          socket.destroy();
          socket = null;
          reader = new ResponseReader();
        }
      } catch {
        errors += 1;
        socket?.destroy();
        socket = null;
        reader = new ResponseReader();
      }
    }
    socket?.destroy();
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => lane(index)));
  const seconds = (performance.now() - started) / 1000;
  const [p50 = 0, p99 = 0] = percentiles(latencies, [50, 99]);
  return {
    requests: latencies.length,
    seconds: round(seconds),
    rps: Math.round(latencies.length / seconds),
    p50Ms: round(p50, 3),
    p99Ms: round(p99, 3),
    statuses,
    errors,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** One keep-alive connection for requests made one after the other (set-up, suspension trials). */
export class TlsHttpConnection {
  private readonly reader = new ResponseReader();

  private constructor(private readonly socket: tls.TLSSocket) {
    socket.on('data', (chunk: Buffer) => this.reader.feed(chunk));
  }

  static async open(
    target: Pick<TlsLoadOptions, 'host' | 'port' | 'serverCa'>,
    client: TlsClient,
  ): Promise<TlsHttpConnection> {
    return new TlsHttpConnection(await connect(target, client));
  }

  request(bytes: Buffer): Promise<HttpAnswer> {
    const answer = this.reader.next();
    this.socket.write(bytes);
    return withTimeout(answer, 10_000);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** An HTTP/1.1 request's bytes. */
export function httpRequest(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Buffer {
  const payload = body === undefined ? undefined : Buffer.from(body);
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Host: siui',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  if (payload) lines.push(`Content-Length: ${payload.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return payload ? Buffer.concat([head, payload]) : head;
}
