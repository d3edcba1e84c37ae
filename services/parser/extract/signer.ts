// Who signs the partner's own text: the full name in its sign-off block ("Kind regards,\nPriya
// Natarajan\nChannel Manager, …"), held to the name-shape checks the contact picker applies. Read
// when the sender's display name is a team, role or shared mailbox ("Sales Team", "Vertrieb"), or
// a firm: only the signature then says who writes. Never read from a forwarded or quoted mail:
// below a forward, only the text after the line closing it ("----------") is the partner's. Pure.
import { isMailboxName } from "../lang/mailbox.ts";
import { SIGNING_FOR_RE } from "../lang/signoff.ts";
import { cleanPersonName, displayNameOrder, looksLikePersonName } from "../normalise/person.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { splitSignature } from "../text/signature.ts";
import type { MailContext } from "./mail-context.ts";
import { TRADE_NAME_RE } from "./company.ts";
import { LEGAL_SUFFIX_RE, ORG_WORDS_RE } from "./organization.ts";
import { looksLikeRole } from "./people.ts";
import { fold, orgMatchesDomain } from "./text-utils.ts";

/** a signature names its writer within its first lines; further down are addresses and disclaimers */
const BLOCK_LINES = 6;
/** a line of dashes, underscores or equals signs that closes a forwarded mail pasted above the sign-off */
const CLOSING_RULE_RE = /^\s*[-_=]{5,}\s*$/;
/** "Jessica Alvarez | Partner Manager": the name is the first segment of a one-line signature */
const SEGMENT_RE = /\s+[|·•–—]\s+|\t/;

/**
 * A sender's display name that names no person: a team, role or shared mailbox ("Partner Desk",
 * "Vertrieb", "Zespół Partnerski") or a firm ("Northlight IT", "Weingut Falkenried", "Acme Ltd").
 */
export function namesNoPerson(displayName: string): boolean {
  const s = displayName.trim();
  return (
    isMailboxName(s) ||
    LEGAL_SUFFIX_RE.test(` ${s}`) ||
    TRADE_NAME_RE.test(s) ||
    (ORG_WORDS_RE.test(s) && !looksLikePersonName(s))
  );
}

/**
 * The partner person who signs the mail: `name` null when a team signs or no full name does;
 * null when the partner's own text has no signature at all (nothing then says who writes).
 */
export function partnerSigner(ctx: MailContext): { name: string | null } | null {
  const domains = [...ctx.partnerDomains];
  if (ctx.ownSignature) return { name: signerOfBlock(ctx.ownSignature, domains) };
  const after = textAfterForwards(ctx);
  if (!after) return null;
  const name = signerOfBlock(splitSignature(after).signature || after, domains);
  // a forwarded mail's sender is the prospect or a colleague, never the one signing below it
  const senders = ctx.forwards.map((f) => fold(f.from?.name ?? ""));
  return { name: name && !senders.includes(fold(name)) ? name : null };
}

/** The first full person name among the first lines of a signature block; null when a team signs. */
export function signerOfBlock(block: string, domains: readonly string[]): string | null {
  const lines = block
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, BLOCK_LINES);
  for (const line of lines) {
    const head = line.split(SEGMENT_RE)[0]!.replace(SIGNING_FOR_RE, "").trim();
    // "Jess" above "--" and the full block, a title line, the firm's line: read on
    if (!head || CLOSING_RULE_RE.test(head) || /^-+$/.test(head)) continue;
    if (looksLikeRole(head) || LEGAL_SUFFIX_RE.test(` ${head}`)) continue;
    if (isMailboxName(head)) return null; // "The Partner Sales Team", "Equipo de Canal"
    const name = cleanPersonName(displayNameOrder(head));
    if (
      name &&
      isCompletePersonName(name) &&
      looksLikePersonName(name) &&
      !domains.some((d) => orgMatchesDomain(name, d))
    )
      return name;
  }
  return null;
}

/** The partner's text below the last forwarded mail, when a closing rule line ends that mail. */
function textAfterForwards(ctx: MailContext): string {
  const last = ctx.forwards.at(-1);
  if (!last) return "";
  const lines = `${last.body}\n${last.signature}`.split("\n");
  const close = lines.findLastIndex((l) => CLOSING_RULE_RE.test(l));
  return close < 0
    ? ""
    : lines
        .slice(close + 1)
        .join("\n")
        .trim();
}
