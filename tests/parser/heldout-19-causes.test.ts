// Causes of the first run over held-out 19 (legal practice software), each written here in other
// words, names and languages than the mails that showed them.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { findPersonMentions } from "../../services/parser/extract/people.ts";
import { organizationFromSignature } from "../../services/parser/extract/organization.ts";
import { findGeography, findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findCompetitorsInProse } from "../../services/parser/normalise/competitors.ts";
import { detectConsent } from "../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../services/parser/normalise/motion.ts";
import { cleanPersonName } from "../../services/parser/normalise/person.ts";
import { detectStage } from "../../services/parser/normalise/stage.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { splitForwards } from "../../services/parser/text/forwards.ts";
import { splitSignature } from "../../services/parser/text/signature.ts";
import { forwardedChain, plainMail } from "../helpers/plain-mail.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = plainMail;
const best = (own: string, subject: string, domain: string | null = null) =>
  findCompanyCandidates({ own, subject, domain, excluded: [], excludedDomains: [] })[0]?.name;

describe("a professional firm's noun closes its name, like a legal form", () => {
  it("beats the subject's short form of the same name", () => {
    expect(best("please log Hale & Moss Solicitors, partner Ruth Hale", "Lead: Hale & Moss")).toBe(
      "Hale & Moss Solicitors",
    );
    expect(best("il s'agit de Morel Dupuy Avocats à Nantes", "Opportunité Morel Dupuy")).toBe("Morel Dupuy Avocats");
    expect(best("se trata de Ruiz Vidal Abogados en Sevilla", "Alta: Ruiz Vidal")).toBe("Ruiz Vidal Abogados");
    expect(best("neuer Kontakt: Brandt Kühn Rechtsanwälte in Kiel", "Brandt Kühn")).toBe("Brandt Kühn Rechtsanwälte");
  });

  it("is read without any subject", () => {
    expect(best("pls reg Ortiz Law Office (Tucson), attorney Ana Ortiz", "new one")).toBe("Ortiz Law Office");
    expect(best("quick one: Ferri Conti Avvocati, Padova", "nuovo contatto")).toBe("Ferri Conti Avvocati");
  });

  it("and a law firm's own legal form (AARPI, SELARL) ends it", () => {
    expect(best("Le client est le Cabinet Roux Avocats AARPI, à Lille", "Cabinet Roux")).toBe(
      "Cabinet Roux Avocats AARPI",
    );
  });
});

describe("an Italian S.p.A. before a bracket", () => {
  it("keeps its last dot and stays the name", () => {
    expect(best("presso l'ufficio acquisti di Lanificio\nBorsari S.p.A. (Biella), dove", "Lanificio Borsari")).toBe(
      "Lanificio Borsari S.p.A.",
    );
  });
});

describe("the subject's short form over a fuller name in the text", () => {
  it("is not given silently", async () => {
    const parsed = await parseMessage(
      mail(
        "Reg: Quill & Barrow",
        "pls reg Quill & Barrow Lawyers - Tom Quill (partner) tom@quillbarrow.co.nz\nmtg Fri 10am. we resell.",
      ),
      opts,
    );
    expect(parsed.output.registration?.company.name).toBe("Quill & Barrow Lawyers");
  });
});

describe("titles a lawyer's name is written with", () => {
  it("drop the salutation, the faculty after a degree and the post-nominals", () => {
    expect(cleanPersonName("Maître Odile Fabre")).toBe("Odile Fabre");
    expect(cleanPersonName("Av. Kerem Aksoy")).toBe("Kerem Aksoy");
    expect(cleanPersonName("lic. iur. Urs Bärtschi")).toBe("Urs Bärtschi");
    expect(cleanPersonName("Dr. iur. Petra Amstutz")).toBe("Dr. Petra Amstutz");
    expect(cleanPersonName("Mag. rer. soc. Eva Huber")).toBe("Mag. Eva Huber");
    expect(cleanPersonName("Ruth Okafor, LL.M.")).toBe("Ruth Okafor");
    expect(cleanPersonName("Dana Whitley Esq.")).toBe("Dana Whitley");
    expect(cleanPersonName("Omar Haddad, MBA, PhD")).toBe("Omar Haddad");
  });

  it("and a person in prose keeps no such prefix", () => {
    expect(findPersonMentions("led by lic. iur. Urs Bärtschi, head of legal").map((p) => p.name)).toContain(
      "Urs Bärtschi",
    );
    expect(findPersonMentions("notre interlocuteur, Maître Odile Fabre, associée").map((p) => p.name)).toContain(
      "Odile Fabre",
    );
  });
});

const chain = (note: string, cc: string, body: string) => forwardedChain(note, cc, body, "Operations Director");

describe("a chain naming a colleague at the prospect", () => {
  it("keeps the sender when the partner names only the sender", async () => {
    const r = await parseMessage(
      chain(
        "Please register Daly Haulage Ltd for us - see Brian Daly's mail below.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "We track the vans on a whiteboard that only Niamh keeps up to date, and we would like a proper system.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });

  it("keeps the sender when the partner says the matter was handed over to them", async () => {
    const r = await parseMessage(
      chain(
        "Please register Daly Haulage Ltd. Niamh passed this on - she handed it over to Brian, who runs it now.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Niamh told me about your call. We track the vans on a whiteboard and would like a proper system.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });
});

describe("a thank-you opening a forwarded mail", () => {
  it("is no sign-off: the prose after it is the body", () => {
    const s = splitSignature(
      "Thanks Ruth (moving you to bcc).\n\nPeter, good to meet you. Thursday works for me and I have sent over an invite for it.\n\nNadia Osei\nHead of Procurement\nOsei Foods Ltd",
      "Nadia Osei",
    );
    expect(s.body).toContain("Thursday works");
    expect(s.signature).not.toContain("Thursday");
  });

  it("still signs off a note that holds nothing else", () => {
    expect(splitSignature("Thanks!\n\nNadia Osei\nHead of Procurement", "Nadia Osei").signature).toBe(
      "Nadia Osei\nHead of Procurement",
    );
  });
});

describe("the stage in the partner's own words", () => {
  it("outranks an older one in the forwarded prospect's mail", async () => {
    const r = await parseMessage(
      chain(
        "Please register Daly Haulage Ltd for us. The kickoff call with Brian is booked for Thursday 10am.",
        "",
        "We are running a trial of another tracker at the moment but it is not working out for us.",
      ),
      opts,
    );
    expect(r.output.registration?.stage).toBe("discovery_scheduled");
  });
});

describe("cue phrasings new in held-out 19, in other words", () => {
  it.each([
    ["La dott.ssa Neri ha prestato il suo consenso al contatto.", true],
    ["Gli ho parlato di voi e va bene se lo contattate la settimana prossima.", true],
    ["El gerente lo sabe y está de acuerdo en que le llaméis el lunes.", true],
    ["Their COO said feel free to share our details with the vendor.", true],
    ["He agreed to speak with your team next month.", true],
    ["Tom knows about it and expects your account manager to reach out.", true],
  ])("consent: %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["We would rather do the rollout side ourselves.", "services"],
    ["Nous assurerions, selon notre contrat-cadre, le paramétrage de l'outil.", "services"],
    ["Nous prendrions en charge le déploiement et la formation.", "services"],
    ["Noi ci limitiamo a presentarvi il cliente.", "referral"],
  ])("motion: %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    ["They want pricing before the board meets.", "evaluation"],
    ["Ieri abbiamo fissato un incontro con il direttore.", "discovery_scheduled"],
  ])("stage: %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Le client a aussi rencontré Ordalis avant l'été.", ["Ordalis"]],
    ["Les han llamado también Contrata y otro proveedor.", ["Contrata"]],
    ["Last spring they sat through demos of Quillstone and Verabase.", ["Quillstone", "Verabase"]],
    ["Kestrel and Norrow are both in the running.", ["Kestrel", "Norrow"]],
  ])("competitors: %s", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));
});

describe("the partner naming the contact 'from now on'", () => {
  it("settles it in a compound label word too", async () => {
    const r = await parseMessage(
      chain(
        "Bitte für uns registrieren. Hauptansprechpartner ist ab jetzt Herr Daly, nicht mehr Frau Walsh.",
        "Cc: Niamh Walsh <niamh.walsh@dalyhaulage.ie>",
        "Niamh and I looked at your overview. We track the vans on a whiteboard and would like a proper system.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.email).toBe("brian.daly@dalyhaulage.ie");
  });
});

describe("places in held-out 19's shapes, in other words", () => {
  it("a place after a name that a hard wrap breaks", () => {
    expect(
      findGeography("un progetto presso Lanificio\nBorsari S.p.A. (Biella), dove", "Lanificio Borsari S.p.A."),
    ).toBe("Biella");
  });

  it("a region joined by 'of'", () => {
    expect(findGeography("a utility headquartered in the Canton of Vaud, with 400 staff", "Rhonewerk SA")).toBe(
      "Canton of Vaud",
    );
  });

  it("a language is no place", () => {
    expect(findGeography("They need clause templates in Spanish, Catalan and English.", "Costa Rent SL")).toBeNull();
  });
});

describe("a signature under a titled name", () => {
  it("starts at the name written with its title and degree", () => {
    const s = splitSignature(
      "Restiamo a disposizione per ogni chiarimento.\n\nAvv. Marta Ricci\nPartner Manager\nLexora S.r.l.\nVia Roma 1, Torino",
      "Marta Ricci",
    );
    expect(s.signature).toContain("Lexora S.r.l.");
    expect(splitSignature("See you then.\n\nDr. iur. Beat Frei, LL.M.\nFrei Advisory GmbH", "Beat Frei").body).toBe(
      "See you then.",
    );
  });

  it("and a slash parts the writer's name from the firm", () => {
    expect(
      organizationFromSignature("Nikos / Thessa Legal Tech", {
        domain: "thessalegaltech.gr",
        personName: "Nikos Georgiou",
      }),
    ).toBe("Thessa Legal Tech");
  });
});

describe("problems said as a failing or disliked tool", () => {
  it.each([
    ["Their ticketing setup no longer copes with the volume since the merger.", "no longer copes"],
    ["Signed leases are not findable once the project closes.", "not findable"],
    ["The partners are sick of their ageing billing tool.", "sick of"],
    ["Approvals live in email threads and nobody owns them.", "email threads"],
    ["Les trois logiciels ne se parlent pas, tout est ressaisi.", "ne se parlent pas"],
  ])("%s", (text, part) => expect(findProblem([text])).toContain(part));
});

describe("a labelled contact with a bare address after the name", () => {
  it("reads the name, the role in brackets and the address", async () => {
    const r = await parseMessage(
      mail(
        "Registration Kostas & Rallis",
        [
          "Hi, new registration please:",
          "Company: Kostas & Rallis LLC",
          "site: kostasrallis.com.cy",
          "contact: Ms Irini Rallis (managing partner) i.rallis@kostasrallis.com.cy",
          "value: 20.000 euro per year",
          "",
          "Lena Hart",
        ].join("\n"),
      ),
      opts,
    );
    expect(r.output.registration?.contact).toMatchObject({
      name: "Irini Rallis",
      email: "i.rallis@kostasrallis.com.cy",
      role: "managing partner",
    });
  });
});

describe("a forward written by a Turkish mail client", () => {
  it("has its header read: sender, date, subject", () => {
    const s = splitForwards(
      [
        "Sevgili ekip, aşağıdaki yazışmayı iletiyorum.",
        "",
        "---------- Yönlendirilen ileti ---------",
        "Gönderen: Murat Kaya <murat@kayalojistik.com.tr>",
        "Tarih: 3 Mar 2026 Sal, 10:05",
        "Konu: Filo takibi",
        "Kime: Ayşe Demir <ayse@ornekdanismanlik.com.tr>",
        "",
        "Merhaba Ayşe Hanım, teklifinizi bekliyoruz.",
      ].join("\n"),
    );
    expect(s.forwards[0]?.from?.address).toBe("murat@kayalojistik.com.tr");
    expect(s.forwards[0]?.subject).toBe("Filo takibi");
  });
});

describe("a signature under 'Me' and the name", () => {
  it("starts at that line", () => {
    const s = splitSignature(
      "Je vous prie d'agréer mes salutations.\nMe Odile Fabre\nAvocate associée\nCabinet Fabre & Roux\nRue du Lac 3, Lausanne",
      "Odile Fabre",
    );
    expect(s.signature).toContain("Cabinet Fabre & Roux");
    expect(s.body).not.toContain("Avocate");
  });
});
