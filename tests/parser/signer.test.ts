// The partner person when the sender is a team, role or shared mailbox or a firm: whoever signs
// the partner's own text (extract/signer.ts), never someone in a forwarded prospect mail. Names,
// firms and sentences are made up for these tests, in other words than any corpus or phrasebook mail.
import { describe, expect, it } from "vitest";
import { namesNoPerson, signerOfBlock } from "../../services/parser/extract/signer.ts";
import { SIGNING_FOR, SIGNING_FOR_RE } from "../../services/parser/lang/signoff.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: New lead\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
const partnerOf = async (from: string, body: string) => (await parseMessage(mail(from, body), opts)).output.partner;
const lead = "Please register Quarrymoor Bakeries Ltd, contact Esme Rudd (esme.rudd@quarrymoor.example).";

describe("a sender name that names no person", () => {
  it.each(["Reseller Desk", "Vertrieb Ost", "Équipe revendeurs", "Tallow Systems Ltd", "Brindle IT", "Projektteam"])(
    "%s",
    (n) => expect(namesNoPerson(n)).toBe(true),
  );
  it.each(["Esme Rudd", "Kofi", "Rudd, Esme", "Dr. Ines Vogt"])("%s is a person", (n) =>
    expect(namesNoPerson(n)).toBe(false),
  );
});

describe("the signer of a signature block", () => {
  it("is the first full name, after a nickname and a dash line", () => {
    expect(signerOfBlock("Nico\n--\nNicolás Ferreyra | Gerente de Canal\nPampa Redes S.R.L.", [])).toBe(
      "Nicolás Ferreyra",
    );
  });
  it("reads past a title line above the name", () => {
    expect(signerOfBlock("Head of Alliances\nOrla Nevin\nGlenbeigh Data", [])).toBe("Orla Nevin");
  });
  it("is nobody when a team signs", () => {
    expect(signerOfBlock("Your Reseller Team\nTallow Systems Ltd", [])).toBeNull();
    expect(signerOfBlock("Salgsteamet\nVesterhav IT ApS", [])).toBeNull();
  });
  it("is nobody when only a first name signs", () => {
    expect(signerOfBlock("Kofi", [])).toBeNull();
  });
  it("is not the firm spelled by the partner's domain", () => {
    expect(signerOfBlock("Brindle Kestrel\n+44 20 7946 0000", ["brindlekestrel.example"])).toBeNull();
  });
});

describe("written before a name when signing for someone (lang/signoff.ts SIGNING_FOR)", () => {
  const examples: Record<string, string> = {
    "per pro\\.?": "per pro Gideon Ashe",
    "i\\. ?A\\.": "i.A. Fenja Lorenz",
    "i\\. ?V\\.": "i. V. Malte Brauer",
    "ppa\\.": "ppa. Henrike Stolz",
    "p\\. ?o\\.": "p.o. Aurélien Brisset",
    "p/o": "p/o Maëlle Garnier",
    "i\\. ?o\\.": "i.o. Sanne Dijkema",
    namens: "namens Pieter Hoekstra",
    "z up\\.": "z up. Kamil Wróbel",
  };
  const entries = Object.values(SIGNING_FOR).flat();
  it.each(entries)("%s", (entry) => {
    const line = examples[entry];
    expect(line, `no example for ${entry}`).toBeDefined();
    expect(SIGNING_FOR_RE.test(line!)).toBe(true);
    expect(signerOfBlock(line!, [])).toBe(line!.replace(SIGNING_FOR_RE, ""));
  });
  it("leaves initials alone", () => {
    expect(signerOfBlock("I. A. Whitcombe", [])).toBe("I. A. Whitcombe");
  });
});

describe("the partner of a mail from a shared mailbox", () => {
  it("is the person signing the partner's own text, with their firm", async () => {
    const p = await partnerOf(
      "Reseller Desk <desk@tallowsys.example>",
      `Hello,\n${lead}\nSpeak soon,\nGideon Ashe\nAlliance Manager\nTallow Systems Ltd`,
    );
    expect(p.name).toBe("Gideon Ashe");
    expect(p.organization).toBe("Tallow Systems Ltd");
  });
  it("is left open when a team signs", async () => {
    const p = await partnerOf(
      "Vertrieb <vertrieb@tallowsys.example>",
      `Hallo,\n${lead}\nBeste Grüße\nIhr Vertriebsteam\nTallow Systems Ltd`,
    );
    expect(p.name).toBeNull();
  });
  it("signs below a forwarded prospect mail closed by a rule line", async () => {
    const p = await partnerOf(
      "Partnerships <partnerships@tallowsys.example>",
      `Hi,\nplease register the sender below.\n---------- Forwarded message ---------\nFrom: Esme Rudd <esme.rudd@quarrymoor.example>\nSubject: Ovens\n\nHappy for your vendor to call me. Esme Rudd, Quarrymoor Bakeries Ltd\n----------\nCheers,\nOrla Nevin\nTallow Systems Ltd`,
    );
    expect(p.name).toBe("Orla Nevin");
  });
  // nothing the partner wrote is signed: the sender's name stays, as for any mail without a signature
  it("is never the prospect signing a forwarded mail", async () => {
    const p = await partnerOf(
      "Partnerships <partnerships@tallowsys.example>",
      `Hi,\nplease register the sender below.\n---------- Forwarded message ---------\nFrom: Esme Rudd <esme.rudd@quarrymoor.example>\nSubject: Ovens\n\nHappy for your vendor to call me.\n\nKind regards,\nEsme Rudd\nQuarrymoor Bakeries Ltd`,
    );
    expect(p.name).toBe("Partnerships");
  });
  it("keeps a person's display name, also when someone else signs", async () => {
    const p = await partnerOf("Kofi Mensah <kofi@tallowsys.example>", `Hi,\n${lead}\nThanks,\nOrla Nevin`);
    expect(p.name).toBe("Kofi Mensah");
  });
});
