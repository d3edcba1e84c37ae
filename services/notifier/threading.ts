// Message-IDs we mint and the headers that thread a reply under the partner's mail. Pure.
import { randomBytes } from "node:crypto";
import { hasReplyPrefix } from "../core/subject-prefixes.ts";

/** `<reg-2026-000123.1773054302.ack.k3j2@vendor.example>`: the case number sits in the local
 * part so that a reply's In-Reply-To alone names its case, even before a database lookup. */
export function newMessageId(opts: { caseNumber: string | null; kind: string; domain: string; now?: Date }): string {
  const ts = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const prefix = opts.caseNumber ? opts.caseNumber.toLowerCase() : "dealreg";
  return `<${prefix}.${ts}.${opts.kind}.${randomBytes(6).toString("hex")}@${opts.domain}>`;
}

/** In-Reply-To is the parent's Message-ID; References is the parent's References plus it. */
export function replyHeaders(parent: { messageId: string | null; references: string[] }): {
  inReplyTo: string | null;
  references: string | null;
} {
  if (!parent.messageId)
    return { inReplyTo: null, references: parent.references.length ? parent.references.join(" ") : null };
  const refs = [...parent.references.filter((r) => r !== parent.messageId), parent.messageId];
  // Long threads: keep the first and the last ones, as RFC 5322 3.6.4 suggests.
  const trimmed = refs.length > 20 ? [...refs.slice(0, 1), ...refs.slice(-19)] : refs;
  return { inReplyTo: parent.messageId, references: trimmed.join(" ") };
}

export function addressDomain(address: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(address);
  return (m?.[1] ?? "localhost").toLowerCase();
}

/** Prefixes "Re: " unless the subject already carries one. */
export function replySubject(subject: string): string {
  return hasReplyPrefix(subject) ? subject : `Re: ${subject}`;
}
