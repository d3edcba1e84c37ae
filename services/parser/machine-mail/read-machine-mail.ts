// The machine-mail details of a classified message: what a bounce reports, when an
// out-of-office answer's author is back. Pure; called by parse-message.ts after classify.ts.
import type { MessageKind } from "../schema.ts";
import type { MachineMail, MachineMailInput } from "./types.ts";
import { readBounceReport, verpInEnvelope } from "./bounce-report.ts";
import { readReturnDate } from "./return-date.ts";

export function readMachineMail(kind: MessageKind, msg: MachineMailInput): MachineMail | null {
  if (kind === "bounce") return { kind, bounce: readBounceReport(msg) };
  if (kind === "auto_reply")
    return {
      kind,
      autoReply: { returnDate: readReturnDate(msg.text, msg.date ?? null), verpOutboxId: verpInEnvelope(msg) },
    };
  return null;
}
