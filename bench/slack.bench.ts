// `node bin/run-ts.js bench/slack.bench.ts [clicks]`: a manager clicking Approve in Slack, measured
// end to end against the local fake Slack on in-memory PGlite: the signed request's answer (Slack
// gives up after 3 s), the decision committed after it, and the Slack feed + sender turning the
// decisions into message updates.
import { pct } from "./stats.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPglite } from "../db/connection.ts";
import { loadConfig } from "../services/config/env.ts";
import { createLogger } from "../services/core/logger.ts";
import { openAppContext } from "../services/app/context.ts";
import { buildApp } from "../services/web/app.ts";
import { queueManagerNotices } from "../services/cases/mail/case-mail.ts";
import { toCase } from "../services/repos/cases.ts";
import type { InteractionOutcome } from "../services/slack/handle-interaction.ts";
import { signInteraction, startFakeSlack } from "../tests/helpers/fake-slack.ts";
import { seedCase } from "../tests/cases/seed.ts";

const CLICKS = Number(process.argv[2] ?? 200);
const SECRET = "bench-signing-secret";

const slack = await startFakeSlack();
slack.addUser("U0LENA", "lena.vogt@northbeam.io");
const config = loadConfig({
  DATA_DIR: mkdtempSync(join(tmpdir(), "dealreg-bench-")),
  INBOUND_ADDRESS: "partners@northbeam.io",
  MANAGERS: "lena.vogt@northbeam.io",
  LOG_LEVEL: "silent",
  MAIL_TRANSPORT: "file",
  SLACK_BOT_TOKEN: slack.token,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_CHANNEL: slack.channel,
  SLACK_API_URL: slack.apiUrl,
});
const ctx = await openAppContext(config, createLogger("silent"), { database: await openPglite(null) });
const order: ((o: InteractionOutcome | Error) => void)[] = [];
const app = await buildApp(ctx, { onSlackSettled: (o) => order.shift()?.(o) });

const ids: number[] = [];
for (let i = 0; i < CLICKS; i++) {
  const c = await seedCase(ctx.database.db, {
    company: `Bench ${i} GmbH`,
    domain: `bench-${i}.de`,
    partnerEmail: `p${i}@brightpath.de`,
  });
  await ctx.database.db
    .transaction()
    .execute((trx) => queueManagerNotices(trx, { config, caseRow: toCase(c), conflict: null, now: new Date() }));
  ids.push(c.id);
}
let t0 = performance.now();
while (slack.calls.filter((c) => c.method === "chat.postMessage").length < CLICKS) await ctx.slack!.task.run();
const postMs = performance.now() - t0;

const ack: number[] = [];
const decided: number[] = [];
for (const id of ids) {
  const payload = {
    type: "block_actions",
    user: { id: "U0LENA" },
    channel: { id: slack.channel },
    actions: [{ action_id: "dealreg_approve", value: String(id) }],
  };
  const { headers, body } = signInteraction(SECRET, payload);
  const done = new Promise<InteractionOutcome | Error>((r) => order.push(r));
  const start = performance.now();
  const res = await app.inject({ method: "POST", url: "/slack/interactions", headers, payload: body });
  ack.push(performance.now() - start);
  const outcome = await done;
  decided.push(performance.now() - start);
  if (res.statusCode !== 200 || outcome instanceof Error || outcome.status !== "decided")
    throw new Error(`click on case ${id} failed: ${res.statusCode} ${JSON.stringify(outcome)}`);
}
t0 = performance.now();
while (slack.calls.filter((c) => c.method === "chat.update").length < CLICKS) await ctx.slack!.task.run();
const updateMs = performance.now() - t0;

console.log(`${CLICKS} cases, one Slack message each: feed + post ${(postMs / CLICKS).toFixed(1)} ms per message`);
console.log(
  `click -> HTTP answer: p50 ${pct(ack, 50).toFixed(1)} ms, p99 ${pct(ack, 99).toFixed(1)} ms, max ${Math.max(...ack).toFixed(1)} ms (Slack's limit: 3000 ms)`,
);
console.log(
  `click -> decision committed: p50 ${pct(decided, 50).toFixed(1)} ms, p99 ${pct(decided, 99).toFixed(1)} ms`,
);
console.log(`decisions -> messages updated: ${(updateMs / CLICKS).toFixed(1)} ms per message`);
await app.close();
await ctx.close();
await slack.close();
