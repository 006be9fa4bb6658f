// An HTTP server that stops gracefully: on close it stops accepting, closes idle keep-alive connections, answers
// what is in flight with `Connection: close` (so no keep-alive socket takes a new request during the drain), and
// cuts whatever is still open once the grace period ends.
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';

export class DrainingServer {
  readonly http: Server;
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();

  constructor(handler: RequestListener) {
    this.http = createServer((req, res) => {
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
      if (this.draining) this.closeAfter(res);
      handler(req, res);
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Resolves once every connection is closed: by itself within graceMs, else cut at graceMs. */
  close(graceMs: number): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    for (const res of this.inFlight) this.closeAfter(res);
    this.http.closeIdleConnections();
    const timer = setTimeout(() => this.http.closeAllConnections(), graceMs);
    return closed.finally(() => clearTimeout(timer));
  }

  /** The response ends its connection; a response whose headers are already out leaves its socket idle, closed then. */
  private closeAfter(res: ServerResponse): void {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    res.once('finish', () => setImmediate(() => this.http.closeIdleConnections()));
  }
}
