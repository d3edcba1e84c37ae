// Whether the receiving side judged a mail spam or infected: Amazon SES's receipt verdicts, or
// the header a filter in front of the mailbox added (SpamAssassin, Rspamd, ClamAV, Exchange).
// Such a mail opens no case and is never answered (an acknowledgement to a spammer confirms the
// address; one to a forged sender is backscatter); it waits in the review queue, where a person
// registers it if a filter was wrong. Pure.
import type { SesVerdicts } from "../repos/messages.ts";

interface SpamHeader {
  header: string;
  /** the value that means spam or infected; any other value says nothing */
  means: RegExp;
  filter: string;
}

/** Filters' verdict headers. Honoured in one direction only: a sender who forges one sends its
 * own mail to the review queue and gains nothing, so no header is trusted to say "clean". The
 * first (topmost) instance is read: the one the nearest hop, the receiving side's own, added. */
export const SPAM_HEADERS: readonly SpamHeader[] = [
  // SpamAssassin's add_header defaults: "X-Spam-Flag: YES", "X-Spam-Status: Yes, score=7.1 …"
  { header: "x-spam-flag", means: /^\s*yes\b/i, filter: "SpamAssassin" },
  { header: "x-spam-status", means: /^\s*yes\b/i, filter: "SpamAssassin" },
  // Rspamd's milter_headers "x-spam" routine
  { header: "x-spam", means: /^\s*yes\b/i, filter: "Rspamd" },
  // clamav-milter: "X-Virus-Status: Infected (Eicar-Signature)"
  { header: "x-virus-status", means: /^\s*infected\b/i, filter: "ClamAV" },
  // Exchange Online's spam confidence level: 5 and 6 spam, 9 high confidence; -1 to 4 not spam.
  // Exchange removes X-MS-Exchange-Organization-* headers that arrive from outside the tenant.
  { header: "x-ms-exchange-organization-scl", means: /^\s*[5-9]\s*$/, filter: "Exchange Online" },
];

/** Why the mail counts as spam or infected, in words for the review queue; null when no verdict says so. */
export function receivedAsSpam(headers: Record<string, string>, ses: SesVerdicts | null): string | null {
  if (ses?.virus === "FAIL") return "Amazon SES virus verdict FAIL";
  if (ses?.spam === "FAIL") return "Amazon SES spam verdict FAIL";
  for (const h of SPAM_HEADERS) {
    const value = headers[h.header];
    if (value !== undefined && h.means.test(value)) return `${h.filter}: ${h.header}: ${value.slice(0, 120)}`;
  }
  return null;
}
