// Delivers the Slack outbox: posts (remembering channel and ts), updates of posted messages,
// ephemeral answers and webhook notices. A 429 puts the row back for Retry-After seconds and
// ends the pass (every further call would be refused too); other transient failures back off
// like mail; permanent ones (bad token, unknown channel) stay on the row as failed, visible.
import { z } from "zod";
import type { Database } from "../../db/connection.ts";
import type { SlackOutboxRow } from "../../db/schema.ts";
import { errorMessage } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";
import { backoffSeconds, MAX_ATTEMPTS } from "../notifier/sender.ts";
import { SlackCallError, type SlackApi, type SlackMessage, type SlackWebhookPoster } from "./slack-api.ts";
import { failDelivery } from "../repos/leased-queue.ts";
import { claimDueSlack, findSlackRow, markSlackSent, releaseSlackRows } from "../repos/slack-outbox.ts";

export interface SlackSenderDeps {
  db: Database;
  logger: Logger;
  channel: string | null;
  api: SlackApi | null;
  webhook: SlackWebhookPoster | null;
}

/** The jsonb payload of a row: a message, plus the user for an ephemeral one. */
const SlackPayload = z.object({
  text: z.string(),
  blocks: z.array(z.looseObject({ type: z.string() })).optional(),
  user: z.string().optional(),
});

/** An update waits this long for its post to be delivered first. */
const WAIT_FOR_POST_SECONDS = 5;

class WaitForPost extends Error {}

export async function deliverSlack(deps: SlackSenderDeps, batch = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const rows = await claimDueSlack(deps.db, batch);
  for (const [i, row] of rows.entries()) {
    const log = deps.logger.child({ component: "slack", slackOutboxId: row.id, action: row.action });
    try {
      const posted = await deliverOne(deps, row);
      await markSlackSent(deps.db, row.id, posted);
      sent++;
    } catch (err) {
      failed++;
      if (err instanceof WaitForPost) {
        await failDelivery(deps.db, "slack_outbox", row.id, err.message, WAIT_FOR_POST_SECONDS, true);
        continue;
      }
      const call = err instanceof SlackCallError ? err : new SlackCallError(errorMessage(err), false);
      if (call.retryAfterSeconds !== null) {
        await failDelivery(deps.db, "slack_outbox", row.id, call.message, Math.max(1, call.retryAfterSeconds), true);
        log.warn({ retryAfter: call.retryAfterSeconds }, "slack rate limited");
        await releaseSlackRows(
          deps.db,
          rows.slice(i + 1).map((r) => r.id),
          Math.max(1, call.retryAfterSeconds),
        );
        break;
      }
      const giveUp = call.permanent || row.attempts >= MAX_ATTEMPTS;
      await failDelivery(deps.db, "slack_outbox", row.id, call.message, giveUp ? null : backoffSeconds(row.attempts));
      log.warn({ err: call.message, permanent: call.permanent, attempts: row.attempts, giveUp }, "slack call failed");
    }
  }
  return { sent, failed };
}

async function deliverOne(deps: SlackSenderDeps, row: SlackOutboxRow): Promise<{ channel: string; ts: string } | null> {
  const parsed = SlackPayload.safeParse(row.payload);
  if (!parsed.success)
    throw new SlackCallError(`unreadable Slack outbox payload: ${parsed.error.issues[0]?.message ?? "invalid"}`, true);
  const payload: SlackMessage & { user?: string | undefined } = parsed.data;
  switch (row.action) {
    case "post":
      if (!deps.api || !deps.channel)
        throw new SlackCallError("SLACK_BOT_TOKEN and SLACK_CHANNEL are no longer set", true);
      return deps.api.postMessage(deps.channel, payload);
    case "update": {
      if (!deps.api) throw new SlackCallError("SLACK_BOT_TOKEN is no longer set", true);
      const post = row.post_id ? await findSlackRow(deps.db, row.post_id) : undefined;
      if (!post || post.status === "failed") throw new SlackCallError("the message to update was never posted", true);
      if (!post.channel || !post.ts) throw new WaitForPost("waiting for the message to be posted");
      await deps.api.update(post.channel, post.ts, payload);
      return null;
    }
    case "ephemeral":
      if (!deps.api || !row.channel || !payload.user)
        throw new SlackCallError("an ephemeral message needs the bot token, a channel and a user", true);
      await deps.api.postEphemeral(row.channel, payload.user, payload.text);
      return null;
    case "webhook":
      if (!deps.webhook) throw new SlackCallError("SLACK_WEBHOOK_URL is no longer set", true);
      await deps.webhook.send(payload);
      return null;
    default:
      throw new SlackCallError(`unknown Slack action ${row.action}`, true);
  }
}
