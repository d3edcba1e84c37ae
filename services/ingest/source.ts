// Where a raw message came from. The (source, ref) pair is unique in the database, so a
// redelivery from the same place (IMAP re-fetch, SNS retry) is recognised before parsing.
import { SesVerdicts } from "../repos/messages.ts";

export { SesVerdicts };

export type InboundSource =
  | { kind: "imap"; mailbox: string; uidValidity: string; uid: number }
  | { kind: "ses"; sesMessageId: string; verdicts: SesVerdicts | null }
  | { kind: "http" }
  | { kind: "cli"; file: string };

/** The stable de-duplication key of a delivery, or null when the source has none (HTTP, CLI). */
export function sourceRef(source: InboundSource): string | null {
  switch (source.kind) {
    case "imap":
      return `${source.mailbox}:${source.uidValidity}:${source.uid}`;
    case "ses":
      return source.sesMessageId;
    default:
      return null;
  }
}
