// A forwarded message under a dashed banner in a language the tables do not hold (its header
// block still opens it: the prospect's mail is not read as the partner's signature, nor a deeper
// third party's mail as the prospect's), and a labelled company name that ends in a preposition
// and a place (kept whole: the partner typed it in its field).
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { splitForwards } from "../../services/parser/text/forwards.ts";

const opts = { vendorDomains: ["vendor.example"], vendorNames: ["Quillmark"] };

describe("a dashed banner in an unknown language above a header block", () => {
  it("opens a forwarded message", () => {
    const s = splitForwards(
      "See below.\n\nOla Brun\nBrun Digital\n\n---------- Zorvel bakti ----------\n" +
        "From: Ina Vell <ina@vellwerk.com>\nDate: Mon, 2 Mar 2026\nSubject: Stock\nTo: Ola Brun <ola@brundigital.com>\n\n" +
        "Ola, our shelves and site must agree.\n\nIna Vell",
    );
    expect(s.own).not.toContain("Zorvel");
    expect(s.forwards).toHaveLength(1);
    expect(s.forwards[0]?.from?.address).toBe("ina@vellwerk.com");
  });

  it("is text of its own without a header block after it", () => {
    const s = splitForwards("Notes.\n\n---------- Zorvel bakti ----------\nWe met on Monday.\nDate: Tuesday");
    expect(s.forwards).toHaveLength(0);
  });

  it("leaves the prospect the one whose mail the partner forwarded, not a supplier quoted below it", async () => {
    const raw = Buffer.from(
      "From: Ola Brun <ola@brundigital.com>\r\nTo: partners@vendor.example\r\nSubject: Fwd: RE: Quillmark\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
        "Hi Quillmark,\r\n\r\nforwarding the thread about a bike workshop we build a shop for (resale). " +
        "Ina agreed to a call from you.\r\n\r\nOla Brun\r\nCEO, Brun Digital\r\n\r\n" +
        "---------- Zorvel bakti ----------\r\nFrom: Ina Vell <ina@vellwerk.com>\r\n" +
        "Date: Mon, 2 Mar 2026 at 18:22\r\nSubject: RE: Quillmark\r\nTo: Ola Brun <ola@brundigital.com>\r\n\r\n" +
        "Ola, good evening! Passing on our supplier's answer, he recommends Quillmark too.\r\n\r\n" +
        "Ina Vell\r\nco-owner\r\nvellwerk.com\r\n\r\n" +
        "-----Original Message-----\r\nFrom: Per Grall <per@grall-parts.pl>\r\nSent: Monday, 2 March 2026 11:05\r\n" +
        "To: Ina Vell <ina@vellwerk.com>\r\nSubject: Quillmark\r\n\r\n" +
        "Dear Ina, several of our customers use Quillmark and like it.\r\n\r\nPer Grall\r\nSales director, Grall Parts Ltd\r\n",
    );
    const out = (await parseMessage(raw, opts)).output;
    expect(out.registration?.contact.email).toBe("ina@vellwerk.com");
    expect(out.registration?.company.domain).toBe("vellwerk.com");
    expect(out.registration?.company.name).not.toBe("Grall Parts Ltd");
  });
});

describe("a labelled company name ending in a preposition and a place", () => {
  it("is kept whole though the domain spells only the words before it", async () => {
    const raw = Buffer.from(
      "From: Rui Tavo <rui@tavoparceiros.com.br>\r\nTo: partners@vendor.example\r\nSubject: Registro de oportunidade\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
        "Olá,\r\n\r\ngostaríamos de registrar a oportunidade abaixo.\r\n\r\n" +
        "Instituição: Centro Cultural Lagoa do Orvel do Marvão\r\nSite: https://www.lagoadoorvel.org.br\r\n" +
        "Contato: Lia Sarmo\r\nE-mail: lia@lagoadoorvel.org.br\r\n\r\nA Lia autorizou o contato direto.\r\n\r\n" +
        "Rui Tavo\r\nTavo Parceiros Ltda\r\n",
    );
    const out = (await parseMessage(raw, opts)).output;
    expect(out.registration?.company.name).toBe("Centro Cultural Lagoa do Orvel do Marvão");
  });
});
