// Company names need evidence beyond a subject line, and lose descriptions the subject does not repeat.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, startAtSubjectName } from "../../services/parser/extract/company.ts";
import { withoutSeat } from "../../services/parser/extract/pick-company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("startAtSubjectName", () => {
  it("drops a descriptive noun before the name the subject gives", () => {
    expect(startAtSubjectName("Steuerkanzlei Hahn & Ott Partnerschaft mbB", "Neuer Kontakt: Hahn & Ott")).toBe(
      "Hahn & Ott Partnerschaft mbB",
    );
    expect(startAtSubjectName("boutique agency Lark Meadow Studio Ltd", "Intro - Lark Meadow Studio")).toBe(
      "Lark Meadow Studio Ltd",
    );
  });

  it("keeps words the subject repeats, and names the subject does not give", () => {
    expect(startAtSubjectName("Autohaus Brenner GmbH", "Lead: Autohaus Brenner")).toBe("Autohaus Brenner GmbH");
    expect(startAtSubjectName("Autohaus Brenner GmbH", "new lead")).toBe("Autohaus Brenner GmbH");
  });
});

describe("a company named only in the subject", () => {
  it("is no candidate strong enough to be taken", () => {
    const cands = findCompanyCandidates({
      own: "quick one: their owner wants a call",
      subject: "Lead OPT Sander",
      domain: "opt-sander.de",
      excluded: [],
      excludedDomains: [],
    });
    expect(cands.every((c) => c.score < 3)).toBe(true);
  });

  it("leaves the company missing rather than guessed", async () => {
    const raw = Buffer.from(
      "From: Ines Roth <ines@kanzlei-partner.de>\r\nTo: partners@vendor.example\r\nSubject: Lead OPT Sander\r\n\r\n" +
        "Hi, kurz: Optik Sander in Bonn, Inhaber Jan Sander, jan@opt-sander.de, ca. 5k im Jahr. Er freut sich auf euren Anruf.\r\n\r\nGruss Ines\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.company.name).toBeNull();
    expect(r.output.missing).toEqual(["company.name"]);
  });
});

describe("subject and text disagreeing on a name's first word", () => {
  it("leave the company to be asked for", async () => {
    const raw = Buffer.from(
      "From: Nuno Vaz <nuno@vazconsult.pt>\r\nTo: partners@vendor.example\r\nSubject: New lead - Lopes & Filhos\r\n\r\n" +
        "Hello, please register Construções Lopes & Filhos, Lda. (lopesfilhos.pt). Contact: Ana Lopes, ana@lopesfilhos.pt. They want a demo.\r\n\r\nNuno\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.company).toEqual({ name: null, domain: "lopesfilhos.pt" });
    expect(r.output.missing).toEqual(["company.name"]);
  });
});

describe("a company name with particles, a seat or a department", () => {
  it("keeps Iberian and Italian particles inside the name", () => {
    const cands = findCompanyCandidates({
      own: "We met Transportes Irmãos da Silva Lda. last week at the fair in Braga.",
      subject: "new opportunity",
      domain: null,
      excluded: [],
      excludedDomains: [],
    });
    expect(cands[0]?.name).toBe("Transportes Irmãos da Silva Lda.");
  });

  it("ends the name at its legal form: a seat or address after a comma is not part of it", () => {
    expect(withoutSeat("Keller Metallbau GmbH, Hauptstrasse 7, 8001 Zürich")).toBe("Keller Metallbau GmbH");
    expect(withoutSeat("Jansen & Co. KG, Emden")).toBe("Jansen & Co. KG");
    expect(withoutSeat("Sunrise Trading Co., Ltd.")).toBe("Sunrise Trading Co., Ltd.");
    expect(withoutSeat("Blue Harbor Logistics, LLC")).toBe("Blue Harbor Logistics, LLC");
  });
});

describe("two people in one sentence with a main-contact cue", () => {
  it("gives the cue to the person after it when a comma separates the first one", async () => {
    const raw = Buffer.from(
      "From: Ola Berg <ola@konsult.example>\r\nTo: partners@vendor.example\r\nSubject: Registration: Fjordline Marine AS\r\n\r\n" +
        "Please register Fjordline Marine AS (fjordline.no). We met the CEO Per Hansen (ph@fjordline.no) and the fleet manager Kari Dahl. " +
        "Per only approves the budget, the main contact is Kari: kari.dahl@fjordline.no.\r\n\r\nOla\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.email).toBe("kari.dahl@fjordline.no");
  });
});

describe("the prospect's signature writing the text's name with more words inside", () => {
  it("wordsInside: words among the name's, not only before or after it", async () => {
    const { wordsInside } = await import("../../services/parser/extract/pick-company.ts");
    expect(wordsInside("Ostello San Marco", "Ostello della Gioventù San Marco S.r.l.")).toBe(true);
    expect(wordsInside("Brasserie du Port", "SAS Brasserie du Port")).toBe(false);
    expect(wordsInside("Brasserie du Port", "Brasserie du Port SARL")).toBe(false);
    expect(wordsInside("Brasserie du Port", "Brasserie du Vieux Port SARL")).toBe(true);
    expect(wordsInside("Harlow", "Harlow Estates Ltd")).toBe(false);
  });

  it("leaves the company to be asked for", async () => {
    const raw = Buffer.from(
      "From: Pia Conti <pia@contisoft.it>\r\nTo: partners@vendor.example\r\nSubject: I: informazioni\r\n\r\n" +
        "Buongiorno, vi giro la richiesta della Locanda San Marco. Valore circa 9.000 euro/anno.\r\n\r\nPia Conti\r\nContiSoft S.r.l.\r\n\r\n" +
        "Da: Luca Ferri <luca.ferri@locandasanmarco.it>\r\nInviato: lunedì 2 marzo 2026 10:00\r\nA: Pia Conti <pia@contisoft.it>\r\nOggetto: informazioni\r\n\r\n" +
        "Gentile Pia,\r\ncerchiamo un sistema di prenotazione per le camere.\r\n\r\nGrazie,\r\nLuca Ferri\r\nDirettore\r\nLocanda Antica San Marco S.r.l.\r\nVia Roma 4, Bologna\r\n",
    );
    const r = await parseMessage(raw, { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.company.name).toBeNull();
    expect(r.output.missing).toContain("company.name");
  });
});
