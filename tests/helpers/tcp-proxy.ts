// A TCP proxy on loopback for fault tests: sits in front of Dovecot or PostgreSQL and can cut
// every open connection (dropAll) or refuse new ones for a while (pause/resume).
import { createServer, connect, type AddressInfo, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** connections currently open through the proxy */
  readonly open: number;
  /** connections accepted so far (refused ones while paused are not counted) */
  readonly accepted: number;
  /** resolves when `accepted` reaches n */
  waitForAccepted(n: number, timeoutMs?: number): Promise<void>;
  /** destroys every open connection (both sides see a reset/close) */
  dropAll(): void;
  /** new connections are closed at once, as if the server were down; open ones stay */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let paused = false;
  let accepted = 0;
  const waiters = new Set<() => void>();

  const server = createServer((client) => {
    if (paused) {
      client.destroy();
      return;
    }
    accepted++;
    for (const w of waiters) w();
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const teardown = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", teardown);
    upstream.on("error", teardown);
    client.on("close", teardown);
    upstream.on("close", teardown);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const dropAll = () => {
    for (const [a, b] of [...pairs]) {
      // resetAndDestroy sends RST: the peer sees ECONNRESET mid-command, like a real network failure
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    pairs.clear();
  };

  return {
    port,
    get open() {
      return pairs.size;
    },
    get accepted() {
      return accepted;
    },
    waitForAccepted(n, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (accepted >= n) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${n} proxied connections; got ${accepted}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    dropAll,
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
    },
    async close() {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
