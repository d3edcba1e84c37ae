// Prose rules added while scoring held-out corpus 3, with wording that corpus does not use:
// problem statements, roles before/after a name, German trade-word companies, competitors in prose.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findPersonMentions, roleNear } from "../../services/parser/extract/people.ts";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";

describe("findProblem", () => {
  it("prefers the broken process to a wish", () => {
    expect(
      findProblem([
        "Omar decides; he wants a proper comparison first. Their branches fax invoices to the office, where they are typed in by hand.",
      ]),
    ).toMatch(/by hand/);
  });
  it("reads German pain cues that start with an umlaut and sentences wrapped over lines", () => {
    expect(findProblem(["Sie betreiben drei Werke.\nDie Zentrale hat keinen Überblick über die Belege."])).toMatch(
      /Überblick/,
    );
    expect(
      findProblem([
        "Around 40 contractors send bills in any format they like, and\naccounts chases the missing ones every month.",
      ]),
    ).toMatch(/chases the missing ones/);
  });
  it("counts lost time and couriers as the problem", () => {
    expect(findProblem(["Our depots send receipts by courier and we lose several days at every close."])).toMatch(
      /courier/,
    );
  });
});

describe("roleNear", () => {
  // the role of the last person named (earlier capitalised pairs may be sentence openers)
  const role = (text: string) => {
    const m = findPersonMentions(text).pop()!;
    return roleNear(text, m);
  };
  it("reads a role after 'ist/is' and a bare role before the name", () => {
    expect(role("Petra Lange ist Einkaufsleiterin bei der Firma Kunz.")).toBe("Einkaufsleiterin");
    expect(role("Sam Fisher works as Accounts Payable Lead at Orbit.")).toBe("Accounts Payable Lead");
    expect(role("Kontakt (Geschäftsführerin Anna Roth, anna@roth.example)")).toBe("Geschäftsführerin");
    expect(role("Laut Gespräch mit unserem Kaufmännischen Leiter, Herrn Uwe Stark, passt das.")).toBe(
      "Kaufmännischen Leiter",
    );
  });
  it("does not take a plain verb phrase as a role", () => {
    expect(role("Kim Osei is fine with a call.")).toBeNull();
  });
});

describe("company from a German trade word and the owner's name", () => {
  it("finds 'Metzgerei Kunz' in prose and ignores a trade word with no name", () => {
    const cands = (own: string) =>
      findCompanyCandidates({ own, subject: "Neuer Kontakt", domain: null, excluded: [], excludedDomains: [] });
    expect(cands("kurz: die Metzgerei Kunz aus Ulm sucht eine Lösung.")[0]?.name).toBe("Metzgerei Kunz");
    expect(cands("Die Zahnarztpraxis Berger GmbH hat Interesse.")[0]?.name).toBe("Zahnarztpraxis Berger GmbH");
    expect(cands("die Bäckerei sucht etwas.").some((c) => c.why === "trade")).toBe(false);
  });
});

describe("competitors named before the competitive phrase", () => {
  it.each([
    ["Apparently Stampli pitched them last month.", ["Stampli"]],
    ["Yooz is another option on their shortlist.", ["Yooz"]],
    ["Candis hat schon ein Angebot abgegeben.", ["Candis"]],
    ["They invited Esker and Acme to submit proposals.", ["Esker"]],
    ["Running a pilot alongside Rossum right now.", ["Rossum"]],
    ["Stand: Test läuft, im Vergleich zu Moss.", ["Moss"]],
  ])("%s -> %j", (text, want) => {
    expect(findCompetitorsInProse(text, ["Acme"])).toEqual(want);
  });
  it("ignores a pronoun before the phrase", () => {
    expect(findCompetitorsInProse("They quoted them a fair price.")).toEqual([]);
  });
});

describe("findProblem: which sentence states the prospect's need", () => {
  it("takes no question put to the vendor", () => {
    expect(
      findProblem([
        "Does your API export to Datev, or do we need a connector? The bakery needs to track flour batches.",
      ]),
    ).toMatch(/flour batches/);
    expect(findProblem(["¿Tienen ya la integración con SAP o hay que hacerla a mano?"])).toBeNull();
  });
  it("takes no wish that is denied", () => {
    expect(findProblem(["The parent company is not looking for anything new."])).toBeNull();
  });
  it("reads an obligation the prospect is under as its need, in several languages", () => {
    expect(findProblem(["Their retail customers require allergen records for every batch."])).toMatch(/allergen/);
    expect(findProblem(["The brewery must document each tank before the audit."])).toMatch(/tank/);
    expect(findProblem(["La bodega debe registrar cada barrica; los importadores exigen el historial."])).toMatch(
      /barrica/,
    );
    expect(findProblem(["Les laiteries doivent prouver l'origine du lait."])).toMatch(/origine/);
    expect(findProblem(["I clienti chiedono il certificato per ogni lotto."])).toMatch(/certificato/);
    expect(findProblem(["Die Händler verlangen eine Chargenrückverfolgung."])).toMatch(/Chargen/);
    expect(findProblem(["De afnemers eisen een volledig dossier per partij."])).toMatch(/dossier/);
    expect(findProblem(["Os compradores exigem a origem de cada saca."])).toMatch(/saca/);
    expect(findProblem(["Odbiorcy wymagają raportów dla każdej partii."])).toMatch(/raportów/);
  });
  it("prefers, among sentences with a cue, the one that names the prospect", () => {
    expect(
      findProblem(
        ["Our team wants to grow in the region. Hallam Foods wants one record per pallet."],
        "Hallam Foods Ltd",
      ),
    ).toMatch(/pallet/);
  });
  it("judges the clauses of a run-on sentence one by one", () => {
    expect(
      findProblem([
        "quick one from the road on my way back home, a family winery near the coast with forty hectares of vines, they want to follow every barrel from the vineyard to the bottle, we set up a demo for next week and the call is booked",
      ]),
    ).toMatch(/follow every barrel/);
  });
  it("does not take a web address's ending for an abbreviation that joins two sentences", () => {
    expect(findProblem(["Contact is ann@farm.ca. They want a log of every delivery."])).toBe(
      "They want a log of every delivery.",
    );
  });
  it("reads a worn-out Dutch system as a problem", () => {
    expect(findProblem(["De planning draait op een verouderd pakket."])).toMatch(/verouderd/);
    expect(findProblem(["Het oude portaal wordt na dit jaar niet meer ondersteund."])).toMatch(/ondersteund/);
  });
});
