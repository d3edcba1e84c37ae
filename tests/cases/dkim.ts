// DKIM for tests: a key made in the test, mailauth's signer, and a DNS stub that publishes the
// public key and a DMARC policy for the given domains (and nothing else).
import type { DNSResolver } from "mailauth";
import { generateKeyPairSync } from "node:crypto";
import { dkimSign } from "mailauth/lib/dkim/sign.js";

export interface TestDkim {
  domain: string;
  selector: string;
  sign(raw: Buffer): Promise<Buffer>;
}

export function makeDkim(domain: string, selector = "test"): TestDkim & { privateKey: string; publicKeyB64: string } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const publicKeyB64 = publicKey.export({ type: "spki", format: "der" }).toString("base64");
  return {
    domain,
    selector,
    privateKey: pem,
    publicKeyB64,
    async sign(raw: Buffer): Promise<Buffer> {
      const r = await dkimSign(raw, {
        canonicalization: "relaxed/relaxed",
        // mailauth 4 takes t= from Date.now() twice (the hashed header, then the written one),
        // rounded to the second: across a half-second the two differ and the signature is bad.
        // A fixed sign time makes both the same.
        signTime: new Date(),
        algorithm: "rsa-sha256",
        signatureData: [{ signingDomain: domain, selector, privateKey: pem }],
      } as Parameters<typeof dkimSign>[1]);
      if (r.errors.length) throw new Error(`DKIM signing failed: ${JSON.stringify(r.errors)}`);
      return Buffer.concat([Buffer.from(r.signatures), raw]);
    },
  };
}

type Records = Record<string, string[][] | string[]>;

/** A resolver in the shape of dns.promises.resolve: TXT answers from `records`, ENOTFOUND otherwise. */
export function dnsStub(
  keys: Array<ReturnType<typeof makeDkim>>,
  extra: Records = {},
  dmarcPolicy = "reject",
): DNSResolver {
  const txt: Records = { ...extra };
  for (const k of keys) {
    txt[`${k.selector}._domainkey.${k.domain}`] = [[`v=DKIM1; k=rsa; p=${k.publicKeyB64}`]];
    txt[`_dmarc.${k.domain}`] ??= [[`v=DMARC1; p=${dmarcPolicy}`]];
  }
  return async (name: string, rr: string) => {
    const key = name.toLowerCase().replace(/\.$/, "");
    if (rr === "TXT" && txt[key]) return txt[key];
    const err = Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    throw err;
  };
}
