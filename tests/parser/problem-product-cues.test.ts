// The prospect's need and the product interest: labels and cues added in the afternoon round of
// 2026-12-05, each read in words written for this test (other prospects, vendors and numbers than
// the mails that showed the class).
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("need labels: the project's scope, the issue, and a need noun qualified before it", () => {
  it.each([
    ["Scope: 7 depots, replacing the clipboard rounds", "7 depots, replacing the clipboard rounds"],
    ["Issue: dispatch plans kept on a whiteboard", "dispatch plans kept on a whiteboard"],
    ["Why now: the insurer asked for proof of the checks", "the insurer asked for proof of the checks"],
    ["Business problem ....: crews double-booked every Friday", "crews double-booked every Friday"],
    ["Main pain: quotes retyped from the old ledger", "quotes retyped from the old ledger"],
    ["Key challenge: no overview of the spare parts", "no overview of the spare parts"],
    ["Probléma: a raktár készletét füzetben vezetik", "a raktár készletét füzetben vezetik"],
  ])("%s", (line, want) => {
    const got = findLabelled(line)[0];
    expect(got?.field).toBe("need");
    expect(got?.value).toBe(want);
  });
});

describe("need labels: a broad one yields to another need label", () => {
  it("Scope holding the product and the partner's work yields to Remarks", () => {
    const got = firstByField(
      findLabelled("Scope: Tidewell Ops + rollout by our team\nRemarks: work orders are kept in a ring binder"),
    );
    expect(got.get("need")?.value).toBe("work orders are kept in a ring binder");
  });
  it("Scope alone is the need", () => {
    expect(firstByField(findLabelled("Scope: 9 clinics, rota kept by text")).get("need")?.value).toBe(
      "9 clinics, rota kept by text",
    );
  });
});

describe("product labels: what the prospect is interested in, per language", () => {
  it.each([
    ["Lösung: Quarzwerk Planner Pro", "Quarzwerk Planner Pro"],
    ["Løsning: Fjordlys Booking", "Fjordlys Booking"],
    ["Zainteresowanie: Brzozak Kasa i Bilety", "Brzozak Kasa i Bilety"],
    ["Érdeklődés: Tóvirág Gate + Kiosk", "Tóvirág Gate + Kiosk"],
  ])("%s", (line, want) => {
    const got = findLabelled(line)[0];
    expect(got?.field).toBe("product");
    expect(got?.value).toBe(want);
  });
});

describe("problem: a request to register or a word on contact is no need", () => {
  it.each([
    // the partner's request to register, in the verb as Hungarian and Turkish write it
    ["Szeretnénk regisztrálni a következő ügyfelet:", null],
    ["Kestane Gıda A.Ş. için kayıt istiyoruz.", null],
    ["Just putting down a marker on a bakery chain before anyone else does.", null],
    // the prospect's consent to be called, in the words of the mail
    ["Il est d'accord pour que vous le contactiez directement.", null],
    ["Mette vil gerne kontaktes direkte af jer.", null],
  ])("%s -> %j", (text, want) => expect(findProblem([text])).toBe(want));

  it("the prospect's own mail may speak of its registrations: that is its need", () => {
    const text =
      "Wij zoeken een oplossing, want de aanmelding van nieuwe leden loopt nu via losse formulieren in Excel.";
    expect(findProblem([text], null, false)).toBe(text);
  });

  it("a registering clause leaves the need in the clause beside it", () => {
    expect(findProblem(["pls register Tamarind Coop - they want to open a lending desk for members"])).toBe(
      "they want to open a lending desk for members",
    );
  });

  it("a meeting named in one clause leaves the need in the other", () => {
    expect(
      findProblem(["They want to replace the ageing kiln sensors before winter and are asking for a meeting in May."]),
    ).toBe("They want to replace the ageing kiln sensors before winter");
  });
});

describe("problem: a line of a wrapped sentence is read to the end of its clause for the deal", () => {
  it("a wish to buy through a marketplace, wrapped over two lines, yields to the need", () => {
    const text = [
      "Hello,",
      "",
      "the client Ostrava Kovárny a.s. (kovarny.example) want to buy the vendor through",
      "Azure Marketplace, because they have a commitment there.",
      "",
      "They need forklift safety courses for 3 plants and an incident log",
    ].join("\n");
    expect(findProblem([text])).toBe("They need forklift safety courses for 3 plants and an incident log");
  });
});

describe("problem: decided by feel, from memory, without a view; wrestling with", () => {
  it.each([
    ["the owner sets room rates by feel every Friday", "by feel"],
    ["Ski season prices are set by gut each winter.", "by gut"],
    ["Their planners build the tours from memory.", "from memory"],
    ["There is no fleet view of the charging state.", "no fleet view of"],
    ["The bursar has been wrestling with fee reminders for years.", "wrestling with"],
    ["Las tarifas del salón se fijan a ojo cada temporada.", "a ojo"],
    ["I prezzi delle camere sono decisi a sensazione dal titolare.", "a sensazione"],
    ["Les tarifs des salles sont fixés au feeling.", "au feeling"],
    ["Die Saisonpreise macht der Chef nach Gefühl.", "nach Gefühl"],
    ["Os preços são definidos no olho pelo gerente.", "no olho"],
  ])("%s (%s)", (text) => expect(findProblem([text])).toBe(text));
});
