import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findProduct, maskVendor, stripTeamWords, vendorTerms } from "../../services/parser/vendor.ts";
import { detectConsent } from "../../services/parser/normalise/consent.ts";
import { detectStage } from "../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../services/parser/normalise/motion.ts";
import { findGeography } from "../../services/parser/extract/prose-fields.ts";
import { repo } from "./score-corpus.ts";

const parserDir = join(repo, "services", "parser");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("no vendor, customer or corpus literal in services/parser", () => {
  // the dev corpus's vendor and phrases once copied from single mails of the corpora
  const LITERALS = ["northbeam", "biergarten", "die betreuung übernehmt ihr", "proof of concept läuft"];
  it.each(LITERALS)("%s appears nowhere", (literal) => {
    const hits = sources(parserDir).filter((f) => readFileSync(f, "utf8").toLowerCase().includes(literal));
    expect(hits).toEqual([]);
  });
});

describe("vendorTerms", () => {
  it("names the vendor from configuration, its domains and the inbox's display name", () => {
    const t = vendorTerms({
      names: ["Quillon Systems"],
      domains: ["mail.quillon.io"],
      inbox: [{ address: "partners@quillon.io", name: "Quillon Partner Team" }],
    });
    expect(t.words).toEqual(["Quillon Systems", "quillon"]);
  });

  it("reads the vendor's name out of a domain that adds a company word to it", () => {
    expect(vendorTerms({ domains: ["ostrilabs.com"], inbox: [] }).words).toEqual(["ostrilabs", "ostri"]);
    expect(vendorTerms({ domains: ["tavernhq.io"], inbox: [] }).words).toEqual(["tavernhq", "tavern"]);
    // too short a rest to be a name on its own
    expect(vendorTerms({ domains: ["bluetech.com"], inbox: [] }).words).toEqual(["bluetech"]);
  });

  it("takes no name from reserved demo domains", () => {
    expect(vendorTerms({ domains: ["vendor.example", "shop.test"], inbox: [] }).words).toEqual([]);
  });

  it("strips team words and keeps nothing when only they remain", () => {
    expect(stripTeamWords("Ostrava Partners Desk")).toBe("Ostrava");
    expect(stripTeamWords('"Partner Team"')).toBeNull();
  });
});

describe("maskVendor", () => {
  const t = vendorTerms({ names: ["Tessaly"], products: ["Ledgerline"], domains: ["tessaly.com"], inbox: [] });

  it("reads the vendor's name as 'the vendor', leaving addresses and web names alone", () => {
    expect(maskVendor("She is happy for Tessaly to call, mail ana@tessaly.com or see tessaly.com", t)).toBe(
      "She is happy for the vendor to call, mail ana@tessaly.com or see tessaly.com",
    );
  });

  it("lets the cue tables see a configured vendor like any other", () => {
    expect(detectConsent(maskVendor("The CFO asked for Tessaly to reach out next week.", t))).toBe(true);
  });

  it("finds a configured product named in prose", () => {
    expect(findProduct("They want ledgerline for the Nordic entities", t)).toBe("Ledgerline");
    expect(findProduct("nothing named", t)).toBeNull();
  });

  it("reads the vendor's short name with product words after it, not its full name", () => {
    const labs = vendorTerms({ domains: ["ostrilabs.com"], inbox: [] });
    expect(findProduct("Dear Ostri Labs team, they would start with Ostri Ledger-Sync next spring.", labs)).toBe(
      "Ostri Ledger-Sync",
    );
    expect(findProduct("Hi Ostri Partnerships, a new lead below.", labs)).toBeNull();
  });
});

describe("phrases once copied from single mails, now general", () => {
  it("a running trial is evaluation, in any trial word", () => {
    expect(detectStage("Der Pilot läuft seit zwei Wochen bei der Buchhaltung.")).toBe("evaluation");
    expect(detectStage("Die Testphase läuft noch bis Ende Mai.")).toBe("evaluation");
  });

  it("'you take over' is a referral, in German and English", () => {
    expect(detectMotion("Die weitere Betreuung übernehmen Sie, wir stellen nur den Kontakt her.")).toBe("referral");
    expect(detectMotion("After the intro your team will own the relationship.")).toBe("referral");
  });

  it("a place named in leisure chatter is no geography", () => {
    expect(
      findGeography("Greetings after a long weekend in Lisbon. The prospect runs three warehouses.", null),
    ).toBeNull();
    expect(findGeography("We had dinner in Porto with their CFO.", null)).toBeNull();
  });
});
