// Slack for managers end to end against the local fake Slack: notices with buttons from the case
// timeline, signed clicks deciding through the same path as mail, refusals, rate limits.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { dbBackends } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { signInteraction, startFakeSlack, type FakeSlack } from "../helpers/fake-slack.ts";
import { seedCase } from "../cases/seed.ts";
import { buildApp } from "../../services/web/app.ts";
import { queueManagerNotices } from "../../services/cases/mail/case-mail.ts";
import type { InteractionOutcome } from "../../services/slack/handle-interaction.ts";
import type { CaseRow } from "../../db/schema.ts";
import { toCase } from "../../services/repos/cases.ts";
import { runReminders } from "../../services/cases/reminders.ts";
import { applyDecision } from "../../services/cases/apply-decision.ts";

const SECRET = "test-signing-secret-0123456789";
const LENA = "U0LENA";
const STRANGER = "U0EVE";

type Ctx = Awaited<ReturnType<typeof testApp>>;

describe.each(dbBackends())("Slack on $name", (backend) => {
  let slack: FakeSlack;
  let ctx: Ctx;
  let app: FastifyInstance;
  let settled: ((o: InteractionOutcome | Error) => void)[];
  let outcomes: (InteractionOutcome | Error)[];

  beforeAll(async () => {
    slack = await startFakeSlack();
    slack.addUser(LENA, "Lena.Vogt@northbeam.io");
    slack.addUser(STRANGER, "eve@northbeam.io");
  });
  afterAll(async () => slack.close());

  beforeEach(async () => {
    slack.calls.length = 0;
    slack.messages.clear();
    ctx = await testApp(backend, {
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CHANNEL: slack.channel,
      SLACK_API_URL: slack.apiUrl,
    });
    settled = [];
    outcomes = [];
    app = await buildApp(ctx, {
      onSlackSettled: (o) => {
        const waiter = settled.shift();
        if (waiter) waiter(o);
        else outcomes.push(o);
      },
    });
  });
  afterEach(async () => {
    await app.close();
    await ctx.close();
  });

  const nextOutcome = () =>
    outcomes.length
      ? Promise.resolve(outcomes.shift()!)
      : new Promise<InteractionOutcome | Error>((r) => settled.push(r));
  const runSlack = () => ctx.slack!.task.run();
  const click = async (user: string, caseId: number, action = "dealreg_approve", at = new Date()) => {
    const payload = {
      type: "block_actions",
      user: { id: user },
      trigger_id: "1337.42.abc",
      channel: { id: slack.channel },
      container: { channel_id: slack.channel },
      actions: [{ action_id: action, value: String(caseId) }],
    };
    const { headers, body } = signInteraction(SECRET, payload, at);
    return app.inject({ method: "POST", url: "/slack/interactions", headers, payload: body });
  };
  const noticed = async (o: Parameters<typeof seedCase>[1] = {}): Promise<CaseRow> => {
    const c = await seedCase(ctx.database.db, o);
    await ctx.database.db
      .transaction()
      .execute((trx) =>
        queueManagerNotices(trx, { config: ctx.config, caseRow: toCase(c), conflict: null, now: new Date() }),
      );
    await runSlack();
    return c;
  };
  const caseRow = (id: number) =>
    ctx.database.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("posts one message per case needing a decision, with Approve / Reject / Ask, partner text escaped", async () => {
    const c = await noticed({ company: "Acme <!channel> <https://evil.example|click>" });
    const posts = slack.calls.filter((x) => x.method === "chat.postMessage");
    expect(posts).toHaveLength(1); // two managers were mailed, the channel hears once
    const blocks = JSON.parse(posts[0]!.args.blocks as string) as {
      type: string;
      elements?: { action_id: string; value: string }[];
      text?: { text: string };
    }[];
    expect(blocks.find((b) => b.type === "actions")?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ["dealreg_approve", String(c.id)],
      ["dealreg_reject", String(c.id)],
      ["dealreg_info", String(c.id)],
    ]);
    const section = blocks.find((b) => b.type === "section")!.text!.text;
    expect(section).toContain("Acme &lt;!channel&gt; &lt;https://evil.example|click&gt;");
    expect(section).not.toContain("<!channel>");
    await runSlack();
    expect(slack.calls.filter((x) => x.method === "chat.postMessage")).toHaveLength(1); // idempotent
  });

  it("a manager's signed click approves through the mail path's decision and updates the message", async () => {
    const c = await noticed();
    const res = await click(LENA, c.id);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("");
    expect(await nextOutcome()).toMatchObject({ status: "decided", manager: "lena.vogt@northbeam.io" });
    const row = await caseRow(c.id);
    expect(row.status).toBe("approved");
    expect(row.decided_by).toBe("manager:lena.vogt@northbeam.io via Slack");
    expect(row.protected_until).not.toBeNull();
    const ev = await ctx.database.db
      .selectFrom("timeline_events")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "approved")
      .executeTakeFirstOrThrow();
    expect(ev.actor).toBe("manager:lena.vogt@northbeam.io via Slack");
    const mail = await ctx.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "decision")
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to_addresses).toEqual(["anna@brightpath.example"]);

    await runSlack();
    const post = await ctx.database.db
      .selectFrom("slack_outbox")
      .selectAll()
      .where("action", "=", "post")
      .executeTakeFirstOrThrow();
    const updates = slack.calls.filter((x) => x.method === "chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.args.ts).toBe(post.ts);
    const msg = slack.messages.get(`${post.channel}:${post.ts}`)!;
    expect(msg.text).toContain("Approved by manager:lena.vogt@northbeam.io via Slack");
    expect(JSON.stringify(msg.blocks)).not.toContain("dealreg_approve");
    expect(updates[0]!.args.channel).toBe(slack.channel);
  });

  it("a double click decides once; the second is told the case is already approved", async () => {
    const c = await noticed();
    await Promise.all([click(LENA, c.id), click(LENA, c.id)]);
    const results = [await nextOutcome(), await nextOutcome()];
    expect(results.map((r) => ("status" in r ? r.status : "error")).sort()).toEqual(["decided", "refused"]);
    expect(results.find((r) => "status" in r && r.status === "refused")).toMatchObject({
      reason: expect.stringMatching(/approved|not open/),
    });
    expect(
      await ctx.database.db
        .selectFrom("outbox")
        .select("id")
        .where("case_id", "=", c.id)
        .where("kind", "=", "decision")
        .execute(),
    ).toHaveLength(1);
    expect(
      await ctx.database.db
        .selectFrom("timeline_events")
        .select("id")
        .where("case_id", "=", c.id)
        .where("kind", "=", "approved")
        .execute(),
    ).toHaveLength(1);
    await runSlack();
    expect(slack.calls.filter((x) => x.method === "chat.postEphemeral")).toHaveLength(1);
  });

  it("a click by a Slack user who is not a manager changes nothing and is recorded", async () => {
    const c = await noticed();
    await click(STRANGER, c.id);
    expect(await nextOutcome()).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("eve@northbeam.io is not a configured manager"),
    });
    expect((await caseRow(c.id)).status).toBe("pending");
    const refused = await ctx.database.db
      .selectFrom("timeline_events")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("kind", "=", "command_refused")
      .executeTakeFirstOrThrow();
    expect(refused.actor).toBe(`slack:${STRANGER}`);
    await runSlack();
    const eph = slack.calls.filter((x) => x.method === "chat.postEphemeral");
    expect(eph).toHaveLength(1);
    expect(eph[0]!.args.user).toBe(STRANGER);
    // a Slack user unknown to Slack is refused the same way
    await click("U0NOBODY", c.id);
    expect(await nextOutcome()).toMatchObject({ status: "refused", reason: expect.stringContaining("user_not_found") });
  });

  it("a forged signature and a replay older than five minutes are refused before anything is read", async () => {
    const c = await noticed();
    const payload = {
      type: "block_actions",
      user: { id: LENA },
      actions: [{ action_id: "dealreg_approve", value: String(c.id) }],
    };
    const forged = signInteraction("not-the-secret", payload);
    expect(
      (await app.inject({ method: "POST", url: "/slack/interactions", headers: forged.headers, payload: forged.body }))
        .statusCode,
    ).toBe(401);
    const old = signInteraction(SECRET, payload, new Date(Date.now() - 6 * 60_000));
    expect(
      (await app.inject({ method: "POST", url: "/slack/interactions", headers: old.headers, payload: old.body }))
        .statusCode,
    ).toBe(401);
    const tampered = signInteraction(SECRET, payload);
    const body = tampered.body.replace(String(c.id), String(c.id + 1));
    expect(
      (await app.inject({ method: "POST", url: "/slack/interactions", headers: tampered.headers, payload: body }))
        .statusCode,
    ).toBe(401);
    expect((await caseRow(c.id)).status).toBe("pending");
    expect(slack.calls.filter((x) => x.method === "users.info")).toHaveLength(0);
  });

  it("reject asks for a reason in a modal, and the submission decides", async () => {
    const c = await noticed({ status: "conflict", conflictReason: "existing_customer" });
    await click(LENA, c.id, "dealreg_reject");
    expect(await nextOutcome()).toMatchObject({ status: "modal_opened" });
    const [open] = slack.calls.filter((x) => x.method === "views.open");
    const view = JSON.parse(open!.args.view as string) as { callback_id: string; private_metadata: string };
    const submission = {
      type: "view_submission",
      user: { id: LENA },
      view: {
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: { argument: { text: { type: "plain_text_input", value: "Existing customer since 2021" } } } },
      },
    };
    const { headers, body } = signInteraction(SECRET, submission);
    expect((await app.inject({ method: "POST", url: "/slack/interactions", headers, payload: body })).statusCode).toBe(
      200,
    );
    expect(await nextOutcome()).toMatchObject({ status: "decided", decision: "reject" });
    expect(await caseRow(c.id)).toMatchObject({ status: "rejected", decision_reason: "Existing customer since 2021" });
  });

  it("an SLA reminder posts again with buttons, an ending window without; a decision by mail updates every message", async () => {
    const c = await noticed({ createdAt: new Date(Date.now() - 72 * 3_600_000) });
    await runReminders({ db: ctx.database.db, config: ctx.config });
    await runSlack();
    const posts = slack.calls.filter((x) => x.method === "chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(String(posts[1]!.args.text)).toContain("Still waiting for a decision");
    expect(String(posts[1]!.args.blocks)).toContain("dealreg_approve");
    // decided on the admin page or by mail: the Slack messages follow
    await ctx.database.db.transaction().execute((trx) =>
      applyDecision(trx, {
        config: ctx.config,
        caseId: c.id,
        decision: "reject",
        argument: "duplicate of an older deal",
        actor: "manager:sam.reed@northbeam.io",
        now: new Date(),
      }),
    );
    await runSlack();
    const updates = slack.calls.filter((x) => x.method === "chat.update");
    expect(updates).toHaveLength(2);
    expect(String(updates[0]!.args.text)).toContain(
      "Rejected by manager:sam.reed@northbeam.io: duplicate of an older deal",
    );

    const approved = await seedCase(ctx.database.db, {
      company: "Ending GmbH",
      domain: "ending.de",
      status: "approved",
      protectedUntil: new Date(Date.now() + 3 * 86_400_000),
    });
    await runReminders({ db: ctx.database.db, config: ctx.config });
    await runSlack();
    const ending = slack.calls.filter((x) => x.method === "chat.postMessage").at(-1)!;
    expect(String(ending.args.text)).toContain(`Protection window ends soon: ${approved.case_number}`);
    expect(String(ending.args.blocks)).not.toContain("dealreg_approve");
  });

  it("waits out a 429's Retry-After without spending attempts; a permanent error stays visible", async () => {
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 30 });
    const c = await noticed();
    let row = await ctx.database.db
      .selectFrom("slack_outbox")
      .selectAll()
      .where("case_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "queued", attempts: 0, last_error: expect.stringContaining("rate limited") });
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    await ctx.database.db
      .updateTable("slack_outbox")
      .set({ next_attempt_at: new Date(0) })
      .execute();
    slack.failNext("chat.postMessage", { error: "channel_not_found" });
    await runSlack();
    row = await ctx.database.db
      .selectFrom("slack_outbox")
      .selectAll()
      .where("case_id", "=", c.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", last_error: "Slack chat.postMessage: channel_not_found" });
    const health = (await app.inject({ method: "GET", url: "/healthz" })).json();
    expect(health.slack).toEqual({
      ok: true,
      queued: 0,
      failed: 1,
      lastError: "Slack chat.postMessage: channel_not_found",
    });
  });
});

describe.each(dbBackends())("Slack webhook only on $name", (backend) => {
  let slack: FakeSlack;
  let ctx: Ctx;
  beforeEach(async () => {
    slack = await startFakeSlack();
    ctx = await testApp(backend, { SLACK_WEBHOOK_URL: slack.webhookUrl });
  });
  afterEach(async () => {
    await ctx.close();
    await slack.close();
  });

  it("posts notices without buttons, and the decision as a follow-up; no interaction endpoint", async () => {
    const c = await seedCase(ctx.database.db);
    await ctx.database.db
      .transaction()
      .execute((trx) =>
        queueManagerNotices(trx, { config: ctx.config, caseRow: toCase(c), conflict: null, now: new Date() }),
      );
    slack.failNext("webhook", { status: 429, retryAfter: 1 });
    await ctx.slack!.task.run();
    expect(slack.webhookPosts).toHaveLength(0);
    await ctx.database.db
      .updateTable("slack_outbox")
      .set({ next_attempt_at: new Date(0) })
      .execute();
    await ctx.slack!.task.run();
    expect(slack.webhookPosts).toHaveLength(1);
    expect(JSON.stringify(slack.webhookPosts[0])).not.toContain("dealreg_approve");
    expect(ctx.slack!.interactions).toBeNull();
    const app = await buildApp(ctx);
    expect((await app.inject({ method: "POST", url: "/slack/interactions", payload: "" })).statusCode).toBe(404);
    await app.close();
  });
});
