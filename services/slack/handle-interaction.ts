// A manager's click in Slack, after the request was verified and acknowledged. Approve decides
// at once; Reject and Ask open a modal for the reason or question, whose submission decides.
// The decision goes through applyDecision, the same function a decision by mail uses, so status,
// timeline, partner mail and everything downstream are identical; the actor says "via Slack".
// A refusal changes nothing, is noted on the case's timeline and told to the clicker only.
import { randomUUID } from "node:crypto";
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { errorMessage } from "../core/errors.ts";
import { applyDecision } from "../cases/apply-decision.ts";
import { addTimelineEvent, findCaseById } from "../repos/cases.ts";
import { DECIDABLE, type Decision } from "../cases/case-transitions.ts";
import { authorizeCommand } from "../cases/commands/authorize-command.ts";
import { ACTION_IDS, ARGUMENT_ACTION, ARGUMENT_BLOCK, argumentView, DECISION_VIEW } from "./messages.ts";
import { DecisionMetadata, type InteractionPayload } from "./interaction-payload.ts";
import type { SlackApi } from "./slack-api.ts";
import { enqueueSlack } from "../repos/slack-outbox.ts";
import type { SlackManagerDirectory } from "./slack-users.ts";

export interface InteractionDeps {
  db: Database;
  config: Config;
  logger: Logger;
  api: Pick<SlackApi, "openView">;
  directory: SlackManagerDirectory;
  now?: () => Date;
  /** wakes the mail sender after a decision queued the partner's mail */
  onMailQueued?: () => void;
}

export type InteractionOutcome =
  | { status: "decided"; caseId: number; decision: Decision; manager: string }
  | { status: "modal_opened"; caseId: number }
  | { status: "refused"; caseId: number | null; reason: string }
  | { status: "ignored" };

const DECISION_BY_ACTION: Record<string, Decision> = {
  [ACTION_IDS.approve]: "approve",
  [ACTION_IDS.reject]: "reject",
  [ACTION_IDS.info]: "info",
};

export async function handleInteraction(deps: InteractionDeps, p: InteractionPayload): Promise<InteractionOutcome> {
  if (p.type === "block_actions") {
    const action = p.actions[0]!;
    const decision = DECISION_BY_ACTION[action.action_id];
    const caseId = Number(action.value);
    if (!decision || !Number.isSafeInteger(caseId) || caseId <= 0) return { status: "ignored" };
    const channel = p.channel?.id ?? p.container?.channel_id ?? null;
    if (decision === "approve") return decide(deps, { userId: p.user.id, caseId, decision, argument: null, channel });
    // Refuse strangers before showing them a form.
    const manager = await deps.directory.managerFor(p.user.id);
    if (!manager.ok) return refuse(deps, { userId: p.user.id, caseId, channel, reason: manager.reason, decision });
    const c = await findCaseById(deps.db, caseId);
    if (!c || !p.trigger_id) return { status: "ignored" };
    const metadata = JSON.stringify({ caseId, decision, channel } satisfies DecisionMetadata);
    await deps.api.openView(p.trigger_id, argumentView({ caseNumber: c.case_number, decision, metadata }));
    return { status: "modal_opened", caseId };
  }
  if (p.view.callback_id !== DECISION_VIEW) return { status: "ignored" };
  let meta: DecisionMetadata;
  try {
    meta = DecisionMetadata.parse(JSON.parse(p.view.private_metadata));
  } catch {
    return { status: "ignored" };
  }
  const argument = p.view.state.values[ARGUMENT_BLOCK]?.[ARGUMENT_ACTION]?.value ?? null;
  return decide(deps, {
    userId: p.user.id,
    caseId: meta.caseId,
    decision: meta.decision,
    argument,
    channel: meta.channel,
  });
}

type DecideInput = {
  userId: string;
  caseId: number;
  decision: Decision;
  argument: string | null;
  channel: string | null;
};

async function decide(deps: InteractionDeps, input: DecideInput): Promise<InteractionOutcome> {
  const manager = await deps.directory.managerFor(input.userId);
  if (!manager.ok) return refuse(deps, { ...input, reason: manager.reason });
  const now = deps.now?.() ?? new Date();
  const result = await deps.db.transaction().execute(async (trx) => {
    const c = await findCaseById(trx, input.caseId);
    if (!c) return { ok: false as const, reason: "no such case" };
    // The Slack signature and the profile e-mail stand in for the mail path's reply token and
    // DMARC; every other rule (listed manager, not the case's own partner, open status) is the same.
    const verdict = authorizeCommand({
      senderAddress: manager.email,
      managers: [...deps.config.MANAGERS],
      tokenMatches: "valid",
      senderAuth: "pass",
      isAutoReply: false,
      caseStatus: c.status,
      command: input.decision,
      partnerAddress: c.partner_email,
      openStatuses: DECIDABLE,
    });
    if (!verdict.allowed) return { ok: false as const, reason: verdict.reason };
    return applyDecision(trx, {
      config: deps.config,
      caseId: c.id,
      decision: input.decision,
      argument: input.argument,
      actor: `manager:${manager.email} via Slack`,
      now,
    });
  });
  if (!result.ok) return refuse(deps, { ...input, reason: result.reason });
  deps.onMailQueued?.();
  deps.logger.info(
    { caseId: input.caseId, decision: input.decision, manager: manager.email },
    "slack decision applied",
  );
  return { status: "decided", caseId: input.caseId, decision: input.decision, manager: manager.email };
}

async function refuse(
  deps: InteractionDeps,
  input: Omit<DecideInput, "argument"> & { reason: string },
): Promise<InteractionOutcome> {
  const c = await findCaseById(deps.db, input.caseId);
  if (c) {
    await addTimelineEvent(deps.db, {
      caseId: c.id,
      actor: `slack:${input.userId}`,
      kind: "command_refused",
      text: input.reason,
      data: { command: input.decision, via: "slack", reason: input.reason },
    });
  }
  if (input.channel) {
    const text = `${c ? `${c.case_number}: ` : ""}not done. ${input.reason}`;
    await enqueueSlack(deps.db, [
      {
        dedupeKey: `ephemeral:${randomUUID()}`,
        caseId: c?.id ?? null,
        action: "ephemeral",
        channel: input.channel,
        payload: { text, user: input.userId },
      },
    ]);
  }
  deps.logger.warn({ caseId: input.caseId, slackUser: input.userId, reason: input.reason }, "slack decision refused");
  return { status: "refused", caseId: c?.id ?? null, reason: input.reason };
}

/** Runs the work after the HTTP answer went out; a failure is logged, never thrown into fastify. */
export function runAfterAck(
  deps: Pick<InteractionDeps, "logger">,
  work: () => Promise<InteractionOutcome>,
  onSettled?: (o: InteractionOutcome | Error) => void,
): void {
  setImmediate(() => {
    work().then(
      (o) => onSettled?.(o),
      (err: unknown) => {
        deps.logger.error({ err: errorMessage(err) }, "slack interaction failed");
        onSettled?.(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
