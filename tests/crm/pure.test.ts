// The pure parts of the CRM sync: configuration, waits, signatures, job fan-out.
import { describe, expect, it } from "vitest";
import type { ConfigError } from "../../services/config/env.ts";
import { loadConfig } from "../../services/config/env.ts";
import { retryAfterMs } from "../../services/crm/hubspot/client.ts";
import { signatureV3, verifySignatureV3 } from "../../services/crm/hubspot/signature.ts";
import { jobsForEvent } from "../../services/repos/sync-jobs.ts";
import { syncBackoffMs } from "../../services/crm/sync-worker.ts";
import { stageFor } from "../../services/crm/stages.ts";

describe("CRM configuration", () => {
  it("lists what is missing or malformed", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems({ CRM: "hubspot" })).toEqual([expect.stringMatching(/^HUBSPOT_TOKEN: CRM=hubspot needs/)]);
    expect(problems({ WEBHOOK_URLS: "https://hooks.example/x" })).toEqual([expect.stringMatching(/^WEBHOOK_SECRET:/)]);
    expect(problems({ WEBHOOK_URLS: "not a url", WEBHOOK_SECRET: "plain" })).toHaveLength(2);
    expect(problems({ HUBSPOT_STAGES: "pending=a,approved" })).toEqual([
      expect.stringMatching(/^HUBSPOT_STAGES: "approved" is not status=stage/),
    ]);
    expect(problems({ HUBSPOT_STAGES: "pending=a,approved=b" })).toEqual([
      expect.stringMatching(/^HUBSPOT_STAGES: needs a stage for rejected/),
    ]);
    expect(loadConfig({ CRM: "hubspot", HUBSPOT_TOKEN: "t" }).HUBSPOT_STAGES).toEqual({
      pending: "appointmentscheduled",
      approved: "qualifiedtobuy",
      rejected: "closedlost",
    });
    expect(problems({ CRM: "salesforce" })).toEqual([
      expect.stringMatching(/^SALESFORCE_CLIENT_ID:/),
      expect.stringMatching(
        /^SALESFORCE_CLIENT_SECRET: CRM=salesforce needs SALESFORCE_CLIENT_SECRET .* or SALESFORCE_PRIVATE_KEY/,
      ),
    ]);
    expect(problems({ SALESFORCE_PARTNER_FIELDS: "partnerEmail=Partner_Email__c,owner=X__c" })).toEqual([
      expect.stringMatching(/^SALESFORCE_PARTNER_FIELDS: "owner=X__c" is not value=Field__c/),
    ]);
    expect(
      loadConfig({ CRM: "salesforce", SALESFORCE_CLIENT_ID: "id", SALESFORCE_CLIENT_SECRET: "s" }).SALESFORCE_STAGES,
    ).toEqual({ pending: "Prospecting", approved: "Qualification", rejected: "Closed Lost" });
  });
  it("maps open statuses to the pending stage and leaves expired alone", () => {
    const stages = { pending: "p", approved: "a", rejected: "r" };
    expect(stageFor(stages, "info_requested")).toBe("p");
    expect(stageFor(stages, "approved")).toBe("a");
    expect(stageFor(stages, "expired")).toBeNull();
  });
});

describe("waits", () => {
  const now = Date.UTC(2026, 11, 3, 13, 0, 0);
  it("honours Retry-After in seconds or as a date, the interval header, and the daily reset at midnight UTC", () => {
    expect(retryAfterMs(new Headers({ "retry-after": "7" }), false, now)).toBe(7000);
    expect(retryAfterMs(new Headers({ "retry-after": new Date(now + 30_000).toUTCString() }), false, now)).toBe(30_000);
    expect(retryAfterMs(new Headers({ "x-hubspot-ratelimit-interval-milliseconds": "10000" }), false, now)).toBe(
      10_000,
    );
    expect(retryAfterMs(new Headers(), true, now)).toBe(11 * 3_600_000);
  });
  it("backs off exponentially, capped, and never shorter than the CRM asks", () => {
    expect(syncBackoffMs(1, null)).toBe(15_000);
    expect(syncBackoffMs(3, null)).toBe(60_000);
    expect(syncBackoffMs(20, null)).toBe(3_600_000);
    expect(syncBackoffMs(1, 120_000)).toBe(120_000);
  });
});

describe("HubSpot signature v3", () => {
  const input = {
    method: "POST",
    uri: "https://dealreg.example/crm/hubspot/events",
    body: '[{"objectId":1}]',
    timestamp: "1764766800000",
  };
  it("accepts a fresh valid signature and refuses forged, stale and missing ones", () => {
    const signature = signatureV3("secret", input);
    const at = Number(input.timestamp);
    expect(verifySignatureV3("secret", { ...input, signature }, at + 60_000)).toEqual({ ok: true });
    expect(verifySignatureV3("other", { ...input, signature }, at)).toMatchObject({
      ok: false,
      reason: "signature mismatch",
    });
    expect(verifySignatureV3("secret", { ...input, signature }, at + 5 * 60_000 + 1)).toMatchObject({ ok: false });
    expect(verifySignatureV3("secret", { ...input, signature: undefined }, at)).toMatchObject({ ok: false });
  });
  it("signs the URI with HubSpot's decoded characters", () => {
    expect(signatureV3("s", { ...input, uri: "https://x.example/a%3Fb" })).toBe(
      signatureV3("s", { ...input, uri: "https://x.example/a?b" }),
    );
  });
});

describe("sync jobs for a case event", () => {
  const targets = [
    { target: "crm", kind: "crm" as const },
    { target: "webhook:https://h.example", kind: "webhook" as const },
  ];
  it("syncs the case, logs the mail and notes a status change; webhooks get the event", () => {
    const jobs = jobsForEvent(
      {
        eventId: 9,
        caseId: 3,
        kind: "status_changed",
        inboundMessageId: 5,
        outboxId: null,
        data: { from: "info_requested", to: "pending" },
      },
      targets,
    );
    expect(jobs.map((j) => `${j.target}/${j.kind}/${j.ref}`)).toEqual([
      "crm/case/case:3",
      "crm/mail/in:5",
      "crm/note/ev:9",
      "webhook:https://h.example/webhook/ev:9",
    ]);
  });
  it("asks the CRM again for a case registered while it was unreachable", () => {
    const jobs = jobsForEvent(
      { eventId: 1, caseId: 3, kind: "registered", inboundMessageId: 5, outboxId: null, data: { crmCheck: "pending" } },
      [targets[0]!],
    );
    expect(jobs.map((j) => j.kind)).toEqual(["case", "mail", "check"]);
  });
});
