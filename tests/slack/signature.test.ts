import { describe, expect, it } from "vitest";
import { slackSignature, verifySlackSignature } from "../../services/slack/signature.ts";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const now = new Date("2026-12-03T13:00:00Z");
const ts = String(Math.floor(now.getTime() / 1000));
const body = Buffer.from("payload=%7B%22type%22%3A%22block_actions%22%7D");

describe("Slack request signature (v0)", () => {
  it("matches Slack's documented example", () => {
    // api.slack.com/authentication/verifying-requests-from-slack, the worked example
    const exampleBody = Buffer.from(
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
    );
    expect(slackSignature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", exampleBody)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });

  it("accepts a correct signature within five minutes", () => {
    const signature = slackSignature(secret, ts, body);
    expect(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature, rawBody: body, now })).toEqual({
      ok: true,
    });
    const later = new Date(now.getTime() + 299_000);
    expect(
      verifySlackSignature({ signingSecret: secret, timestamp: ts, signature, rawBody: body, now: later }).ok,
    ).toBe(true);
  });

  it("refuses a replay older than five minutes, even correctly signed", () => {
    const signature = slackSignature(secret, ts, body);
    const later = new Date(now.getTime() + 301_000);
    expect(
      verifySlackSignature({ signingSecret: secret, timestamp: ts, signature, rawBody: body, now: later }),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/5 minutes/) });
  });

  it("refuses a wrong secret, a changed body, a changed timestamp and malformed headers", () => {
    const good = slackSignature(secret, ts, body);
    const check = (o: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
      verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: good, rawBody: body, now, ...o }).ok;
    expect(check({ signature: slackSignature("another-secret", ts, body) })).toBe(false);
    expect(check({ rawBody: Buffer.from(body.toString() + "&x=1") })).toBe(false);
    expect(check({ timestamp: String(Number(ts) - 1) })).toBe(false);
    expect(check({ signature: good.replace("v0=", "v1=") })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
    expect(check({ timestamp: "12abc" })).toBe(false);
    expect(check({ signature: good.slice(0, -1) })).toBe(false);
  });
});
