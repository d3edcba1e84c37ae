// SMTP through nodemailer. Its errors are tagged here, at the boundary: a 5xx reply is
// permanent, everything else (4xx, timeouts, refused connections) is worth another try.
import nodemailer from "nodemailer";
import { DeliveryError, type Envelope, type MailTransport, type SentInfo } from "../transport.ts";

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
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
