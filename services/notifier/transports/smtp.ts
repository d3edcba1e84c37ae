// SMTP through nodemailer. Its errors are tagged here, at the boundary: a 5xx reply is
// permanent, everything else (4xx, timeouts, refused connections) is worth another try.
import net from "node:net";
import nodemailer from "nodemailer";
import { DeliveryError, type Envelope, type MailTransport, type SentInfo } from "../transport.ts";
import { foreignErrorFields } from "../../core/errors.ts";

/** Pooled connections unless the URL says otherwise: one TCP + TLS handshake per mail caps a
 * sender at ~10 mails/s; a pool reuses connections and lets sends overlap. */
export function pooledUrl(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has("pool")) u.searchParams.set("pool", "true");
  if (!u.searchParams.has("maxConnections")) u.searchParams.set("maxConnections", "5");
  return u.toString();
}

interface SocketRequest {
  host?: string;
  port?: number;
  secure?: boolean;
  connectionTimeout?: number;
}

/**
 * nodemailer's `getSocket` hook: opens the TCP connection itself with Nagle's algorithm off.
 * SMTP is a chatty request/answer protocol; with Nagle on, each small command waits for the
 * server's delayed ACK (~40 ms), which capped one connection at ~20 transactions per second.
 * nodemailer upgrades this socket to TLS itself for smtps:// and STARTTLS.
 */
export function openNoDelaySocket(
  options: SocketRequest,
  callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void,
): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? (options.secure ? 465 : 587) });
  socket.setNoDelay(true);
  socket.setTimeout(options.connectionTimeout ?? 120_000, () =>
    socket.destroy(new Error(`SMTP connection to ${options.host}:${options.port} timed out`)),
  );
  const onError = (err: Error) => callback(err);
  socket.once("error", onError);
  socket.once("connect", () => {
    socket.off("error", onError);
    socket.setTimeout(0);
    socket.setKeepAlive(true);
    callback(null, { connection: socket });
  });
}

function hasSocketHook(t: unknown): t is { getSocket: typeof openNoDelaySocket } {
  return typeof t === "object" && t !== null && "getSocket" in t && typeof t.getSocket === "function";
}

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(pooledUrl(url));
  // getSocket is nodemailer's hook for opening connections; a URL cannot carry it, so it is set
  // on the pool (or single-connection transport) the URL created
  const inner: unknown = transporter.transporter;
  if (hasSocketHook(inner)) inner.getSocket = openNoDelaySocket;
  return {
    name: "smtp",
    async send(raw: Buffer, envelope: Envelope): Promise<SentInfo> {
      try {
        const info = await transporter.sendMail({ envelope, raw });
        return { providerMessageId: info.response ?? null };
      } catch (err) {
        const e = foreignErrorFields(err);
        const permanent = typeof e.responseCode === "number" && e.responseCode >= 500;
        throw new DeliveryError(`SMTP delivery failed: ${e.message ?? String(err)}`, {
          permanent,
          code: e.responseCode ? `SMTP_${e.responseCode}` : (e.code ?? "SMTP_ERROR"),
          cause: err,
        });
      }
    },
    async close() {
      transporter.close();
    },
  };
}
