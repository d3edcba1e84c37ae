// A company name whose body holds a preposition of place before its legal form ("<head> på <place>
// AB", held-out 108's silent error; the same shape in 43, 22 and 78), read by the prose from after
// the preposition: the head opens the name when the domain writes it, the name is doubted when
// nothing tells. Invented names throughout.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, placeHeadBefore } from "../../services/parser/extract/company.ts";
import { placePrepositionsInName } from "../../services/parser/lang/name-particles.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const top = (own: string, domain: string | null, subject = "Lead") =>
  findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] })[0];

/** one invented name per entry, the preposition inside it, and a domain writing its head and place */
const EXAMPLES: Record<string, Array<[string, string]>> = {
  de: [
    ["Bäckerei am Vorlbach GmbH", "baeckerei-vorlbach.example"],
    ["Gasthof im Erltal GmbH", "gasthof-erltal.example"],
    ["Zahnpraxis an der Wernau GmbH", "zahnpraxis-wernau.example"],
    ["Apotheke zum Strelhof OHG", "apotheke-strelhof.example"],
    ["Pension zur Krolle KG", "pensionkrolle.example"],
  ],
  nordic: [
    ["Snickarna på Tovholm AB", "snickarnatovholm.example"],
    ["Kroen ved Marvig ApS", "kroenvedmarvig.example"],
    ["Bageriet vid Strömlo AB", "bagerietstromlo.example"],
  ],
  pl: [
    ["Piekarnia w Orlinie Sp. z o.o.", "piekarnia-orlinie.example"],
    ["Przystań we Wrębowie Sp. z o.o.", "przystanwrebowie.example"],
    ["Smażalnia nad Krębą Sp. z o.o.", "smazalnianadkreba.example"],
    ["Gospoda pod Jodłowcem Sp. z o.o.", "gospodajodlowcem.example"],
    ["Chata na Wierchowie Sp. z o.o.", "chatawierchowie.example"],
  ],
  cs_sk_sl_hr: [
    ["Pekárna v Lhotkově s.r.o.", "pekarnalhotkove.example"],
    ["Vinotéka ve Strhově s.r.o.", "vinotekastrhove.example"],
    ["Kemp nad Brdlicí s.r.o.", "kempnadbrdlici.example"],
    ["Koča pod Vrhovcem d.o.o.", "kocavrhovcem.example"],
    ["Gostilna na Jasovem d.o.o.", "gostilnajasovem.example"],
    ["Kmetija pri Lipovcu d.o.o.", "kmetijalipovcu.example"],
    ["Hiša ob Vrtani d.o.o.", "hisaobvrtani.example"],
  ],
};

describe("prepositions of place inside a name (lang/name-particles.ts)", () => {
  it("every entry has an example", () => {
    for (const [lang, words] of Object.entries(placePrepositionsInName)) {
      expect(EXAMPLES[lang]?.length, lang).toBe(words.length);
      words.forEach((w, k) => expect(EXAMPLES[lang]![k]![0], `${lang} ${w}`).toContain(` ${w} `));
    }
  });

  it.each(Object.values(EXAMPLES).flat())("%s: the head the domain %s writes opens the name", (name, domain) => {
    const own = `New lead – ${name}, contact below.\n`;
    expect(top(own, domain)?.name).toBe(name);
  });

  // (a sentence-case form's name after a dash is read whole: company.ts, sentenceCaseHead)
  it.each(Object.values(EXAMPLES).flat())("%s: without a domain the name read carries its head", (name) => {
    const own = `New lead – ${name}, contact below.\n`;
    const read = top(own, null);
    expect(read?.placeHead ? `${read.placeHead} ${read.name}` : read?.name).toBe(name);
  });
});

describe("words before a preposition of place that are not the name's", () => {
  it("a person before it, the domain opening with the place: the name as read, not doubted", () => {
    const own = "Ingrid på Tovholm AB vill ha en demo.\n";
    const at = own.indexOf("Tovholm");
    expect(placeHeadBefore(own, at, "Tovholm AB", "tovholm.example")).toBeNull();
    expect(top(own, "tovholm.example")).toMatchObject({ name: "Tovholm AB" });
    expect(top(own, "tovholm.example")?.placeHead).toBeUndefined();
  });
  it("a title before it: the person's place of work", () => {
    const own = "Dyrektor w Orlin Sp. z o.o. prosi o kontakt.\n";
    expect(placeHeadBefore(own, own.indexOf("Orlin"), "Orlin Sp. z o.o.", null)).toBeNull();
  });
  it("a name without a legal form: an institution opened by its own noun", () => {
    const own = "Neues Projekt an der Hochschule Vorlbach, bitte registrieren.\n";
    expect(placeHeadBefore(own, own.indexOf("Hochschule"), "Hochschule Vorlbach", null)).toBeNull();
  });
  it("a lower-case word before the head of a sentence-case name: the name may open there, so the domain tells not", () => {
    const own = "Podjetje: Oljna hiša Brolj nad Kamo d.o.o.\n";
    const read = placeHeadBefore(own, own.indexOf("Kamo"), "Kamo d.o.o.", "broljnadkamo.example");
    expect(read).toMatchObject({ words: "Brolj nad", spelt: false });
  });
  it("another capitalised word before the head: the head may go on", () => {
    const own = "Klient: Zakład Usług Leśnych Gminnych w Orlinie Sp. z o.o.\n";
    const at = own.indexOf("Orlinie");
    expect(placeHeadBefore(own, at, "Orlinie Sp. z o.o.", "uslugilesneorlinie.example")?.spelt).toBe(false);
  });
});

describe("end to end", () => {
  const mail = (address: string) =>
    Buffer.from(
      "From: Jonas Berg <jonas@norrdata.se>\r\nTo: partners@vendor.example\r\nSubject: Ny kund\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHej!\r\n\r\n" +
        "Registrera gärna Snickarna på Tovholm AB åt oss, de har 12 snickare och planerar allt i Excel.\r\n" +
        `Kontaktperson är Lena Ek (VD), ${address}. Hon väntar på ett samtal från er.\r\n\r\nMvh\r\nJonas Berg\r\nNorrdata AB\r\n`,
    );
  const name = async (raw: Buffer) =>
    (await parseMessage(raw, { vendorDomains: ["vendor.example"] })).output.registration?.company.name ?? null;

  it("the domain writing the head: the whole name", async () => {
    expect(await name(mail("lena@snickarnatovholm.se"))).toBe("Snickarna på Tovholm AB");
  });
  it("nothing telling (a free-mail address): asked, not cut to the place", async () => {
    expect(await name(mail("lena.ek@gmail.com"))).toBeNull();
  });
  it("the domain opening with the place: the name as read", async () => {
    expect(await name(mail("lena@tovholm.se"))).toBe("Tovholm AB");
  });
});
