// SMTP through nodemailer. Its errors are tagged here, at the boundary: a 5xx reply is
// permanent, everything else (4xx, timeouts, refused connections) is worth another try.
import nodemailer from "nodemailer";
import { DeliveryError, type Envelope, type MailTransport, type SentInfo } from "../transport.ts";

/** Pooled connections unless the URL says otherwise: one TCP + TLS handshake per mail caps a
 * sender at ~10 mails/s; a pool reuses connections and lets sends overlap. */
export function pooledUrl(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has("pool")) u.searchParams.set("pool", "true");
  if (!u.searchParams.has("maxConnections")) u.searchParams.set("maxConnections", "5");
  return u.toString();
}

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(pooledUrl(url));
  return {
    name: "smtp",
    async send(raw: Buffer, envelope: Envelope): Promise<SentInfo> {
      try {
        const info = await transporter.sendMail({ envelope, raw });
        return { providerMessageId: info.response ?? null };
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message?: string };
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
