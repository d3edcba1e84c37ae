import { describe, expect, it } from "vitest";
import { stripReply } from "../../../services/cases/threading/strip-reply.ts";
import { runBodySet, runTalon, summarise, type CaseResult } from "./strip-reply-fixtures.ts";

// Levels reached when this was written (bench/strip-reply-eval.ts), minus a small margin.
const MIN_SHARE: Record<string, number> = {
  "github-email-reply-parser": 0.9, // 22/22
  "crisp-email-reply-parser": 0.95, // 74/74
  "talon/standard_replies": 0.9, // 12/12
  "talon/html": 0.8, // 10/11
  "talon/share-block": 1, // 1/1
};

function expectLevels(results: CaseResult[]): void {
  for (const [set, { right, total }] of summarise(results)) {
    const min = MIN_SHARE[set];
    if (min === undefined) continue;
    const failed = results.filter((r) => r.set === set && !r.ok).map((r) => `${r.file}: ${r.problems.join("; ")}`);
    expect(right / total, `${set}: ${right}/${total}\n${failed.join("\n")}`).toBeGreaterThanOrEqual(min);
  }
}

describe("stripReply on the fixture sets", () => {
  it("github-email-reply-parser", () => expectLevels(runBodySet("github-email-reply-parser")));
  it("crisp-email-reply-parser", () => expectLevels(runBodySet("crisp-email-reply-parser")));
  it("talon", async () => expectLevels(await runTalon()));
});

const lines = (...l: string[]): string => l.join("\n");

describe("stripReply headers", () => {
  it("cuts an English Outlook header block without an <address>", () => {
    const out = stripReply(
      lines(
        "Looks good.",
        "",
        "From: Jane Doe",
        "Sent: Monday, March 2, 2026 10:00 AM",
        "To: Partners",
        "Subject: REG-2026-000123",
        "",
        "Original text",
      ),
    );
    expect(out.newText).toBe("Looks good.");
    expect(out.quoted).toContain("Original text");
  });

  it("cuts a German Outlook header block and the rule above it", () => {
    const out = stripReply(
      lines(
        "Passt so.",
        "",
        "________________________________",
        "Von: Max Mustermann",
        "Gesendet: Montag, 2. März 2026 10:00",
        "An: Partner",
        "Betreff: AW: Registrierung",
        "",
        "Alter Text",
      ),
    );
    expect(out.newText).toBe("Passt so.");
    expect(out.quoted).toMatch(/^_+\nVon: Max/);
  });

  it("cuts at -----Original Message----- and -----Ursprüngliche Nachricht-----", () => {
    for (const sep of ["-----Original Message-----", "-----Ursprüngliche Nachricht-----"]) {
      const out = stripReply(lines("approve", "", sep, "old text"));
      expect(out.newText).toBe("approve");
      expect(out.quoted).toContain("old text");
    }
  });

  it("treats 'Am … schrieb …:' without address or 'um' as a quote header", () => {
    const out = stripReply(lines("genehmigt", "Am 02.03.2026 schrieb Max Mustermann:", "> Bitte freigeben"));
    expect(out.newText).toBe("genehmigt");
    expect(out.quoted).toBe(lines("Am 02.03.2026 schrieb Max Mustermann:", "> Bitte freigeben"));
  });

  it("takes a wrapped 'On … wrote:' header directly above the quote", () => {
    const out = stripReply(
      lines(
        "Yes, go ahead.",
        "On Mon, Mar 2, 2026 at 10:00 AM Jane Doe <",
        "jane@example.com> wrote:",
        "> Can we register Acme?",
      ),
    );
    expect(out.newText).toBe("Yes, go ahead.");
    expect(out.quoted).toContain("> Can we register Acme?");
  });
});

describe("stripReply signatures", () => {
  it("separates a '-- ' signature", () => {
    const out = stripReply(lines("Approved.", "", "-- ", "Jane Doe", "Channel manager"));
    expect(out).toEqual({ newText: "Approved.", quoted: "", signature: lines("-- ", "Jane Doe", "Channel manager") });
  });

  it("separates mobile footers in English and German and quotes what the phone put under them", () => {
    expect(stripReply(lines("ok", "", "Sent from my iPhone")).signature).toBe("Sent from my iPhone");
    const out = stripReply(lines("ok", "", "Von meinem iPhone gesendet", "", "Ursprünglicher Text ohne Zitatzeichen"));
    expect(out.newText).toBe("ok");
    expect(out.signature).toBe("Von meinem iPhone gesendet");
    expect(out.quoted).toBe("Ursprünglicher Text ohne Zitatzeichen");
  });

  it("keeps a 'Sent from my desk, …' sentence", () => {
    expect(stripReply(lines("Hi", "", "Sent from my desk, which is nicer than my phone.")).signature).toBeNull();
  });
});

describe("stripReply inline replies", () => {
  const inline = lines(
    "On Mar 2, 2026, at 10:00, Jane <jane@example.com> wrote:",
    "> Is the prospect Acme GmbH?",
    "",
    "Yes, acme.de.",
    "",
    "> And the deal size?",
    "",
    "About 40k EUR.",
    "",
    "> Thanks,",
    "> Jane",
  );

  it("keeps every answer and the questions between them", () => {
    const out = stripReply(inline);
    // The library drops blank lines between fragments; the content and order are what matter.
    expect(out.newText.replace(/\n+/g, "\n")).toBe(lines("Yes, acme.de.", "> And the deal size?", "About 40k EUR."));
    expect(out.quoted).toContain("> Is the prospect Acme GmbH?");
    expect(out.quoted).toContain("> Jane");
  });

  it("keeps a one-line answer right under a quoted question", () => {
    const out = stripReply(lines("> Is the prospect Acme GmbH?", "Yes.", "> And the size?", "40k."));
    expect(out.newText).toBe(lines("Yes.", "> And the size?", "40k."));
  });
});

describe("stripReply false-positive traps", () => {
  it.each([
    ["'On' starting a sentence", lines("On the other hand, we could wait.", "", "Best")],
    ["a URL containing 'wrote'", "Check out https://example.com/someone-wrote: it is good"],
    ["'regards' in prose", "I'm writing with regards to the payment we discussed."],
    ["'from:' inside a sentence", "The mail came from: john@example.com, see below."],
    ["dashes as a section rule", lines("Key Points", "----------", "One", "Two")],
  ])("keeps %s", (_name, body) => {
    const out = stripReply(body);
    expect(out.quoted).toBe("");
    expect(out.newText).toContain(body.split("\n")[0]);
  });

  it("handles CRLF and returns empty parts for an empty body", () => {
    expect(stripReply("ok\r\n\r\n> old").newText).toBe("ok");
    expect(stripReply("")).toEqual({ newText: "", quoted: "", signature: null });
  });
});
