// A subject line that gives the prospect's name short while the text writes it whole: with its
// legal form (held-out 12, 15, 28, 29, 36, 38, 60, 61), initials for the first words and perhaps a
// place after them, or a word left out; or without the institution's noun that opens it (held-out
// 32, 69, 74: "Filmhuis …" under "Stichting Filmhuis …"). The subject's handle, itself too weak to
// stand, no longer outranks the name the text writes, nor lowers it for not spelling the domain the
// handle spells; a handle that does not open as the name does still leaves it open. Invented names.
import { describe, expect, it } from "vitest";
import { opensWithInstitutionNoun, subjectShortFormOf } from "../../services/parser/extract/company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );
const companyOf = async (subject: string, body: string) =>
  (await parseMessage(mail(subject, body), { vendorDomains: [] })).output.registration?.company.name;

describe("subjectShortFormOf", () => {
  it.each([
    ["SPV Vigo", "Sociedad de Paneles Verdes S.L."],
    ["SPV", "Sociedad de Paneles Verdes S.L."],
    ["Lindqvar Paneles", "Lindqvar Paneles S.L."],
    ["Brovik Ostring", "Brovik Gartneri Ostring AS"],
    ["ZUŠ Modrava", "Základní umělecká škola Modrava s.r.o."],
    ["TK Holmvik", "Tallow Kilns Holmvik Pty Ltd"],
  ])("%s stands for %s", (short, long) => {
    expect(subjectShortFormOf(short, long)).toBe(true);
  });

  it.each([
    // it does not open as the name does: where the name starts is open
    ["Ostring Gartneri", "Brovik Gartneri Ostring AS"],
    ["Paneles Verdes", "Sociedad de Paneles Verdes S.L."],
    // one word of the name only
    ["Brovik", "Brovik Gartneri Ostring AS"],
    ["Brovik Tromsø", "Brovik Gartneri Ostring AS"],
    // no legal form closes the text's name
    ["SPV Vigo", "Sociedad de Paneles Verdes"],
    // a word of its own inside it, not after the name
    ["Brovik Tromsø Ostring", "Brovik Gartneri Ostring AS"],
    // initials that are not the next words'
    ["SVP Vigo", "Sociedad de Paneles Verdes S.L."],
  ])("%s does not stand for %s", (short, long) => {
    expect(subjectShortFormOf(short, long)).toBe(false);
  });
});

describe("opensWithInstitutionNoun", () => {
  it.each(["Stichting Theaterhuis De Wilg", "Asociación Vecinal Los Pinos", "Ministry of Tallow Affairs"])(
    "%s",
    (name) => expect(opensWithInstitutionNoun(name)).toBe(true),
  );
  it.each(["Theaterhuis De Wilg", "Ministry Tallow Affairs", "Stichting"])("not %s", (name) =>
    expect(opensWithInstitutionNoun(name)).toBe(false),
  );
});

describe("the subject's short form of a name the text writes whole", () => {
  it("initials and a place in the subject, the full name with its legal form in the text", async () => {
    const name = await companyOf(
      "Registro: SPV Lugo",
      "Hola equipo,\n\nhablamos con Sociedad de Paneles Verdes de Lugo S.L., fabricante con dos naves.\n" +
        "Web: www.spv-lugo.com\nContacto: Iria Souto, iria.souto@spv-lugo.com\n" +
        "Necesitan ordenar la facturación de proveedores.\n\nSaludos,\nVera Lind",
    );
    expect(name).toBe("Sociedad de Paneles Verdes de Lugo S.L.");
  });

  it("the name without the institution's noun in the subject", async () => {
    const name = await companyOf(
      "Aanmelding: Theaterhuis De Wilg",
      "Hallo,\n\nGraag registreren wij Stichting Theaterhuis De Wilg (www.dewilg.example) uit Tiel.\n" +
        "Contactpersoon: Joris Maas, joris@dewilg.example\nZe willen de kassa en de planning samenvoegen.\n\n" +
        "Groet,\nVera Lind",
    );
    expect(name).toBe("Stichting Theaterhuis De Wilg");
  });
});
