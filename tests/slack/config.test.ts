import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, publicUrl } from "../../services/config/env.ts";

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe("Slack, digest and public URL settings", () => {
  it("a bot token needs its channel and signing secret; a webhook alone is enough", () => {
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      expect.stringMatching(/^SLACK_CHANNEL:/),
      expect.stringMatching(/^SLACK_SIGNING_SECRET:/),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_CHANNEL: "C1", SLACK_SIGNING_SECRET: "s" })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: a bot token starts with xoxb-/),
    ]);
    expect(problems({ SLACK_WEBHOOK_URL: "https://hooks.slack.com/services/T/B/x" })).toEqual([]);
  });

  it("PARTNER_DIGEST is a weekday and UTC time, or off", () => {
    expect(loadConfig({}).PARTNER_DIGEST).toEqual({ weekday: 1, hour: 7, minute: 0 });
    expect(loadConfig({ PARTNER_DIGEST: "Fri 16:30" }).PARTNER_DIGEST).toEqual({ weekday: 5, hour: 16, minute: 30 });
    expect(loadConfig({ PARTNER_DIGEST: "off" }).PARTNER_DIGEST).toBeNull();
    expect(problems({ PARTNER_DIGEST: "weekly" })).toEqual([
      expect.stringMatching(/^PARTNER_DIGEST: use "<day> <HH:MM>"/),
    ]);
  });

  it("links use PUBLIC_URL, else http://HOST:PORT", () => {
    expect(publicUrl(loadConfig({ PUBLIC_URL: "https://deals.vendor.example/" }))).toBe("https://deals.vendor.example");
    expect(publicUrl(loadConfig({ HOST: "0.0.0.0", PORT: "8080" }))).toBe("http://0.0.0.0:8080");
  });
});
