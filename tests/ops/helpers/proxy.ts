import { connect, createServer, type Server, type Socket } from 'node:net';

type Mode = 'open' | 'frozen' | 'hang';

/**
 * A TCP proxy to PostgreSQL that a test can break the way networks break: `down()` drops every
 * connection and stops listening (the host is gone); `freeze()` keeps connections but stops
 * delivering the database's answers (a query in flight); `up('hang')` accepts connections and
 * never answers (a black hole); `up()` listens on the same port again.
 */
export class PgProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly upstreams = new Map<Socket, Socket>();
  private mode: Mode = 'open';
  port = 0;
  /** Bytes the app sent since the last freeze: a query has left once this moves. */
  sentWhileFrozen = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  private track(s: Socket, peer: () => Socket | undefined) {
    this.sockets.add(s);
    s.once('close', () => this.sockets.delete(s));
    s.on('error', () => {
      s.destroy();
      peer()?.destroy();
    });
  }

  async up(mode: 'open' | 'hang' = 'open'): Promise<void> {
    this.mode = mode;
    const server = createServer((client) => {
      client.on('data', (d) => {
        if (this.mode !== 'open') this.sentWhileFrozen += d.length;
      });
      if (this.mode === 'hang') {
        this.track(client, () => undefined);
        return;
      }
      const upstream = connect(this.target.port, this.target.host);
      this.upstreams.set(client, upstream);
      this.track(client, () => upstream);
      this.track(upstream, () => client);
      client.pipe(upstream);
      if (this.mode === 'open') upstream.pipe(client);
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Answers from the database stop reaching the app; the app's own bytes still flow. */
  freeze(): void {
    this.mode = 'frozen';
    this.sentWhileFrozen = 0;
    for (const upstream of this.upstreams.values()) upstream.unpipe();
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.upstreams.clear();
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }

  /** Open client connections (the app's pool, as the proxy sees it). */
  get connections(): number {
    return [...this.sockets].filter((s) => !this.isUpstream(s)).length;
  }

  private isUpstream(s: Socket): boolean {
    return [...this.upstreams.values()].includes(s);
  }
}
