import { describe, expect, it } from "vitest";
import { splitForwards, stripQuotes } from "../../services/parser/text/forwards.ts";
import { splitSignature } from "../../services/parser/text/signature.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";

describe("splitForwards", () => {
  it("splits a Gmail forward and reads the original sender", () => {
    const s = splitForwards(
      "Please register them.\n\n---------- Forwarded message ---------\nFrom: Greg Tanaka <greg@fulton.com>\nDate: Mon\nSubject: Hi\nTo: Rachel <rachel@summit.com>\n\nHi Rachel,\nbudget $60k.",
    );
    expect(s.own).toBe("Please register them.");
    expect(s.forwards).toHaveLength(1);
    expect(s.forwards[0]).toMatchObject({
      from: { address: "greg@fulton.com", name: "Greg Tanaka" },
      to: "Rachel <rachel@summit.com>",
    });
    expect(s.forwards[0]!.body).toContain("budget $60k");
  });

  it("splits German Outlook blocks (Von/Gesendet/An/Betreff) and Apple forwards, nested", () => {
    const text =
      "Hallo,\nanbei.\n\n________________________________\nVon: Kerstin Vogel <k.vogel@holler.de>\nGesendet: Freitag\nAn: Tobias <t@rit.de>\nBetreff: X\n\nText 1\n\n________________________________\nFrom: Tobias <t@rit.de>\nSent: Thursday\nTo: Kerstin <k.vogel@holler.de>\nSubject: Y\n\nText 2";
    const s = splitForwards(text);
    expect(s.forwards.map((f) => f.from?.address)).toEqual(["k.vogel@holler.de", "t@rit.de"]);
    const apple = splitForwards(
      "Hi team\n\nBegin forwarded message:\n\nFrom: Olivia Brennan <ob@kp.org>\nSubject: Re: N\nDate: March 10\nTo: Marcus <m@h.com>\n\nHi Marcus",
    );
    expect(apple.forwards[0]!.from?.address).toBe("ob@kp.org");
    expect(apple.forwards[0]!.body).toBe("Hi Marcus");
  });

  it("reads Apple Mail's forward marker in the client's language, also when the marker itself is quoted", () => {
    const quoted =
      "Hola,\nos lo paso.\n\n> Inicio del mensaje reenviado:\n>\n> De: Marta Gil <marta.gil@olivares.es>\n> Asunto: Consulta\n> Fecha: 3 de marzo\n> Para: Luis <luis@tecno.es>\n>\n> Buenos días Luis,\n> queremos una demo.";
    const s = splitForwards(stripQuotes(quoted));
    expect(s.own).toBe("Hola,\nos lo paso.");
    expect(s.forwards[0]!.from?.address).toBe("marta.gil@olivares.es");
    expect(s.forwards[0]!.body).toContain("queremos una demo.");
    const sv = splitForwards(
      "Hej,\n\nBörjan på vidarebefordrat brev:\n\nFrån: Nils Ek <nils@ekbygg.se>\nÄmne: Offert\nDatum: 4 mars\nTill: Eva <eva@it.se>\n\nHej Eva",
    );
    expect(sv.forwards[0]!.from?.address).toBe("nils@ekbygg.se");
    const pl = splitForwards(
      "Cześć,\n\n---------- Wiadomość przekazana dalej ---------\nOd: Jan Lis <jan@lisbud.pl>\nData: 5 marca\nTemat: Oferta\nDo: Ewa <ewa@it.pl>\n\nDzień dobry",
    );
    expect(pl.forwards[0]!.from?.address).toBe("jan@lisbud.pl");
  });

  it("leaves mail without forwards alone and strips reply quotations", () => {
    expect(splitForwards("Just text.\nFrom: the desk").forwards).toHaveLength(0);
    expect(stripQuotes("Thanks!\n\nOn 09/03/2026 11:05, Team wrote:\n> Hi Oliver\n> case REG-1").trim()).toBe(
      "Thanks!",
    );
  });
});

describe("splitSignature", () => {
  it("cuts at the sign-off and at '-- '", () => {
    const s = splitSignature("Company: X\n\nThanks,\nOliver\n\n-- \nOliver Grant\nPartner | Ledgerline Advisory Ltd");
    expect(s.body).toBe("Company: X");
    expect(s.signature).toContain("Ledgerline Advisory Ltd");
    expect(splitSignature("Hallo,\ntext\n\nViele Grüße aus Kiel\nKatrin").body).toBe("Hallo,\ntext");
  });

  it("cuts at the sender's name when there is no sign-off word", () => {
    const s = splitSignature(
      "Call is booked.\n\nMarcus\n\nMarcus Bell\nManaging Partner | Harbor Lane Consulting",
      "Marcus Bell",
    );
    expect(s.body).toBe("Call is booked.");
    expect(s.signature).toContain("Harbor Lane Consulting");
  });
});

describe("organizationFromSignature", () => {
  it("picks the organisation segment, not the title, address or phone", () => {
    const pick = (sig: string, domain: string | null, person: string) =>
      organizationFromSignature(sig, { domain, personName: person });
    expect(
      pick(
        "Oliver Grant\nPartner | Ledgerline Advisory Ltd\n+44 20 7946 0388 | www.ledgerline.co.uk",
        "ledgerline.co.uk",
        "Oliver Grant",
      ),
    ).toBe("Ledgerline Advisory Ltd");
    expect(
      pick(
        "Sophie Laurent\nPartner Alliances Manager, Meridian Systems Integration\nKeizersgracht 241",
        "meridian-si.com",
        "Sophie Laurent",
      ),
    ).toBe("Meridian Systems Integration");
    expect(
      pick(
        "Thomas Brenner\nBrenner IT-Beratung · Freiberuflicher SAP-FI-Berater\nMobil +49 170",
        "gmail.com",
        "Thomas Brenner",
      ),
    ).toBe("Brenner IT-Beratung");
    expect(pick("Tyler\n\nSent from my iPhone", "ironbridge.com", "Tyler Brooks")).toBeNull();
  });

  it("reads a firm with one firm word on the signer's line or the two under it", () => {
    const pick = (sig: string, person: string) => organizationFromSignature(sig, { domain: null, personName: person });
    expect(pick("Léa Fontaine\nOrbival Conseil\nTél. 04 78 00 00 00", "Léa Fontaine")).toBe("Orbival Conseil");
    expect(pick("Léa Fontaine\nChargée de compte\nOrbival Conseil", "Léa Fontaine")).toBe("Orbival Conseil");
    // far below the name, in a disclaimer or a footer, one firm word is not enough
    expect(pick("Léa Fontaine\nChargée de compte\nLyon\n\nOrbival Conseil", "Léa Fontaine")).toBeNull();
  });

  it("knows the Mexican S.C. and the Québec ltée", () => {
    const pick = (sig: string) => organizationFromSignature(sig, { domain: null, personName: null });
    expect(pick("Arturo Lemus | Consultor\nLemus Arriaga Asesores, S.C.")).toBe("Lemus Arriaga Asesores, S.C.");
    expect(pick("Maxime Pelletier\nGestion Boréale ltée")).toBe("Gestion Boréale ltée");
  });
});
