import pg from 'pg';

type Handler = (payload: string) => void;

// One dedicated connection per server instance for LISTEN. When PostgreSQL goes away the
// connection is re-opened with backoff and every channel re-subscribed; handlers are told nothing
// was missed only by the `reconnect` channel, so caches can drop everything they hold.

export const RECONNECT_CHANNEL = '__reconnected__';
/** Told the moment the connection is lost: caches stop trusting themselves until `reconnect`. */
export const DISCONNECTED_CHANNEL = '__disconnected__';
const LOCAL_CHANNELS = new Set([RECONNECT_CHANNEL, DISCONNECTED_CHANNEL]);

export class PgNotificationListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<Handler>>();
  private closed = false;
  private retryDelayMs = 200;

  constructor(private readonly url: string) {}

  async listen(channel: string, handler: Handler): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      if (!LOCAL_CHANNELS.has(channel)) {
        const client = await this.connect();
        await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      }
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
    };
  }

  /**
   * Resolves once every notification committed before the call has reached the handlers: a query
   * on the listening connection, which PostgreSQL answers only after sending it the notifications
   * already queued (postgres.c flushes pending notifies before ReadyForQuery), and pg hands them
   * to the handlers as it reads them, before the query's result. Fails while disconnected.
   */
  async sync(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error('the notification connection is down');
    await client.query('select 1');
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => this.dropAndReconnect(client));
    client.on('end', () => this.dropAndReconnect(client));
    await client.connect();
    this.client = client;
    this.retryDelayMs = 200;
    return client;
  }

  private dropAndReconnect(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (this.closed) return;
    for (const handler of this.handlers.get(DISCONNECTED_CHANNEL) ?? []) handler('');
    const retry = async (): Promise<void> => {
      if (this.closed) return;
      try {
        const fresh = await this.connect();
        for (const channel of this.handlers.keys()) {
          if (!LOCAL_CHANNELS.has(channel)) await fresh.query(`LISTEN ${quoteIdentifier(channel)}`);
        }
        for (const handler of this.handlers.get(RECONNECT_CHANNEL) ?? []) handler('');
      } catch {
        this.retryDelayMs = Math.min(this.retryDelayMs * 2, 5_000);
        setTimeout(retry, this.retryDelayMs).unref();
      }
    };
    setTimeout(retry, this.retryDelayMs).unref();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
