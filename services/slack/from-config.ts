// Slack from the configuration: with SLACK_BOT_TOKEN (plus channel and signing secret) messages
// with buttons and the interaction endpoint; with SLACK_WEBHOOK_URL alone, notices without
// buttons; with neither, nothing.
import type { Database } from "../../db/connection.ts";
import type { Config } from "../config/env.ts";
import type { Logger } from "../core/logger.ts";
import { createSlackApi, createSlackWebhook, type SlackApi, type SlackWebhookPoster } from "./slack-api.ts";
import { feedSlack } from "./slack-feed.ts";
import { deliverSlack } from "./slack-sender.ts";
import { slackManagerDirectory } from "./slack-users.ts";
import type { InteractionDeps } from "./handle-interaction.ts";

export interface SlackSetup {
  mode: "bot" | "webhook";
  api: SlackApi | null;
  webhook: SlackWebhookPoster | null;
  /** the worker's periodic task: events to the Slack outbox, then delivery */
  task: { name: string; everyMs: number; run: () => Promise<unknown> };
  /** the interaction endpoint's dependencies (bot mode only) */
  interactions: { signingSecret: string; handler: InteractionDeps } | null;
}

export function slackFromConfig(deps: {
  db: Database;
  config: Config;
  logger: Logger;
  onMailQueued?: () => void;
}): SlackSetup | null {
  const { config, db } = deps;
  const logger = deps.logger.child({ component: "slack" });
  const api = config.SLACK_BOT_TOKEN
    ? createSlackApi({
        token: config.SLACK_BOT_TOKEN,
        apiUrl: config.SLACK_API_URL,
        logger: logger.child({ lib: "@slack/web-api" }),
      })
    : null;
  const webhook = config.SLACK_WEBHOOK_URL ? createSlackWebhook({ url: config.SLACK_WEBHOOK_URL }) : null;
  if (!api && !webhook) return null;
  const mode = api ? "bot" : "webhook";
  const sender = { db, logger, channel: config.SLACK_CHANNEL ?? null, api, webhook };
  return {
    mode,
    api,
    webhook,
    task: {
      name: "slack",
      everyMs: 2000,
      run: async () => {
        await feedSlack({ db, config, mode });
        return deliverSlack(sender);
      },
    },
    interactions:
      api && config.SLACK_SIGNING_SECRET
        ? {
            signingSecret: config.SLACK_SIGNING_SECRET,
            handler: {
              db,
              config,
              logger,
              api,
              directory: slackManagerDirectory(config, api),
              ...(deps.onMailQueued ? { onMailQueued: deps.onMailQueued } : {}),
            },
          }
        : null,
  };
}
