import { describe, expect, it } from "vitest";
import { receivedAsSpam, SPAM_HEADERS } from "../../services/ingest/received-as-spam.ts";

// A value each filter writes for spam (or an infected mail) and one it writes for clean mail.
const VALUES: Record<string, [spam: string, clean: string]> = {
  "x-spam-flag": ["YES", "NO"],
  "x-spam-status": ["Yes, score=8.2 required=5.0 tests=BAYES_99,URIBL_BLACK", "No, score=-0.1 required=5.0"],
  "x-spam": ["Yes", "No"],
  "x-virus-status": ["Infected (Win.Test.EICAR_HDB-1)", "Clean"],
  "x-ms-exchange-organization-scl": ["5", "1"],
};

const noSes = null;

describe("a receiving filter's verdict", () => {
  it("has example values for every header it reads", () => {
    expect(Object.keys(VALUES).sort()).toEqual(SPAM_HEADERS.map((h) => h.header).sort());
  });

  it.each(SPAM_HEADERS.map((h) => [h.header, h.filter] as const))(
    "reads %s (%s) as spam only when it says so",
    (header, filter) => {
      const [spam, clean] = VALUES[header]!;
      expect(receivedAsSpam({ [header]: spam }, noSes)).toContain(filter);
      expect(receivedAsSpam({ [header]: clean }, noSes)).toBeNull();
    },
  );

  it("takes Exchange's high-confidence level and leaves its trusted and low levels alone", () => {
    expect(receivedAsSpam({ "x-ms-exchange-organization-scl": "9" }, noSes)).not.toBeNull();
    for (const level of ["-1", "0", "4"])
      expect(receivedAsSpam({ "x-ms-exchange-organization-scl": level }, noSes)).toBeNull();
  });

  it("takes SES's spam and virus verdicts, and nothing from its other answers", () => {
    const ses = { spf: "FAIL", dkim: "FAIL", dmarc: "FAIL", spam: "PASS", virus: "PASS" };
    expect(receivedAsSpam({}, ses)).toBeNull();
    expect(receivedAsSpam({}, { ...ses, spam: "FAIL" })).toMatch(/SES spam/);
    expect(receivedAsSpam({}, { ...ses, virus: "FAIL" })).toMatch(/SES virus/);
    expect(receivedAsSpam({}, { ...ses, spam: "GRAY", virus: "PROCESSING_FAILED" })).toBeNull();
  });

  it("says nothing of a mail without verdicts", () => {
    expect(
      receivedAsSpam({ subject: "Deal registration", "x-virus-scanned": "clamav-milter 1.0.1" }, noSes),
    ).toBeNull();
  });
});
