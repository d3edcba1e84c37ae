// Company names stored wrong while the registration counted as complete (held-out 47, 49, 50),
// each written here as its class in invented names (the article before a name: lang/name-particles): the text's
// longer reading lost to the subject's shorter one, a gloss in another script kept, a completion
// that runs a person's surname into the firm's name, a name in two languages cut to one.
import { describe, expect, it } from "vitest";
import { auditKeyFields } from "../../services/parser/extract/key-field-audit.ts";
import { withoutSeat } from "../../services/parser/extract/pick-company.ts";
import { latinOfTwoScriptValue } from "../../services/parser/normalise/person.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );

describe("a name in two languages joined by a dash", () => {
  it("is one name when the second is a whole name sharing the first's proper name", () => {
    expect(withoutSeat("Bergbahnen Tolvar GmbH – Funivie Tolvar Srl")).toBe(
      "Bergbahnen Tolvar GmbH – Funivie Tolvar Srl",
    );
    expect(withoutSeat("Bergbahnen Tolvar GmbH – Funivie Tolvar Srl, Meranello")).toBe(
      "Bergbahnen Tolvar GmbH – Funivie Tolvar Srl",
    );
  });
  it("ends at the first legal form before a description, an address or another firm", () => {
    expect(withoutSeat("Bergbahnen Tolvar GmbH – Verna Holding Srl")).toBe("Bergbahnen Tolvar GmbH");
    expect(withoutSeat("Ostwind Mühlen GmbH – Hauptstrasse 9")).toBe("Ostwind Mühlen GmbH");
    expect(withoutSeat("Ostwind Mühlen GmbH - wholesalers, 11 branches")).toBe("Ostwind Mühlen GmbH");
  });
});

describe("a gloss in a caseless script beside a Latin name", () => {
  it("is left out though it keeps a Latin acronym", () => {
    expect(latinOfTwoScriptValue("KV Tanemori Orchard Works（KVたねもり 果樹工房）")).toBe("KV Tanemori Orchard Works");
    expect(latinOfTwoScriptValue("KVたねもり 果樹工房 (KV Tanemori Orchard Works)")).toBe("KV Tanemori Orchard Works");
  });
  it("stays when both sides mix the scripts", () => {
    expect(latinOfTwoScriptValue("KVたねもり (KV果樹)")).toBe("KVたねもり (KV果樹)");
  });
  it("is left out after a spaced dash, in any script without Latin letters", () => {
    expect(latinOfTwoScriptValue("مركز أورفيلا الطبي – Orvela Medical Centre")).toBe("Orvela Medical Centre");
    expect(latinOfTwoScriptValue("Orvela Dental Clinic - מרפאת אורבלה")).toBe("Orvela Dental Clinic");
    expect(latinOfTwoScriptValue("Κλινική Ορβέλα — Orvela Clinic")).toBe("Orvela Clinic");
  });
  it("keeps a dash between two Latin parts, or a part that mixes the scripts", () => {
    expect(latinOfTwoScriptValue("Orvela Dental – Westside")).toBe("Orvela Dental – Westside");
    expect(latinOfTwoScriptValue("Orvela مركز – Orvela Centre")).toBe("Orvela مركز – Orvela Centre");
  });
});

describe("a completion that writes one of the name's words twice", () => {
  it("is asked for: a surname above a firm named after it", () => {
    const text = "Palun registreerige Tamm Mõõdistus.\n\nAivar Tamm\nMõõdistus Tamm OÜ\nwww.tammmoodistus.example";
    expect(
      auditKeyFields({ text, company: "Tamm Mõõdistus", domain: null, contactName: null, contactEmail: null }),
    ).toEqual([{ field: "company.name", reason: expect.stringContaining("repeat one of its own") }]);
  });
  it("completes a name whose words are not repeated", () => {
    const text = "Palun registreerige.\n\nAivar Tamm\nMõõdistus Kask OÜ";
    expect(
      auditKeyFields({ text, company: "Tamm Mõõdistus", domain: null, contactName: null, contactEmail: null }),
    ).toEqual([expect.objectContaining({ field: "company.name", fuller: "Tamm Mõõdistus Kask OÜ" })]);
  });
});

describe("the subject's short name outranking the text's longer one", () => {
  const registered = async (subject: string, line: string) =>
    (
      await parseMessage(
        mail(
          subject,
          `Hola equipo,\r\n\r\nRegistramos esta oportunidad:\r\n\r\n${line}\r\n` +
            "web: ventoalbar.example\r\nContacto: Irene Sola, irene.sola@ventoalbar.example\r\n\r\nUn saludo,\r\nVera Lind",
        ),
        { vendorDomains: ["vendor.example"] },
      )
    ).output;
  it("leaves open whether the words before it in a sentence open the name", async () => {
    const out = await registered(
      "Registro oportunidad: Vento Albar",
      "Les cuento que Tostadería Morena Vento Albar S.L. quiere ordenar su almacén.",
    );
    expect(out.registration?.company.name).toBeNull();
    expect(out.missing).toContain("company.name");
  });
  it("reads the name the text writes whole as an entity: on its own line or after a colon, with its legal form", async () => {
    const own = await registered("Registro oportunidad: Vento Albar", "Tostadería Morena Vento Albar S.L.");
    expect(own.registration?.company.name).toBe("Tostadería Morena Vento Albar S.L.");
    const after = await registered("reg Vento Albar", "nuevo lead: Tostadería Morena Vento Albar S.L., Madrid");
    expect(after.registration?.company.name).toBe("Tostadería Morena Vento Albar S.L.");
  });
  it("still asks when the words dropped are a label, a sentence's inflected word or the subject's framing", async () => {
    for (const [subject, line] of [
      ["Registro oportunidad: Vento Albar", "Cliente Vento Albar S.L."],
      ["Registro oportunidad: Vento Albar", "Nuestro cliente Vento Albar S.L."],
      ["Yeni fırsat: Vento Albar S.L.", "Bursa'daki Vento Albar S.L."],
      ["Nuevo Lead: Vento Albar", "Nuevo Lead Vento Albar S.L."],
      ["Registro oportunidad: Vento Albar", "Tostadería Morena Vento Albar"],
    ]) {
      const out = await registered(subject!, line!);
      expect(out.registration?.company.name ?? null, line).not.toBe(line);
    }
  });
});

describe("a labelled name followed by a description", () => {
  const labelled = async (subject: string, value: string, site = "holmfirthmuseum.example") =>
    (
      await parseMessage(
        mail(
          subject,
          `Hello team,\r\n\r\nPlease register the following opportunity.\r\n\r\nProspect: ${value}\r\n` +
            `Website: www.${site}\r\nContact: Irene Sola, irene.sola@${site}\r\n\r\nBest,\r\nVera Lind`,
        ),
        { vendorDomains: ["vendor.example"] },
      )
    ).output;
  it("no name as a whole, is the name before the dash or bracket when the subject or the domain writes that name", async () => {
    const dash = await labelled(
      "New opportunity - Holmfirth Civic Museum",
      "Holmfirth Civic Museum – Office of the Borough Arts and Heritage Service",
    );
    expect(dash.registration?.company.name).toBe("Holmfirth Civic Museum");
    const bracket = await labelled(
      "Deal registration – Vento Albar Group (Leeds)",
      "Vento Albar Group (a chain of coffee roasters) – 12 sites",
      "ventoalbar.example",
    );
    expect(bracket.registration?.company.name).toBe("Vento Albar Group");
    const firstWordLeftOut = await labelled(
      "New opportunity - Diocese of Kelbrook",
      "Northern Diocese of Kelbrook – Office of Youth Outreach for the Chapels",
      "dioceseofkelbrook.example",
    );
    expect(firstWordLeftOut.registration?.company.name).toBe("Northern Diocese of Kelbrook");
    const byDomain = await labelled(
      "New opportunity",
      "Vale Harbour Trust – Office of Stewardship and Giving for the Harbour",
      "valeharbourtrust.org.uk",
    );
    expect(byDomain.registration?.company.name).toBe("Vale Harbour Trust");
  });
  it("stays open when nothing else writes the name, or the part before the dash is its initials", async () => {
    const alone = await labelled(
      "New opportunity",
      "Holmfirth Civic Museum – Office of the Borough Arts and Heritage Service",
      "other.example",
    );
    expect(alone.registration?.company.name).toBeNull();
    expect(alone.missing).toContain("company.name");
    const initials = await labelled(
      "Registration: HCM Holmfirth",
      "HCM - Holmfirth Civic Museum of the Borough of Holmfirth and Vale",
    );
    expect(initials.registration?.company.name ?? null).not.toBe("HCM");
  });
});
