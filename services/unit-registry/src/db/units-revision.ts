import type { Logger } from '@cchc/kit';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the units_revision trigger notifies (see the migration). */
const CHANNEL = 'units_changed';
/** While the listening connection is down, waiters read the table this often instead. */
const POLL_WHILE_DISCONNECTED_MS = 1_000;
const RECONNECT_FIRST_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * The revision of the units and their lineage, and a wait for its next change: one connection of its own LISTENs
 * to `units_changed` and wakes the waiters, who then read the committed revision from the table. If that
 * connection drops, it is made again with a growing delay, and meanwhile waiters poll the table.
 */
export class UnitsRevision {
  private listener: pg.Client | null = null;
  private reconnectDelay = RECONNECT_FIRST_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Settles at the next notification, reconnection or close; replaced each time it settles. */
  private nextSignal!: Promise<void>;
  private settleSignal!: () => void;
  private signals = 0;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {
    this.armSignal();
  }

  /** Starts listening (a failed first attempt is retried in the background; waiters poll meanwhile). */
  static async open(dataSource: DataSource, databaseUrl: string, logger: Logger): Promise<UnitsRevision> {
    const revision = new UnitsRevision(dataSource, databaseUrl, logger);
    await revision.listen();
    return revision;
  }

  /**
   * Moves at every notification, reconnection and loss: what was read from the units before it moved may be stale.
   * It means nothing while not `listening`.
   */
  get generation(): number {
    return this.signals;
  }

  /** True while notifications arrive, so that a generation that has not moved means the units have not changed. */
  get listening(): boolean {
    return this.listener !== null && !this.stopped;
  }

  /** True once closed: the service is stopping. */
  get closed(): boolean {
    return this.stopped;
  }

  async current(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT revision FROM units_revision');
    return Number(row.revision);
  }

  /** The current revision as soon as it differs from `revision`, or after `waitMs` whatever it is. */
  async changedAfter(revision: number, waitMs: number): Promise<number> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      // Taken before reading, so a change committed between the read and the wait still wakes us.
      const signal = this.nextSignal;
      const now = await this.current();
      const left = deadline - Date.now();
      if (now !== revision || left <= 0 || this.stopped) return now;
      await settledOrAfter(signal, this.listener ? left : Math.min(left, POLL_WHILE_DISCONNECTED_MS));
    }
  }

  /** Stops listening; waiting calls answer at once (the data source must still be open). */
  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = null;
    this.signal();
    await listener?.end();
  }

  private armSignal(): void {
    this.nextSignal = new Promise((resolve) => {
      this.settleSignal = resolve;
    });
  }

  private signal(): void {
    this.signals++;
    const settle = this.settleSignal;
    this.armSignal();
    settle();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'unit-registry:listen',
    });
    // A dropped connection emits 'error' then 'end'; without this handler the error would end the process.
    client.on('error', (error) => this.logger.warn({ err: error }, `${CHANNEL} listener failed`));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.signal());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.logger.warn({ err: error, retryInMs: this.reconnectDelay }, `cannot listen to ${CHANNEL}`);
      endQuietly(client);
      this.reconnectLater();
      return;
    }
    if (this.stopped) {
      endQuietly(client);
      return;
    }
    this.listener = client;
    this.reconnectDelay = RECONNECT_FIRST_MS;
    // Changes made while no one listened were not notified: waiters read the table again.
    this.signal();
  }

  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    this.logger.warn(
      { retryInMs: this.reconnectDelay },
      `${CHANNEL} listener lost: polling the table meanwhile`,
    );
    this.signal();
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    this.reconnectTimer = setTimeout(() => void this.listen(), this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
  }
}

/** Ends a connection that is of no more use; its failure changes nothing (nor may it reject unhandled). */
function endQuietly(client: pg.Client): void {
  client.end().catch(() => {});
}

function settledOrAfter(signal: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([signal, elapsed]).finally(() => clearTimeout(timer));
}
