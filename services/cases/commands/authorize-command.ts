// May this e-mail decide this case? Pure: the caller gathers the facts (token lookup, sender
// authentication, auto-reply detection, case status) and this function applies the policy. Every
// condition must hold; the first that does not is the answer, with a stable code for logs and the
// admin UI and a message a person can act on.
import type { ReplyCommandName } from "./reply-command.ts";
import { isFreeMailDomain } from "../../parser/normalise/domain.ts";
import { isAligned } from "./sender-auth.ts";

export type TokenMatch = "valid" | "missing" | "wrong_case" | "wrong_manager" | "used" | "expired";

export interface AuthorizeCommandInput {
  senderAddress: string;
  managers: string[];
  tokenMatches: TokenMatch;
  senderAuth: "pass" | "fail" | "none";
  isAutoReply: boolean;
  caseStatus: string;
  /** the statuses a decision may start from (the caller passes case-transitions' DECIDABLE, so
   * that a manager by mail and ops on the admin page follow one rule) */
  openStatuses: readonly string[];
  command: ReplyCommandName;
  partnerAddress: string;
}

export const REFUSAL = {
  not_manager: "the sender is not a configured manager",
  sender_is_partner: "the sender is the partner who registered this case, or works at the partner's firm",
  token_missing: "the reply was not sent to a personal reply address (no token)",
  token_wrong_case: "the reply address belongs to another case",
  token_wrong_manager: "the reply address was issued to another manager",
  token_used: "the reply address was already used for a decision",
  token_expired:
    "this approval address has expired (older than MANAGER_TOKEN_DAYS); a fresh notice was sent, reply to that one",
  sender_auth_failed: "the sender's domain failed authentication (DMARC/DKIM)",
  sender_auth_missing: "the sender could not be authenticated (no DMARC pass with aligned DKIM)",
  auto_reply: "automatic replies cannot decide a case",
  case_not_open: "the case is not open for this decision",
} as const;

export type RefusalCode = keyof typeof REFUSAL;

export type Authorization = { allowed: true } | { allowed: false; reason: string; code: RefusalCode };

const TOKEN_REFUSAL: Record<Exclude<TokenMatch, "valid">, RefusalCode> = {
  missing: "token_missing",
  wrong_case: "token_wrong_case",
  wrong_manager: "token_wrong_manager",
  used: "token_used",
  expired: "token_expired",
};

function bare(address: string): string {
  return (/<([^>]*)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
}

function sameFirm(a: string, b: string): boolean {
  if (a === b) return true;
  const da = a.split("@")[1] ?? "";
  const db = b.split("@")[1] ?? "";
  return !!da && !!db && !isFreeMailDomain(da) && isAligned(da, db);
}

function refuse(code: RefusalCode, detail?: string): Authorization {
  return { allowed: false, code, reason: `${code}: ${REFUSAL[code]}${detail ? ` (${detail})` : ""}` };
}

export function authorizeCommand(input: AuthorizeCommandInput): Authorization {
  const sender = bare(input.senderAddress);
  // A partner who is also listed as a manager must still not decide their own registration, nor
  // their firm's: colleagues share a claim (registrable domain; on free mail, the address only).
  if (sender === "" || !input.managers.some((m) => bare(m) === sender)) return refuse("not_manager");
  if (sameFirm(bare(input.partnerAddress), sender)) return refuse("sender_is_partner");
  if (input.tokenMatches !== "valid") return refuse(TOKEN_REFUSAL[input.tokenMatches]);
  if (input.senderAuth === "fail") return refuse("sender_auth_failed");
  if (input.senderAuth !== "pass") return refuse("sender_auth_missing");
  if (input.isAutoReply) return refuse("auto_reply");
  if (!input.openStatuses.includes(input.caseStatus)) {
    return refuse("case_not_open", `${input.command} from status ${input.caseStatus}`);
  }
  return { allowed: true };
}
