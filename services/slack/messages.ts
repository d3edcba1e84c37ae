// The Slack messages dealreg posts, as Block Kit. Pure. Everything that came from a partner's mail
// is escaped (Slack's mrkdwn treats <…> as links and mentions: `<!channel>` must stay text).
import type { SlackMessage } from "./slack-api.ts";

export type SlackEvent = "new" | "conflict" | "reminder" | "expiring";

export interface CaseSummary {
  caseId: number;
  caseNumber: string;
  company: string;
  partner: string;
  status: string;
  conflict: string | null;
  protectedUntil: string | null;
  missing: string[];
  adminUrl: string | null;
}

export const ACTION_IDS = { approve: "dealreg_approve", reject: "dealreg_reject", info: "dealreg_info" } as const;
export const DECISION_VIEW = "dealreg_decision";
export const ARGUMENT_BLOCK = "argument";
export const ARGUMENT_ACTION = "text";

const HEADLINE: Record<SlackEvent, string> = {
  new: "New registration to decide",
  conflict: "Conflict to decide",
  reminder: "Still waiting for a decision",
  expiring: "Protection window ends soon",
};

/** Slack's three control characters; the rest of mrkdwn (*, _, ~) cannot form links or mentions. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function summaryLines(c: CaseSummary): string {
  const lines = [
    `*${escapeMrkdwn(c.caseNumber)}* · ${escapeMrkdwn(c.company)}`,
    `Partner: ${escapeMrkdwn(c.partner)}`,
    `Status: ${escapeMrkdwn(c.status)}`,
  ];
  if (c.conflict) lines.push(`Conflict: ${escapeMrkdwn(c.conflict)}`);
  if (c.protectedUntil) lines.push(`Protected until: ${escapeMrkdwn(c.protectedUntil)}`);
  if (c.missing.length) lines.push(`Missing: ${escapeMrkdwn(c.missing.join(", "))}`);
  if (c.adminUrl) lines.push(`<${c.adminUrl}|Open in dealreg>`);
  return lines.join("\n");
}

/** A case that needs attention; with buttons when a manager can still decide it from Slack. */
export function caseMessage(c: CaseSummary, event: SlackEvent, withButtons: boolean): SlackMessage {
  const text = `${HEADLINE[event]}: ${c.caseNumber} ${c.company}`;
  const blocks: NonNullable<SlackMessage["blocks"]> = [
    { type: "header", text: { type: "plain_text", text: `${HEADLINE[event]}: ${c.caseNumber}`.slice(0, 150) } },
    { type: "section", text: { type: "mrkdwn", text: summaryLines(c) } },
  ];
  if (withButtons) {
    const value = String(c.caseId);
    blocks.push({
      type: "actions",
      block_id: `case-${c.caseId}`,
      elements: [
        {
          type: "button",
          action_id: ACTION_IDS.approve,
          style: "primary",
          value,
          text: { type: "plain_text", text: "Approve" },
          confirm: {
            title: { type: "plain_text", text: "Approve?" },
            text: { type: "plain_text", text: `Approve ${c.caseNumber} and protect it for the partner?` },
            confirm: { type: "plain_text", text: "Approve" },
            deny: { type: "plain_text", text: "Cancel" },
          },
        },
        {
          type: "button",
          action_id: ACTION_IDS.reject,
          style: "danger",
          value,
          text: { type: "plain_text", text: "Reject" },
        },
        { type: "button", action_id: ACTION_IDS.info, value, text: { type: "plain_text", text: "Ask" } },
      ],
    });
  }
  return { text: escapeMrkdwn(text), blocks };
}

const DONE: Record<string, string> = {
  approved: "Approved",
  rejected: "Rejected",
  info_requested: "Question sent",
  expired: "Expired",
};

/** The case's message after a decision: who decided, no buttons left to click. */
export function decidedMessage(c: CaseSummary, outcome: string, actor: string, reason: string | null): SlackMessage {
  const what = DONE[outcome] ?? outcome;
  const by = actor === "system" ? "" : ` by ${actor}`;
  const line = `${what}${by}${reason ? `: ${reason}` : ""}`;
  return {
    text: escapeMrkdwn(`${c.caseNumber} ${c.company}: ${line}`),
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: summaryLines(c) } },
      { type: "context", elements: [{ type: "mrkdwn", text: `*${escapeMrkdwn(line)}*`.slice(0, 3000) }] },
    ],
  };
}

/** The modal that asks for the reason (reject) or the question (ask) before deciding. */
export function argumentView(input: {
  caseNumber: string;
  decision: "reject" | "info";
  metadata: string;
}): Record<string, unknown> {
  const reject = input.decision === "reject";
  return {
    type: "modal",
    callback_id: DECISION_VIEW,
    private_metadata: input.metadata,
    title: { type: "plain_text", text: reject ? "Reject" : "Ask the partner" },
    submit: { type: "plain_text", text: reject ? "Reject" : "Send" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: ARGUMENT_BLOCK,
        label: {
          type: "plain_text",
          text: reject ? `Reason for rejecting ${input.caseNumber}` : `Question about ${input.caseNumber}`,
        },
        element: {
          type: "plain_text_input",
          action_id: ARGUMENT_ACTION,
          multiline: true,
          min_length: 3,
          max_length: 1000,
        },
      },
    ],
  };
}
