import { describe, expect, it } from "vitest";
import { advisoryLockKey, parseImapUrl } from "../../services/ingest/imap/imap-url.ts";
import { backoffDelay } from "../../services/ingest/imap/backoff.ts";
import { planFetch, uidSet } from "../../services/ingest/imap/fetch-plan.ts";
import { chooseMarkMode, PROCESSED_KEYWORD } from "../../services/ingest/imap/mark-processed.ts";
import { imapHealth, type ImapWatcherStatus } from "../../services/ingest/imap/status.ts";
import { AppError } from "../../services/core/errors.ts";

describe("parseImapUrl", () => {
  it("reads an imaps URL with URL-encoded credentials and a mailbox", () => {
    const t = parseImapUrl("imaps://partners%40vendor.example:p%40ss%2Fw%3Ard@mail.vendor.example/Partner%20Mail");
    expect(t).toMatchObject({
      host: "mail.vendor.example",
      port: 993,
      secure: true,
      user: "partners@vendor.example",
      pass: "p@ss/w:rd",
      mailbox: "Partner Mail",
    });
    expect(t.key).toBe("partners%40vendor.example@mail.vendor.example/Partner Mail");
    expect(t.key).not.toContain("p@ss");
  });

  it("defaults to INBOX, port 143 for imap:// and keeps an explicit port", () => {
    expect(parseImapUrl("imap://u:p@127.0.0.1")).toMatchObject({ port: 143, secure: false, mailbox: "INBOX" });
    expect(parseImapUrl("imap://u:p@127.0.0.1:1143/INBOX")).toMatchObject({ port: 1143 });
  });

  it("names the same mailbox the same way whatever the port or scheme", () => {
    expect(parseImapUrl("imaps://u:p@Mail.Example.com:993/INBOX").key).toBe(
      parseImapUrl("imap://u:other@mail.example.com:143/INBOX").key,
    );
  });

  it.each(["https://u:p@host/INBOX", "imaps://host/INBOX", "imaps://u@host/INBOX", "not a url"])(
    "rejects %s with CONFIG_INVALID",
    (url) => {
      expect(() => parseImapUrl(url)).toThrow(AppError);
      try {
        parseImapUrl(url);
      } catch (err) {
        expect((err as AppError).code).toBe("CONFIG_INVALID");
        expect((err as Error).message).not.toContain(":p@");
      }
    },
  );

  it("derives a stable signed 64-bit lock key per mailbox", () => {
    const a = advisoryLockKey("u@host/INBOX");
    expect(a).toBe(advisoryLockKey("u@host/INBOX"));
    expect(a).not.toBe(advisoryLockKey("u@host/Other"));
    expect(a >= -(2n ** 63n) && a < 2n ** 63n).toBe(true);
  });
});

describe("backoffDelay", () => {
  it("doubles up to the cap with jitter between half and all of the ceiling", () => {
    const opts = { baseMs: 1000, maxMs: 60_000 };
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { ...opts, random: () => 1 })).toBe(1000);
    expect(backoffDelay(3, { ...opts, random: () => 1 })).toBe(8000);
    expect(backoffDelay(10, { ...opts, random: () => 1 })).toBe(60_000);
    expect(backoffDelay(1000, { ...opts, random: () => 0 })).toBe(30_000);
  });
});

describe("planFetch", () => {
  const limits = { maxCount: 3, maxBytes: 1000, maxMessageBytes: 500 };

  it("drops what is at or below the last UID (UID n+1:* also returns the newest message)", () => {
    expect(planFetch([{ uid: 7, size: 10 }], 7, limits)).toEqual({ batches: [], tooLarge: [], highestUid: 0 });
  });

  it("batches ascending by count and bytes and sets messages over the limit aside", () => {
    const listed = [9, 3, 4, 5, 6, 7, 8].map((uid) => ({
      uid,
      size: uid === 6 ? 600 : uid === 7 ? 480 : uid === 8 ? 450 : 100,
    }));
    const plan = planFetch(listed, 2, limits);
    expect(plan.batches).toEqual([[3, 4, 5], [7, 8], [9]]);
    expect(plan.tooLarge).toEqual([{ uid: 6, size: 600 }]);
    expect(plan.highestUid).toBe(9);
  });

  it("compacts UID sets", () => {
    expect(uidSet([7, 1, 2, 3, 5, 3])).toBe("1:3,5,7");
    expect(uidSet([4])).toBe("4");
  });
});

describe("chooseMarkMode", () => {
  it("moves when a processed mailbox is configured, else uses a private keyword, never \\Seen", () => {
    expect(chooseMarkMode("Done", new Set(["\\*"]))).toEqual({ kind: "move", mailbox: "Done" });
    expect(chooseMarkMode(undefined, new Set(["\\Seen", "\\*"]))).toEqual({
      kind: "keyword",
      keyword: PROCESSED_KEYWORD,
    });
    expect(chooseMarkMode(undefined, new Set(["\\Seen", "\\Flagged"])).kind).toBe("none");
  });
});

describe("imapHealth", () => {
  const base: ImapWatcherStatus = {
    mailbox: "u@h/INBOX",
    state: "idle",
    connected: true,
    holdsLock: true,
    lastSyncAt: null,
    lastUid: 3,
    uidValidity: "1",
    lastError: null,
    failures: 0,
    ingested: 3,
    mailboxTotal: 3,
    toFetch: 0,
    backlog: 0,
    processed: 3,
    lastBatchAt: null,
  };
  it("is healthy when connected or standing by for another instance, not between reconnects", () => {
    expect(imapHealth(base).ok).toBe(true);
    expect(imapHealth({ ...base, connected: false, state: "waiting_for_lock", holdsLock: false }).ok).toBe(true);
    expect(imapHealth({ ...base, connected: false, state: "backoff" }).ok).toBe(false);
    expect(imapHealth({ ...base, connected: false, state: "stopped" }).ok).toBe(false);
  });
});
