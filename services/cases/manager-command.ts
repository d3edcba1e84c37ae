// A decision by e-mail is trusted only when every check holds: the sender is a configured
// manager; the mail went to that manager's unused single-use token for this very case; the
// sender's domain authenticates (DMARC with aligned DKIM, a trusted Authentication-Results or
// SES verdicts); the mail is not automatic; and the case is open for the decision. Anything
// else changes nothing, is noted on the timeline and lands in review.
import type { Transaction } from "kysely";
import type { CaseRow, DB } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import type { ParsedMessage } from "../parser/types.ts";
import type { ReplyCommand } from "../threads/reply-command.ts";
import { hashToken, tokensInAddresses } from "../threads/reply-address.ts";
import { judgeSender } from "../threads/sender-auth.ts";
import { addReviewItem, addTimelineEvent } from "./case-repo.ts";
import { applyDecision } from "./apply-decision.ts";

type JudgeInput = Parameters<typeof judgeSender>[0];

/** What sender authentication reads besides the parsed message. */
export interface CommandEvidence {
  raw?: Buffer;
  sesVerdicts?: JudgeInput["sesVerdicts"] | null;
  resolver?: JudgeInput["resolver"];
}

export interface CommandInput {
  config: Config;
  caseRow: CaseRow;
  parsed: ParsedMessage;
  command: ReplyCommand | null;
  inboundMessageId: number;
  now: Date;
  evidence: CommandEvidence;
}

export type CommandResult = { applied: true; detail: string } | { applied: false; detail: string };

export async function handleManagerCommand(trx: Transaction<DB>, input: CommandInput): Promise<CommandResult> {
  const check = await checkCommand(trx, input);
  if (!check.ok) return refuse(trx, input, check.reason);
  const command = check.command;
  const sender = senderOf(input.parsed);
  // Burn the token first: a conditional update, so two deliveries of the same reply cannot both pass.
  const burnt = await trx
    .updateTable("reply_tokens")
    .set({ used_at: input.now, used_by_inbound_id: input.inboundMessageId })
    .where("token_hash", "=", check.tokenHash)
    .where("used_at", "is", null)
    .returning("token_hash")
    .executeTakeFirst();
  if (!burnt) return refuse(trx, input, "the reply token was already used");
  const r = await applyDecision(trx, {
    config: input.config,
    caseId: input.caseRow.id,
    decision: command.command,
    argument: command.argument,
    actor: `manager:${sender}`,
    now: input.now,
    inboundMessageId: input.inboundMessageId,
  });
  if (!r.ok) {
    // the decision did not happen: the token stays usable for a corrected reply
    await trx.updateTable("reply_tokens").set({ used_at: null, used_by_inbound_id: null }).where("token_hash", "=", burnt.token_hash).execute();
    return refuse(trx, input, r.reason);
  }
  return { applied: true, detail: `${command.command} by ${sender}: ${r.status}` };
}

type Check = { ok: true; command: ReplyCommand; tokenHash: string } | { ok: false; reason: string };
const no = (reason: string): Check => ({ ok: false, reason });

/** The first failing check, or the command with the token it may use. */
async function checkCommand(trx: Transaction<DB>, input: CommandInput): Promise<Check> {
  const { config, caseRow, parsed, command } = input;
  if (!command) return no("no command on the first line of the new text (approve / reject <reason> / info <question>)");
  const sender = senderOf(parsed);
  if (!sender || !config.MANAGERS.includes(sender)) return no(`sender ${sender || "(none)"} is not a configured manager`);

  const auto = automaticReason(parsed);
  if (auto) return no(`automatic mail (${auto})`);

  const recipients = [...parsed.to, ...parsed.cc].map((a) => a.address);
  const hashes = tokensInAddresses(recipients, config.INBOUND_ADDRESS).map(hashToken);
  if (!hashes.length) return no("no reply token in the recipient address");
  const rows = await trx.selectFrom("reply_tokens").selectAll().where("token_hash", "in", hashes).execute();
  if (!rows.length) return no("unknown reply token");
  const forCase = rows.filter((r) => r.case_id === caseRow.id);
  if (!forCase.length) return no("the reply token belongs to another case");
  const managerRows = forCase.filter((r) => r.purpose === "manager");
  if (!managerRows.length) return no("the reply token is not a manager's token");
  const mine = managerRows.filter((r) => r.address?.toLowerCase() === sender);
  if (!mine.length) return no("the reply token was issued to another manager");
  const fresh = mine.find((r) => r.used_at === null);
  if (!fresh) return no("the reply token was already used");

  const auth = await judgeSender({
    raw: input.evidence.raw ?? Buffer.alloc(0),
    from: sender,
    trustedAuthservId: config.AUTHSERV_ID ?? null,
    sesVerdicts: input.evidence.sesVerdicts ?? null,
    ...(input.evidence.resolver ? { resolver: input.evidence.resolver } : {}),
  } as JudgeInput);
  if (auth.verdict !== "pass") return no(`sender authentication ${auth.verdict}: ${auth.reason}`);

  return { ok: true, command, tokenHash: fresh.token_hash };
}

async function refuse(trx: Transaction<DB>, input: CommandInput, reason: string): Promise<CommandResult> {
  const sender = senderOf(input.parsed);
  await addTimelineEvent(trx, {
    caseId: input.caseRow.id,
    actor: `sender:${sender || "unknown"}`,
    kind: "command_refused",
    inboundMessageId: input.inboundMessageId,
    text: reason,
    data: { command: input.command?.command ?? null, argument: input.command?.argument ?? null, reason },
  });
  await addReviewItem(trx, { reason: "unverified_command", detail: `${input.command?.command ?? "no command"} from ${sender || "unknown"}: ${reason}`.slice(0, 500), inboundMessageId: input.inboundMessageId, caseId: input.caseRow.id });
  return { applied: false, detail: `command refused: ${reason}` };
}

function senderOf(parsed: ParsedMessage): string {
  return parsed.from?.address?.toLowerCase() ?? "";
}

/** RFC 3834 and the usual vacation headers: automatic mail never decides anything. */
function automaticReason(parsed: ParsedMessage): string | null {
  if (parsed.output.kind === "auto_reply" || parsed.output.kind === "bounce") return parsed.output.kind;
  const h = parsed.headers;
  const auto = h["auto-submitted"];
  if (auto && !/^\s*no\b/i.test(auto)) return `Auto-Submitted: ${auto}`;
  for (const name of ["x-autoreply", "x-autorespond", "x-autoresponder"]) if (h[name] !== undefined) return name;
  if (/^(bulk|list|junk|auto_reply)$/i.test((h["precedence"] ?? "").trim())) return `Precedence: ${h["precedence"]}`;
  return null;
}
