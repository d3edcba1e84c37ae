// Every third-party fixture message goes through parseMessage: one result each, no throw, and
// the kind its folder README states (bounce, auto-reply, not-a-bounce) in at least 95% of cases.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import type { MessageKind } from "../../services/parser/schema.ts";
import { sharedOrSkip, sharedPath } from "../helpers/shared.ts";

const root = sharedPath("fixtures");

/** Kinds stated in the fixture READMEs (path relative to fixtures/). "!x" = anything but x. */
const EXPECTED: Record<string, MessageKind | `!${MessageKind}`> = {
  "chatwoot/auto_reply.eml": "auto_reply",
  "chatwoot/auto_reply_with_auto_submitted.eml": "auto_reply",
  "chatwoot/non_utf_encoded_mail.eml": "auto_reply",
  "chatwoot/bounced_gmail.eml": "bounce",
  "chatwoot/bounced_with_no_from.eml": "bounce",
  "chatwoot/notification.eml": "other",
  "flanker/bounce/zed.eml": "bounce",
  "flanker/bounce/office365.eml": "bounce",
  "flanker/bounce/mailbox-full.eml": "bounce",
  "flanker/bounce/gmail-invalid-address.eml": "bounce",
  "flanker/bounce/gmail-no-dns.eml": "bounce",
  "flanker/bounce/broken-mime.eml": "bounce",
  "flanker/bounce/delayed.eml": "bounce",
  "flanker/bounce/delayed-broken.eml": "bounce",
  "flanker/bounce/no-mx.eml": "bounce",
  "flanker/complaints/aol.eml": "!bounce",
  "flanker/complaints/yahoo.eml": "!bounce",
  "flanker/disposition-notification.eml": "!bounce",
  "flanker/signed.eml": "other",
  "mail-gem/multipart_report_emails/report_530.eml": "bounce",
  "mail-gem/multipart_report_emails/report_422.eml": "bounce",
  "mail-gem/multipart_report_emails/multipart_report_multiple_status.eml": "bounce",
  "mail-gem/multipart_report_emails/multi_address_bounce1.eml": "bounce",
  "mail-gem/multipart_report_emails/multi_address_bounce2.eml": "bounce",
  "nodemailer-mailparser/delivery-status.eml": "bounce",
  "php-bounce-handler/vac1": "auto_reply",
  "php-bounce-handler/vac2": "auto_reply",
  "php-bounce-handler/vac3": "auto_reply",
  "php-bounce-handler/vac4": "auto_reply",
  "php-bounce-handler/vac5": "auto_reply",
  "php-bounce-handler/vac6": "auto_reply",
  "php-bounce-handler/vac7": "auto_reply",
  "php-bounce-handler/61.eml": "bounce",
  "php-bounce-handler/62.eml": "bounce",
  "php-bounce-handler/5.1.1.eml": "bounce",
  "php-bounce-handler/arf1.txt": "!bounce",
  "php-bounce-handler/arf2.txt": "!bounce",
  "php-bounce-handler/arf3.txt": "!bounce",
  "php-bounce-handler/fbl-aol.txt": "!bounce",
  "php-bounce-handler/fbl-comcast.txt": "!bounce",
  "php-bounce-handler/fbl-yahoo.txt": "!bounce",
  "php-bounce-handler/fbl-hotmail.txt": "!bounce",
  "php-bounce-handler/hotmailbounce.txt": "!bounce",
  "postal-mime/bounce.eml": "bounce",
  "postal-mime/arf.eml": "other",
  "postal-mime/mimetorture.eml": "other",
  "postal-mime/calendar-event.eml": "other",
  "spamscope-mail-parser/mail_malformed_2": "bounce",
  "spamscope-mail-parser/mail_test_16": "other",
  "spamscope-mail-parser/mail_test_5": "other",
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const haveFixtures = sharedOrSkip("the third-party fixture suite", root);

describe.skipIf(!haveFixtures)("third-party fixtures", () => {
  // a skipped describe still collects its body: no walk without the folder
  const files = (haveFixtures ? walk(root) : [])
    .map((f) => relative(root, f))
    .filter((f) => f.endsWith(".eml") || f in EXPECTED)
    .sort();

  it("parses every message to exactly one result without throwing", async () => {
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      const r = await parseMessage(readFileSync(join(root, f)), { vendorDomains: ["vendor.example"] });
      expect(r.output.kind, f).toMatch(/^(registration|reply|auto_reply|bounce|other)$/);
    }
  }, 240_000);

  it("gives the kind the READMEs state for at least 95% of the listed messages", async () => {
    const wrong: string[] = [];
    const listed = Object.keys(EXPECTED);
    for (const f of listed) {
      const r = await parseMessage(readFileSync(join(root, f)), { vendorDomains: ["vendor.example"] });
      const want = EXPECTED[f]!;
      const ok = want.startsWith("!")
        ? r.output.kind !== want.slice(1) && r.output.kind !== "registration"
        : r.output.kind === want;
      if (!ok) wrong.push(`${f}: want ${want}, got ${r.output.kind}`);
    }
    expect(wrong.length / listed.length, wrong.join("\n")).toBeLessThanOrEqual(0.05);
  }, 120_000);

  it("never takes django-mailbox messages for bounces or registrations", async () => {
    for (const f of files.filter((x) => x.startsWith("django-mailbox/"))) {
      const r = await parseMessage(readFileSync(join(root, f)), { vendorDomains: ["vendor.example"] });
      expect(["bounce", "registration"], f).not.toContain(r.output.kind);
    }
  }, 60_000);
});
