// The parser's answer about one message in the labelled set's terms (shared by gate and eval).
import { parseMessage } from "../../../services/parser/parse-message.ts";
import type { Observed } from "./labelled-set.ts";

export async function observe(raw: Buffer): Promise<Observed> {
  const parsed = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
  const m = parsed.machine;
  if (m?.kind === "bounce") {
    const b = m.bounce;
    return {
      kind: "bounce",
      type: b.type,
      status: b.status,
      recipient: b.recipient,
      messageId: b.originalMessageId,
      outboxId: b.verpOutboxId,
    };
  }
  if (m?.kind === "auto_reply") return { kind: "auto_reply", returnDate: m.autoReply.returnDate };
  return { kind: parsed.output.kind };
}
