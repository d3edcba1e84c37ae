import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runParse } from "../../services/cli/commands/parse.ts";

const mail =
  "From: A <a@partner.example>\r\nTo: partners@vendor.example\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\n\r\nAway.\r\n";

describe("runParse", () => {
  it("prints one JSON line per file in order, '-' reads stdin, exit 1 when a file is unreadable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-cmd-"));
    const f = join(dir, "a.eml");
    writeFileSync(f, mail);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runParse(
      [f, join(dir, "missing.eml"), "-"],
      { stdout: (l) => out.push(l), stderr: (l) => err.push(l), readStdin: async () => Buffer.from(mail) },
      { vendorDomains: [] },
    );
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([f, "-"]);
    expect(JSON.parse(out[0]!)).toMatchObject({
      kind: "auto_reply",
      registration: null,
      caseRef: null,
      partner: { email: "a@partner.example" },
    });
    expect(err.join("\n")).toContain("missing.eml");
  });

  it("exits 0 when every file was read", async () => {
    const out: string[] = [];
    const code = await runParse(
      ["-"],
      { stdout: (l) => out.push(l), stderr: () => {}, readStdin: async () => Buffer.from(mail) },
      { vendorDomains: [] },
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
  });
});
