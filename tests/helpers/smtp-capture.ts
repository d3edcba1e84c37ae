// A real SMTP server (smtp-server) on loopback that captures every message it receives.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";

export interface CapturedMail {
  raw: Buffer;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
}

export interface SmtpCapture {
  url: string;
  port: number;
  messages: CapturedMail[];
  /** resolves when `count` messages matching `filter` have arrived */
  waitFor(count: number, filter?: (m: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail[]>;
  /** make the next n deliveries fail with this SMTP code */
  failNext(n: number, code: number): void;
  close(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  let failures = 0;
  let failCode = 451;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (failures > 0) {
          failures--;
          const err = Object.assign(new Error("try again later"), { responseCode: failCode });
          return callback(err);
        }
        const raw = Buffer.concat(chunks);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        // a mail the parser rejects is refused, never left without an answer
        simpleParser(raw).then(
          (parsed) => {
            messages.push({ raw, parsed, envelope });
            for (const w of waiters) w();
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    failNext(n, code) {
      failures = n;
      failCode = code;
    },
    // A bound on liveness, not a timing: on a loaded machine an acknowledgement through IMAP IDLE,
    // ingest and the sender took up to 20 s.
    waitFor(count, filter = () => true, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.filter(filter);
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${count} mail(s); got ${messages.filter(filter).length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
