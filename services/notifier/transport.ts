// A transport delivers one finished RFC 5322 message. Every transport gets the same raw
// MIME (built once by the notifier), so SMTP, SES and the outbox folder carry identical bytes.

export interface Envelope {
  from: string;
  to: string[];
}

export interface SentInfo {
  /** the provider's id for the delivery (SMTP queue id, SES MessageId), when it gives one */
  providerMessageId: string | null;
}

export interface MailTransport {
  readonly name: string;
  send(raw: Buffer, envelope: Envelope): Promise<SentInfo>;
  close?(): Promise<void>;
}

/** A failed delivery, classified so the sender knows whether to try again. */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  readonly code: string;
  constructor(message: string, opts: { permanent: boolean; code: string; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = "DeliveryError";
    this.permanent = opts.permanent;
    this.code = opts.code;
  }
}
