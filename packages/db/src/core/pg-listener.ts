import pg from 'pg';

/** What a subscriber hears: each notification's payload, and `onGap` after a lost connection came back. */
export interface ChannelSubscriber {
  readonly onMessage: (payload: string) => void;
  /** Called after the listening connection was lost and re-established: notifications may have been missed. */
  readonly onGap?: () => void;
}

/** Channel names Caucus uses: lower-case identifiers, so they need no quoting rules of their own. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless a channel name is a plain lower-case identifier. */
export function assertChannelName(channel: string): void {
  if (!CHANNEL.test(channel)) {
    throw new Error(`"${channel}" is not a notification channel name: use lower-case letters, digits and _`);
  }
}

/**
 * One dedicated PostgreSQL connection that LISTENs on every subscribed channel and fans notifications out to this
 * process's subscribers. It reconnects with back-off when the connection drops, re-subscribes, and tells each
 * subscriber about the gap so caches can reload.
 */
export class PgListener {
  readonly #url: string;
  readonly #subscribers = new Map<string, Set<ChannelSubscriber>>();
  #client: pg.Client | undefined;
  #connecting: Promise<pg.Client> | undefined;
  #closed = false;
  #retryMs = 100;

  constructor(url: string) {
    this.#url = url;
  }

  /** Subscribes to a channel; resolves once the LISTEN is in place, with a function that unsubscribes. */
  async subscribe(channel: string, subscriber: ChannelSubscriber): Promise<() => Promise<void>> {
    assertChannelName(channel);
    let set = this.#subscribers.get(channel);
    const first = set === undefined;
    if (set === undefined) {
      set = new Set();
      this.#subscribers.set(channel, set);
    }
    set.add(subscriber);
    if (first) {
      const client = await this.#connection();
      await client.query(`LISTEN ${channel}`);
    }
    return async () => {
      const current = this.#subscribers.get(channel);
      current?.delete(subscriber);
      if (current !== undefined && current.size === 0) {
        this.#subscribers.delete(channel);
        await this.#client?.query(`UNLISTEN ${channel}`).catch(() => {});
      }
    };
  }

  /** Ends the listening connection; no reconnection follows. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#subscribers.clear();
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  #connection(): Promise<pg.Client> {
    if (this.#client !== undefined) return Promise.resolve(this.#client);
    this.#connecting ??= this.#connect().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  async #connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.#url });
    client.on('notification', (message) => {
      for (const subscriber of this.#subscribers.get(message.channel) ?? []) {
        subscriber.onMessage(message.payload ?? '');
      }
    });
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    await client.connect();
    this.#client = client;
    this.#retryMs = 100;
    return client;
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    if (this.#closed) return;
    const retry = () => {
      if (this.#closed) return;
      this.#connection()
        .then(async (fresh) => {
          for (const channel of this.#subscribers.keys()) await fresh.query(`LISTEN ${channel}`);
          for (const set of this.#subscribers.values()) for (const subscriber of set) subscriber.onGap?.();
        })
        .catch(() => {
          this.#retryMs = Math.min(this.#retryMs * 2, 10_000);
          setTimeout(retry, this.#retryMs).unref();
        });
    };
    setTimeout(retry, this.#retryMs).unref();
  }
}
