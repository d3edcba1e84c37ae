// A minimal SMTP sink for the benches: accepts everything (PIPELINING, no auth), answers at
// once with Nagle off, and records when each acknowledgement arrived (by In-Reply-To).
import { fork } from "node:child_process";
import { createServer, type AddressInfo, type Server } from "node:net";
import { fileURLToPath } from "node:url";

/** What the sink has seen: connections opened, transactions (MAIL FROM) and messages accepted. */
export interface SinkCounts {
  connections: number;
  transactions: number;
  messages: number;
}

export async function startSink(): Promise<{
  url: string;
  arrivals: Map<string, number>;
  counts: SinkCounts;
  close(): Promise<void>;
}> {
  const arrivals = new Map<string, number>();
  const counts: SinkCounts = { connections: 0, transactions: 0, messages: 0 };
  const server: Server = createServer((s) => {
    counts.connections++;
    s.setNoDelay(true);
    let inData = false;
    let buf = "";
    s.on("error", () => {});
    s.write("220 sink ESMTP\r\n");
    s.on("data", (d: Buffer) => {
      buf += d.toString("latin1");
      for (;;) {
        if (inData) {
          const end = buf.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const message = buf.slice(0, end);
          buf = buf.slice(end + 5);
          inData = false;
          const irt = /^in-reply-to:\s*(<[^>]+>)/im.exec(message)?.[1];
          if (irt) arrivals.set(irt, Date.now());
          counts.messages++;
          s.write("250 queued\r\n");
          continue;
        }
        const i = buf.indexOf("\r\n");
        if (i < 0) return;
        const verb = buf.slice(0, 4).toUpperCase();
        buf = buf.slice(i + 2);
        if (verb === "MAIL") counts.transactions++;
        if (verb === "EHLO") s.write("250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n");
        else if (verb === "DATA") {
          inData = true;
          s.write("354 go ahead\r\n");
        } else if (verb === "QUIT") return void s.end("221 bye\r\n");
        else s.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    counts,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The sink as a child process (bench/sink-process.ts); close() ends it, counts() asks it for its counts. */
export async function startSinkProcess(): Promise<{
  url: string;
  counts(): Promise<SinkCounts>;
  close(): Promise<void>;
}> {
  const child = fork(fileURLToPath(new URL("../bin/run-ts.js", import.meta.url)), [
    fileURLToPath(new URL("./sink-process.ts", import.meta.url)),
  ]);
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { url: string }).url));
    child.once("exit", (code) => reject(new Error(`SMTP sink process exited (${code})`)));
  });
  return {
    url,
    counts: () =>
      new Promise<SinkCounts>((resolve) => {
        child.once("message", (m) => resolve((m as { counts: SinkCounts }).counts));
        child.send("counts");
      }),
    close: () =>
      new Promise<void>((r) => {
        child.once("exit", () => r());
        child.disconnect();
      }),
  };
}
