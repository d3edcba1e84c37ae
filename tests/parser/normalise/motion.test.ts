import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("detectMotion", () => {
  it.each([
    ["Referral", "referral"],
    ["Referral only - we step back after the intro.", "referral"],
    ["This is a referral; we won't be involved in delivery.", "referral"],
    ["I'll make the intro and then step back.", "referral"],
    ["Klassische Empfehlung von unserer Seite.", "referral"],
    ["Modell: Empfehlung (Referral)", "referral"],
    ["Wir sind nur Tippgeber.", "referral"],
    ["We'd resell Northbeam to them together with their Microsoft 365 licenses.", "resale"],
    ["Reseller (VAR) – licences invoiced by Vantage Point", "resale"],
    ["Resale via Greenfield Tech Advisors", "resale"],
    ["Wiederverkauf – wir kaufen die Lizenzen bei Northbeam und fakturieren an den Kunden", "resale"],
    ["Wir würden das Projekt gerne als Reseller abwickeln (Lizenzen über uns).", "resale"],
    ["AWS Marketplace private offer (they want it to count against their AWS spend commitment)", "marketplace"],
    ["via Azure Marketplace, they want to draw down their MACC", "marketplace"],
    ["through Google Cloud Marketplace", "marketplace"],
    ["Vertriebsweg: Azure Marketplace", "marketplace"],
    ["GCP Marketplace", "marketplace"],
    ["Services – Meridian delivers the implementation and runs it as a managed service afterwards", "services"],
    ["Managed services – we're their MSP and would handle setup and ongoing support", "services"],
    ["We'd implement and support Northbeam for them as your SI partner.", "services"],
    ["Die Einführung und die Anwenderschulungen würden wir als Dienstleister übernehmen.", "services"],
    ["Services – ich setze die SAP-Anbindung und das Customizing beim Kunden um", "services"],
    ["Umsetzung: durch Sommer & Partner IT (Einführung, Schnittstellen, Support)", "services"],
    ["Technology co-sell - our procurement suite integrates with Northbeam through the partner API", "technology"],
    ["Technology – Integration über unseren Connector „RheinSync“ für SAP Business One", "technology"],
    ["this would be a classic co-sell: our connector pushes approved invoices into their ledger", "technology"],
    ["We are an ISV and technology partner.", "technology"],
  ] as const)("%s -> %s", (text, motion) => {
    expect(detectMotion(text)).toBe(motion);
  });

  it("marketplace wins over other motions", () => {
    expect(detectMotion("Resale through us, transacted via AWS Marketplace private offer.")).toBe("marketplace");
  });

  it("ignores negated cues", () => {
    expect(detectMotion("This is not a referral: we resell the licences.")).toBe("resale");
    expect(detectMotion("Kein Reseller-Deal.")).toBeNull();
  });

  it.each(["Need: 14 practices receive supplier invoices by post.", "They need support with their API.", ""])(
    "%s -> null",
    (text) => {
      expect(detectMotion(text)).toBeNull();
    },
  );
});

describe("detectMotion: the partner stepping out after the introduction", () => {
  it.each([
    ["From our end this is a pure recommendation, nothing more.", "referral"],
    ["After the first hello I will step out of the conversation.", "referral"],
    ["Once the paperwork is in, we hand it over to you entirely.", "referral"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each(["He stepped out of the office for lunch.", "Please hand over the keys to the caretaker."])(
    "%s -> null",
    (text) => expect(detectMotion(text)).toBeNull(),
  );
});
