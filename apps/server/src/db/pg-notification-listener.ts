import pg from 'pg';

type Handler = (payload: string) => void;

// One dedicated connection per server instance for LISTEN. When PostgreSQL goes away the
// connection is re-opened with backoff and every channel re-subscribed; handlers are told nothing
// was missed only by the `reconnect` channel, so caches can drop everything they hold.

export const RECONNECT_CHANNEL = '__reconnected__';

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
      if (channel !== RECONNECT_CHANNEL) {
        const client = await this.connect();
        await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      }
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
    };
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
    const retry = async (): Promise<void> => {
      if (this.closed) return;
      try {
        const fresh = await this.connect();
        for (const channel of this.handlers.keys()) {
          if (channel !== RECONNECT_CHANNEL) await fresh.query(`LISTEN ${quoteIdentifier(channel)}`);
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
