// Turns case timeline events into queued Slack calls: a manager notice or reminder becomes a
// message with buttons, an expiry notice an informational message, a decision an update of the
// case's messages (or, with a webhook only, a short notice). Reading committed events keeps Slack
// out of the case transaction. Events may commit out of id order, so each run looks back over
// the last LOOKBACK ids as well; dedupe keys make that harmless.
import type { Database } from "../../db/connection.ts";
import type { TimelineEventRow } from "../../db/schema.ts";
import type { Config } from "../config/env.ts";
import { findCaseById } from "../repos/cases.ts";
import { DECIDABLE } from "../cases/case-transitions.ts";
import type { CaseStatus } from "../cases/case-status.ts";
import { caseSummary } from "./case-summary.ts";
import { caseMessage, decidedMessage, type SlackEvent } from "./messages.ts";
import { advanceFeedCursor, readFeedCursor, timelineEventsAfter } from "../repos/timeline-feed.ts";
import { enqueueSlack, existingKeys, postsOfCase, type SlackOutboxEntry } from "../repos/slack-outbox.ts";

const LOOKBACK = 200;
const BATCH = 500;
const CURSOR = "slack";

const POST_EVENTS: Record<string, SlackEvent | "notice"> = {
  manager_notice_queued: "notice",
  manager_reminder_queued: "reminder",
  expiry_notice_queued: "expiring",
};
const OUTCOME_EVENTS = ["approved", "rejected", "info_requested", "expired"];

export interface SlackFeedDeps {
  db: Database;
  config: Config;
  /** bot: messages with buttons, updated after decisions; webhook: notices only */
  mode: "bot" | "webhook";
}

/** One pass; returns how many Slack calls were queued. */
export async function feedSlack(deps: SlackFeedDeps): Promise<number> {
  const { db } = deps;
  const cursor = await readFeedCursor(db, CURSOR);
  const events = await timelineEventsAfter(
    db,
    Math.max(0, cursor - LOOKBACK),
    [...Object.keys(POST_EVENTS), ...OUTCOME_EVENTS],
    BATCH,
  );
  let queued = 0;
  for (const e of events) queued += await queueFor(deps, e);
  const last = events.at(-1)?.id;
  if (last && last > cursor) await advanceFeedCursor(db, CURSOR, last);
  return queued;
}

async function queueFor(deps: SlackFeedDeps, e: TimelineEventRow): Promise<number> {
  const { db, config, mode } = deps;
  const post = POST_EVENTS[e.kind];
  // one notice per transaction, however many managers were mailed (their events share `at`)
  const key = post ? `${post}:${e.case_id}:${e.at.getTime()}` : `outcome:${e.id}`;
  // an outcome updates each bot message of the case, or notifies the webhook channel once
  // (only about cases the channel was told about)
  const posts = post ? [] : await postsOfCase(db, e.case_id, mode === "bot" ? "post" : "webhook");
  const keys = post || mode === "webhook" ? [key] : posts.map((p) => `${key}:${p.id}`);
  if (!post && !posts.length) return 0;
  const seen = await existingKeys(db, keys);
  if (keys.every((k) => seen.has(k))) return 0;
  const c = await findCaseById(db, e.case_id);
  if (!c) return 0;
  const summary = await caseSummary(db, config, c);

  if (post) {
    const event: SlackEvent = post === "notice" ? (c.conflict_reason ? "conflict" : "new") : post;
    if (event !== "expiring" && !DECIDABLE.includes(c.status as CaseStatus)) return 0; // decided before Slack heard of it
    const msg = caseMessage(summary, event, mode === "bot" && event !== "expiring");
    return enqueueSlack(db, [
      { dedupeKey: key, caseId: c.id, action: mode === "bot" ? "post" : "webhook", payload: { ...msg } },
    ]);
  }
  const payload = { ...decidedMessage(summary, e.kind, e.actor, e.text) };
  if (mode === "webhook") return enqueueSlack(db, [{ dedupeKey: key, caseId: c.id, action: "webhook", payload }]);
  const entries: SlackOutboxEntry[] = posts.map((p) => ({
    dedupeKey: `${key}:${p.id}`,
    caseId: c.id,
    action: "update",
    postId: p.id,
    payload,
  }));
  return enqueueSlack(
    db,
    entries.filter((x) => !seen.has(x.dedupeKey)),
  );
}
