// Which manager a Slack user is: their Slack profile e-mail (users.info, needs the
// users:read.email scope), which must be listed in MANAGERS. Looked up once per user and kept
// for a while, so a burst of clicks costs one API call.
import { errorMessage } from "../core/errors.ts";
import type { Config } from "../config/env.ts";
import type { SlackApi, SlackUser } from "./slack-api.ts";

export type ManagerLookup = { ok: true; email: string } | { ok: false; reason: string };

export interface SlackManagerDirectory {
  managerFor(userId: string): Promise<ManagerLookup>;
}

const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 1000;

export function slackManagerDirectory(
  config: Config,
  api: Pick<SlackApi, "userInfo">,
  now: () => number = Date.now,
): SlackManagerDirectory {
  const cache = new Map<string, { user: SlackUser; until: number }>();
  const lookup = async (userId: string): Promise<SlackUser> => {
    const hit = cache.get(userId);
    if (hit && hit.until > now()) return hit.user;
    const user = await api.userInfo(userId);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(userId, { user, until: now() + TTL_MS });
    return user;
  };
  return {
    async managerFor(userId) {
      let user: SlackUser;
      try {
        user = await lookup(userId);
      } catch (err) {
        return { ok: false, reason: `the Slack user could not be looked up (${errorMessage(err)})` };
      }
      if (!user.active) return { ok: false, reason: "the Slack user is deactivated or a bot" };
      if (!user.email)
        return { ok: false, reason: "the Slack profile has no e-mail (the app needs the users:read.email scope)" };
      if (!config.MANAGERS.includes(user.email))
        return { ok: false, reason: `${user.email} is not a configured manager` };
      return { ok: true, email: user.email };
    },
  };
}
