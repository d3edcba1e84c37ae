import { describe, expect, it } from "vitest";
import { prejudgeSender } from "../../services/cases/commands/manager-command.ts";
import { testConfig } from "../helpers/app.ts";
import type { ParsedMessage } from "../../services/parser/types.ts";

const config = testConfig();
const mail = (from: string, to: string, replyTo?: string) =>
  ({
    from: { address: from, name: null },
    to: [{ address: to, name: null }],
    cc: [],
    replyTo: replyTo ? [{ address: replyTo, name: null }] : [],
    output: { kind: "registration" },
  }) as unknown as ParsedMessage;
const raw = Buffer.from(
  "From: lena.vogt@northbeam.io\r\nDKIM-Signature: v=1; d=northbeam.io; s=s; b=x\r\n\r\napprove\r\n",
);
let lookups = 0;
const resolver = async () => {
  lookups++;
  throw Object.assign(new Error("no DNS in tests"), { code: "ENOTFOUND" });
};

describe("sender judgement before the transaction", () => {
  it("judges a configured manager writing to one of our reply addresses", async () => {
    const j = await prejudgeSender(
      config,
      mail("lena.vogt@northbeam.io", "partners+abcdefghijklmnopqrstuvwxyz234567@northbeam.io"),
      { raw, sesVerdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" } },
    );
    expect(j).toMatchObject({ verdict: "pass", method: "ses" });
  });

  it("looks nothing up for strangers or for mail not sent to a reply address", async () => {
    lookups = 0;
    expect(
      await prejudgeSender(
        config,
        mail("mallory@evil.example", "partners+abcdefghijklmnopqrstuvwxyz234567@northbeam.io"),
        { raw, resolver },
      ),
    ).toBeUndefined();
    expect(
      await prejudgeSender(config, mail("lena.vogt@northbeam.io", "partners@northbeam.io"), { raw, resolver }),
    ).toBeUndefined();
    expect(
      await prejudgeSender(
        config,
        mail("anna@brightpath.example", "partners@northbeam.io", "anna.meier@mail.brightpath.example"),
        { raw, resolver },
      ),
    ).toBeUndefined();
    expect(lookups).toBe(0);
  });

  it("judges a registration whose Reply-To leaves the sender's organisation", async () => {
    const j = await prejudgeSender(
      config,
      mail("anna@brightpath.example", "partners@northbeam.io", "victim@target.example"),
      { raw, resolver },
    );
    expect(j?.verdict).not.toBe("pass");
  });
});
