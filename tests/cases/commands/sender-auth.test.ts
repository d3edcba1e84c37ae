import { generateKeyPairSync } from "node:crypto";
import { dkimSign } from "mailauth";
import { beforeAll, describe, expect, it } from "vitest";
import { isAligned, judgeSender, parseAuthenticationResults } from "../../../services/cases/commands/sender-auth.ts";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PRIVATE_PEM = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const PUBLIC_B64 = publicKey.export({ type: "spki", format: "der" }).toString("base64");

/** DNS as a map; unknown names answer ENOTFOUND like the system resolver. */
function stubResolver(records: Record<string, string[]>) {
  return async (name: string, rrtype: string): Promise<string[][]> => {
    const txt = rrtype === "TXT" ? records[name.toLowerCase()] : undefined;
    if (!txt) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return txt.map((t) => [t]);
  };
}

const DNS = {
  "s1._domainkey.manager.example": [`v=DKIM1; k=rsa; p=${PUBLIC_B64}`],
  "s1._domainkey.mail.manager.example": [`v=DKIM1; k=rsa; p=${PUBLIC_B64}`],
  "s1._domainkey.attacker.example": [`v=DKIM1; k=rsa; p=${PUBLIC_B64}`],
  "_dmarc.manager.example": ["v=DMARC1; p=reject; adkim=r"],
  "_dmarc.attacker.example": ["v=DMARC1; p=reject"],
  "_dmarc.victim.example": ["v=DMARC1; p=reject"],
};
const resolver = stubResolver(DNS);

function message(from: string, body = "approve\r\n", extraHeaders = ""): string {
  return (
    `${extraHeaders}From: Mia Manager <${from}>\r\nTo: partners+abc@vendor.example\r\nSubject: Re: REG-2026-000123\r\n` +
    `Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <m1@manager.example>\r\n\r\n${body}`
  );
}

async function signed(from: string, signingDomain: string, body?: string, extra = ""): Promise<string> {
  const msg = message(from, body);
  const { signatures, errors } = await dkimSign(msg, {
    // mailauth 4 reads signatureData at run time; its .d.ts only declares the single-key fields.
    signatureData: [{ signingDomain, selector: "s1", privateKey: PRIVATE_PEM }],
    signTime: new Date(), // else t= can differ between the hashed and the written header (see ../dkim.ts)
  } as unknown as Parameters<typeof dkimSign>[1]);
  expect(errors).toEqual([]);
  return `${extra}${signatures}${msg}`;
}

const base = { trustedAuthservId: null, sesVerdicts: null, resolver };

describe("judgeSender with mailauth", () => {
  let genuine: string;
  beforeAll(async () => {
    genuine = await signed("mia@manager.example", "manager.example");
  });

  it("passes a genuine, DKIM-signed mail from a DMARC domain", async () => {
    const j = await judgeSender({ ...base, raw: Buffer.from(genuine), from: "mia@manager.example" });
    expect(j).toMatchObject({ verdict: "pass", method: "mailauth", reason: "DMARC pass, DKIM pass d=manager.example" });
  });

  it("passes a signature by a subdomain (relaxed alignment)", async () => {
    const raw = await signed("mia@manager.example", "mail.manager.example");
    expect((await judgeSender({ ...base, raw: Buffer.from(raw), from: "mia@manager.example" })).verdict).toBe("pass");
  });

  it("fails when the body was changed after signing", async () => {
    const raw = genuine.replace("approve\r\n", "reject\r\n");
    const j = await judgeSender({ ...base, raw: Buffer.from(raw), from: "mia@manager.example" });
    expect(j.verdict).toBe("fail");
    expect(j.method).toBe("mailauth");
    expect(j.reason).toMatch(/DMARC fail|no passing DKIM/);
  });

  it("fails when From is another domain than the DKIM d= (not aligned)", async () => {
    const raw = await signed("ceo@victim.example", "attacker.example");
    const j = await judgeSender({ ...base, raw: Buffer.from(raw), from: "ceo@victim.example" });
    expect(j.verdict).toBe("fail");
    expect(j.reason).toMatch(/DMARC fail|not aligned|no passing DKIM signature aligned/);
  });

  it("does not pass a signed mail whose domain has no DMARC record", async () => {
    const raw = await signed("mia@manager.example", "manager.example");
    const noDmarc = stubResolver({ "s1._domainkey.manager.example": DNS["s1._domainkey.manager.example"] });
    const j = await judgeSender({ ...base, resolver: noDmarc, raw: Buffer.from(raw), from: "mia@manager.example" });
    expect(j).toMatchObject({ verdict: "none", reason: "manager.example publishes no DMARC record" });
  });

  it("fails when the pipeline's From is not the message's From header", async () => {
    const j = await judgeSender({ ...base, raw: Buffer.from(genuine), from: "boss@other.example" });
    expect(j.verdict).toBe("fail");
  });

  it("does not pass an unsigned mail", async () => {
    const j = await judgeSender({
      ...base,
      raw: Buffer.from(message("mia@manager.example")),
      from: "mia@manager.example",
    });
    expect(j.verdict).not.toBe("pass");
  });

  it("ignores a forged Authentication-Results with another authserv-id", async () => {
    const forged =
      "Authentication-Results: mx.vendor-lookalike.example; dkim=pass header.d=victim.example; dmarc=pass header.from=victim.example\r\n";
    const raw = Buffer.from(message("ceo@victim.example", "approve\r\n", forged));
    const j = await judgeSender({ ...base, trustedAuthservId: "mx.vendor.example", raw, from: "ceo@victim.example" });
    expect(j.method).toBe("mailauth");
    expect(j.verdict).not.toBe("pass");
  });
});

describe("judgeSender with our MTA's Authentication-Results", () => {
  const ours = (results: string): string => `Authentication-Results: mx.vendor.example;\r\n ${results}\r\n`;
  const judge = (headers: string, from = "mia@manager.example") =>
    judgeSender({
      ...base,
      trustedAuthservId: "mx.vendor.example",
      raw: Buffer.from(message(from, "approve\r\n", headers)),
      from,
    });

  it("passes on dmarc=pass with an aligned dkim=pass", async () => {
    const j = await judge(
      ours(
        "dkim=pass (2048-bit key) header.d=manager.example header.s=s1; spf=pass smtp.mailfrom=manager.example;\r\n dmarc=pass (p=REJECT) header.from=manager.example",
      ),
    );
    expect(j).toMatchObject({ verdict: "pass", method: "authentication-results" });
  });

  it("accepts a subdomain signature as aligned", async () => {
    expect(
      (await judge(ours("dkim=pass header.d=mail.manager.example; dmarc=pass header.from=manager.example"))).verdict,
    ).toBe("pass");
  });

  it("fails on dmarc=pass through SPF only (no aligned DKIM)", async () => {
    const j = await judge(
      ours(
        "dkim=pass header.d=esp.example; spf=pass smtp.mailfrom=manager.example; dmarc=pass header.from=manager.example",
      ),
    );
    expect(j).toMatchObject({ verdict: "fail", method: "authentication-results" });
  });

  it("fails on dmarc=fail", async () => {
    expect(
      (await judge(ours("dkim=fail header.d=manager.example; dmarc=fail header.from=manager.example"))).verdict,
    ).toBe("fail");
  });

  it("uses only the topmost header with our id; a lower look-alike cannot upgrade it", async () => {
    const forgedBelow =
      "Authentication-Results: mx.vendor.example; dkim=pass header.d=manager.example; dmarc=pass header.from=manager.example\r\n";
    const j = await judge(ours("dkim=none; dmarc=fail header.from=manager.example") + forgedBelow);
    expect(j.verdict).toBe("fail");
  });

  it("ignores headers of other servers above ours", async () => {
    const other = "Authentication-Results: evil.example; dkim=fail; dmarc=fail\r\n";
    expect(
      (await judge(other + ours("dkim=pass header.d=manager.example; dmarc=pass header.from=manager.example"))).verdict,
    ).toBe("pass");
  });
});

describe("judgeSender with SES verdicts", () => {
  const sig = (d: string) => `DKIM-Signature: v=1; a=rsa-sha256; d=${d}; s=sel; h=from; bh=x; b=y\r\n`;
  const raw = Buffer.from(message("mia@manager.example", "approve\r\n", sig("manager.example")));
  it.each([
    [{ spf: "PASS", dkim: "PASS", dmarc: "PASS" }, "pass"],
    [{ spf: "FAIL", dkim: "PASS", dmarc: "PASS" }, "pass"],
    [{ spf: "PASS", dkim: "FAIL", dmarc: "PASS" }, "fail"],
    [{ spf: "PASS", dkim: "PASS", dmarc: "FAIL" }, "fail"],
    [{ spf: "PASS", dkim: "GRAY", dmarc: "GRAY" }, "none"],
    [{ spf: null, dkim: null, dmarc: null }, "none"],
  ])("%j -> %s", async (sesVerdicts, verdict) => {
    const j = await judgeSender({ ...base, sesVerdicts, raw, from: "mia@manager.example" });
    expect(j).toMatchObject({ verdict, method: "ses" });
  });

  // DMARC can pass on SPF alone (a shared sender's SPF), and DKIM PASS may be a third party's.
  it.each([
    ["no DKIM signature", ""],
    ["only a third party's signature", sig("bulk-sender.example")],
    ["an aligned and a third party's signature", sig("manager.example") + sig("bulk-sender.example")],
  ])("does not pass SES PASS/PASS with %s", async (_name, headers) => {
    const j = await judgeSender({
      ...base,
      sesVerdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: null, virus: null } as never,
      raw: Buffer.from(message("mia@manager.example", "approve\r\n", headers)),
      from: "mia@manager.example",
    });
    expect(j).toMatchObject({ verdict: "fail", method: "ses" });
  });
});

describe("helpers", () => {
  it("aligns by registrable domain", () => {
    expect(isAligned("mail.manager.example", "manager.example")).toBe(true);
    expect(isAligned("manager.co.uk", "other.co.uk")).toBe(false);
    expect(isAligned("attacker.example", "victim.example")).toBe(false);
  });

  it("parses RFC 8601 values with comments and quoted strings", () => {
    const ar = parseAuthenticationResults(
      'mx.vendor.example 1; dkim=pass (good (nested) sig) header.d="Manager.Example"; dmarc=pass',
    );
    expect(ar.authservId).toBe("mx.vendor.example");
    expect(ar.results).toEqual([
      { method: "dkim", result: "pass", props: { "header.d": "manager.example" } },
      { method: "dmarc", result: "pass", props: {} },
    ]);
  });

  it("rejects a From without a domain", async () => {
    expect((await judgeSender({ ...base, raw: Buffer.alloc(0), from: "nobody" })).verdict).toBe("fail");
  });
});
