// RFC 3834 and common sense: who never gets an automatic answer. Pure.
import type { Config } from "../../config/env.ts";
import type { ParsedMessage } from "../../parser/types.ts";

function bareAddress(s: string): string {
  return (/<([^>]+)>/.exec(s)?.[1] ?? s).trim().toLowerCase();
}

/** X-Auto-Response-Suppress (Microsoft): the sender asks for no automatic answers at all (`All`),
 * none but delivery reports (`AutoReply`), or no out-of-office answers (`OOF`); every answer of
 * ours to such a mail is automatic, so each one is withheld, not only the acknowledgement. */
export function answerSuppressedReason(parsed: ParsedMessage): string | null {
  const v = parsed.headers["x-auto-response-suppress"];
  return v && /\b(all|autoreply|oof)\b/i.test(v) ? `X-Auto-Response-Suppress: ${v.trim().slice(0, 100)}` : null;
}

/** A reason not to answer this message, or null when answering is fine. */
export function neverAnswerReason(parsed: ParsedMessage, config: Config): string | null {
  const kind = parsed.output.kind;
  if (kind === "auto_reply" || kind === "bounce") return kind;
  const from = parsed.from?.address?.toLowerCase() ?? "";
  if (!from) return "no sender";
  const returnPath = parsed.headers["return-path"];
  if (returnPath !== undefined && /^\s*<\s*>\s*$/.test(returnPath)) return "null sender (Return-Path <>)";
  const ownLocal = bareAddress(config.INBOUND_ADDRESS).split("@");
  const [local, domain] = from.split("@");
  const ownPlus = local?.split("+")[0];
  if (domain === ownLocal[1] && ownPlus === ownLocal[0]) return "our own address";
  if (from === bareAddress(config.MAIL_FROM)) return "our own address";
  // RFC 2369-era loop marker: our own X-Loop came back (a forward or a responder echoing us).
  const loop = parsed.headers["x-loop"];
  if (loop && [config.INBOUND_ADDRESS, config.MAIL_FROM].some((a) => loop.toLowerCase().includes(bareAddress(a))))
    return `X-Loop: ${loop.slice(0, 100)}`;
  const auto = parsed.headers["auto-submitted"];
  if (auto && !/^\s*no\b/i.test(auto)) return `Auto-Submitted: ${auto}`;
  if (parsed.headers["list-id"] || parsed.headers["list-unsubscribe"]) return "mailing list";
  if (/^(bulk|list|junk|auto_reply)$/i.test((parsed.headers["precedence"] ?? "").trim()))
    return `Precedence: ${parsed.headers["precedence"]}`;
  if (/^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i.test(from)) return "automated sender";
  return null;
}
