// Cue entries added for how partners write stage, consent, motion and value in more languages
// and notations, each in a sentence written for this test (never a corpus mail's words), with
// the near misses each entry must leave alone.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { parseMoney } from "../../../services/parser/normalise/amount.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";

describe("consent in more phrasings", () => {
  it.each([
    // en
    ["The buyer is ok for your call on Monday.", true],
    ["He said it's fine that our partner manager can email him.", true],
    ["The owner is happy for your architects to join the workshop.", true],
    ["Do feel free to let your specialist call me next week.", true],
    ["Please reach the director via us first.", false],
    ["Let me talk to him before anything goes out.", false],
    ["Okay to ring him: yes", true],
    ["Agreement for contact: no", false],
    // nl
    ["Directeur is akkoord met direct contact.", true],
    ["Mail haar gerust, ze verwacht het.", true],
    ["Graag eerst via ons, dank.", false],
    // fr
    ["Nous préférons que vous ne l'appeliez pas avant lundi.", false],
    // es
    ["El gerente conoce el plan y está de acuerdo.", true],
    ["La socia quiere que la contacten esta semana.", true],
    ["Podéis llamarme cuando queráis.", true],
    ["Por ahora no le llaméis, gracias.", false],
    // pt
    ["A diretora autorizou que liguem amanhã.", true],
    ["O gerente concordou em ser contactado pela equipa.", true],
    ["O sócio autorizou a partilha dos seus dados.", true],
    ["Ela está à espera de contacto vosso.", true],
    // pl
    ["Zgoda klienta: tak", true],
    // nordic
    ["Ejeren er ok med kontakt fra jer.", true],
    ["Chefen har godkendt at I ringer.", true],
    // cs / fi
    ["Souhlas: ano", true],
    ["Suostumus: ei", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("a licence bought via the partner is no request to go through them", () => {
    expect(detectConsent("De licenties lopen als wederverkoop via ons.")).toBeNull();
  });
});

describe("stage in more phrasings", () => {
  it.each([
    ["The clinic is eager to receive a quote by Friday.", "evaluation"],
    ["Their CFO asked us for a formal proposal.", "evaluation"],
    ["Procurement is under way at the council.", "evaluation"],
    ["The business case was signed off last week.", "evaluation"],
    ["Ils attendent une offre de notre part.", "evaluation"],
    ["Les hemos enviado una cotización.", "evaluation"],
    ["La clínica está comparando tres herramientas.", "evaluation"],
    ["Piloto en marcha: la prueba arrancada en dos tiendas.", "evaluation"],
    ["Abbiamo inviato la proposta al direttore.", "evaluation"],
    ["Manca solo l'approvazione del budget.", "evaluation"],
    ["Apresentámos a nossa cotação ontem.", "evaluation"],
    ["Kunden testar nu i två butiker.", "evaluation"],
    ["Uusi asiakas, pilotti alkaa keväällä.", "evaluation"],
    ["Workshop med IT-chefen nästa onsdag.", "discovery_scheduled"],
    ["La visita con Marta quedó para el jueves.", "discovery_scheduled"],
    ["Schůzka potvrzena na pátek.", "discovery_scheduled"],
    ["Esittely sovittu tiistaina.", "discovery_scheduled"],
    ["Je mets en relation notre client et votre équipe.", "new_intro"],
    ["Dit is een eerste introductie van de klant.", "new_intro"],
    ["Niente incontro ancora.", "new_intro"],
    ["È una prima segnalazione.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("motion in more phrasings", () => {
  it.each([
    ["We will manage them as part of our service desk.", "services"],
    ["We'll supply the licences and invoice them.", "resale"],
    ["Vi drifter løsningen for dem.", "services"],
    ["Vi står for driften.", "services"],
    ["Vi videreselger lisensene.", "resale"],
    ["Obsługa jako usługi zarządzane.", "services"],
    ["Wdrożenie i wsparcie po naszej stronie.", "services"],
    ["Trata-se de uma indicação de um colega.", "referral"],
    ["Simple mise en relation de notre part.", "referral"],
    ["Somos distribuidores autorizados.", "resale"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("Turkish: 'we will sell' is resale, its negative forms are not", () => {
    expect(detectMotion("Lisansları biz satacağız, kurulum sizde.")).toBe("resale");
    expect(detectMotion("Lisansı biz satmayacağız, sadece tanıştırıyoruz.")).toBe("referral");
    // not selling, but passing the customer on to the vendor: a referral (lang/tr.ts "size yönlendir…")
    expect(detectMotion("Biz satmıyoruz, müşteriyi size yönlendiriyoruz.")).toBe("referral");
    expect(detectMotion("Bu projede biz satmadık.")).toBeNull();
  });

  it("a comma before a new subject ends the clause: an earlier negation stays behind", () => {
    expect(detectMotion("Nous ne vendons rien, il s'agit d'une recommandation.")).toBe("referral");
  });
});

describe("Czech and Finnish have cue tables", () => {
  it("both are merged with the others", () => {
    expect(CUE_TABLES.csFi?.stage?.event?.length ?? 0).toBeGreaterThan(0);
  });
});

describe("amounts: rand with a space, pounds in slang", () => {
  it.each([
    ["Budget R 1 200 000 for the year", 1_200_000, "ZAR"],
    ["about R 90k annually", 90_000, "ZAR"],
    ["maybe 8k quid", 8_000, "GBP"],
  ])("%s -> %d %s", (text, amount, currency) => expect(parseMoney(text)).toMatchObject({ amount, currency }));

  it.each(["Take the R 2 towards town", "Route R 12", "R 45 lanes"])("%s is no amount", (text) =>
    expect(parseMoney(text)).toBeNull(),
  );
});

describe("labels: the value's currency said apart", () => {
  it("a value label with a currency code after it is the value", () => {
    const got = findLabelled("deal_value_eur: 12000\nWartość PLN: 40 000");
    expect(got.map((l) => [l.field, l.value])).toEqual([
      ["value", "12000"],
      ["value", "40 000"],
    ]);
  });

  it("a word that is no currency code keeps the label unknown", () => {
    expect(findLabelled("value add: a lot")[0]?.field).not.toBe("value");
  });

  it("a currency on a line of its own is read as the currency", () => {
    expect(findLabelled("Währung: CHF")[0]).toMatchObject({ field: "currency", value: "CHF" });
  });

  it("a markdown bullet with a bold label reads as a label", () => {
    expect(findLabelled("* **Website:** https://example.org")[0]).toMatchObject({ field: "website" });
  });
});

describe("the Mexican limited company's form is one legal form", () => {
  it("its dots end no sentence, and it is a legal suffix", async () => {
    const { tidyPhrase } = await import("../../../services/parser/extract/company.ts");
    const { LEGAL_SUFFIX_RE } = await import("../../../services/parser/extract/organization.ts");
    expect(tidyPhrase("Panadería Norteña, S. de R.L. de C.V.")).toBe("Panadería Norteña, S. de R.L. de C.V.");
    expect(LEGAL_SUFFIX_RE.test(" Panadería Norteña S. de R.L.")).toBe(true);
  });
});

describe("the role written before a name, in more languages", () => {
  const at = async (text: string, name: string) => {
    const { roleNear } = await import("../../../services/parser/extract/people.ts");
    return roleNear(text, { name, index: text.indexOf(name) });
  };

  it.each([
    ["Ansvarlig er lagerchef Mikkel Dahl (md@example.dk).", "Mikkel Dahl", "lagerchef"],
    ["Hennes inköpschef Sara Lund svarar.", "Sara Lund", "inköpschef"],
    ["We spoke with her head of logistics, Omar Haddad, yesterday.", "Omar Haddad", "head of logistics"],
    ["Verantwortlich ist die Schulleiterin, Frau Mag. Eva Gruber.", "Eva Gruber", "Schulleiterin"],
    ["Ik sprak Ruud Smit. Hij is zaakvoerder van een bakkerij.", "Ruud Smit", "zaakvoerder"],
    ["Contacto: Lidia Paz, encargada de compras", "Lidia Paz", "encargada de compras"],
  ])("%s -> %s", async (text, name, want) => expect(await at(text, name)).toBe(want));

  it("a word ending in an accent is no copula before a title", async () => {
    expect(await at("The café Jonas Berg runs is small.", "Jonas Berg")).toBeNull();
  });
});

describe("a forwarded sender's title below their name", () => {
  it("is read across the blank lines an HTML mail leaves between signature lines", async () => {
    const { parseMessage } = await import("../../../services/parser/parse-message.ts");
    const body = [
      "Hi team, please register this one for us. She is happy for you to call her.",
      "",
      "Kim",
      "",
      "---------- Forwarded message ---------",
      "From: Dr. Inés Varga <ines.varga@holmfieldclinic.co.uk>",
      "Date: Tue, 3 Mar 2026 at 10:00",
      "Subject: Scheduling",
      "To: Kim Tan <kim@tanadvisory.com>",
      "",
      "Kim, we would like to see the rota module for our four clinics.",
      "",
      "Dr. Inés Varga",
      "",
      "Clinical Operations Manager",
      "",
      "Holmfield Clinic Ltd",
    ].join("\r\n");
    const raw = Buffer.from(
      `From: Kim Tan <kim@tanadvisory.com>\r\nTo: partners@vendor.example\r\nSubject: Fwd: Scheduling\r\n\r\n${body}\r\n`,
    );
    const parsed = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(parsed.output.kind, JSON.stringify(parsed.output)).toBe("registration");
    expect(parsed.output.registration?.contact.role, JSON.stringify(parsed.output.registration?.contact)).toBe(
      "Clinical Operations Manager",
    );
  });
});
