// A prospect's name read shorter than it is written (held-out 130), each class in invented names:
// an article the text writes capitalised where no sentence starts, the head words a sentence-case
// language writes before a name ("… klub Brno, z.s.") and a subject shortening them to initials,
// and a legal form closed by a lower-case "a r.l." (tests/parser/lang/legal-forms.test.ts).
import { describe, expect, it } from "vitest";
import { subjectAbbreviatesHead } from "../../services/parser/extract/pick-company.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: Vera Lind <vera@lindpartners.example>\r\nTo: partners@vendor.example\r\nSubject: ${subject}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n\r\nVera Lind\r\nLind Partners\r\n`,
  );
const company = async (subject: string, body: string) =>
  (await parseMessage(mail(subject, body), { vendorDomains: ["vendor.example"] })).output.registration?.company.name ??
  null;

describe("an article before a name the subject writes without it", () => {
  it("is the name's own inside a sentence, written capitalised", async () => {
    expect(
      await company(
        "Opportunité – Ateliers de Verre de Quillac",
        "Bonjour,\n\nnous avons rencontré hier le prospect Les Ateliers de Verre de Quillac SAS (www.verre-quillac.example), " +
          "qui cherche un outil. Contact : Mme Odile Farge, o.farge@verre-quillac.example. Elle est d'accord pour être contactée.",
      ),
    ).toBe("Les Ateliers de Verre de Quillac SAS");
  });
  it("is grammar at a sentence's start after a full stop (the look-alike)", async () => {
    expect(
      await company(
        "Opportunité – Riad Tamsoult",
        "Bonjour,\n\nune opportunité que nous suivons chez nous.\n\nLe Riad Tamsoult SARL (www.riadtamsoult.example) " +
          "cherche un outil de réservation. Contact : Mme Salma Idrissi, s.idrissi@riadtamsoult.example. " +
          "Elle est d'accord pour être contactée.",
      ),
    ).toBe("Riad Tamsoult SARL");
  });
  it("is kept after a colon and a blank line", async () => {
    expect(
      await company(
        "Opportunité – Cercle Nautique de Quillac",
        "Bonjour,\n\nje souhaite enregistrer une opportunité pour nous :\n\nLe Cercle Nautique de Quillac SAS " +
          "(www.nautique-quillac.example) cherche un outil. Contact : Mme Odile Farge, o.farge@nautique-quillac.example. " +
          "Elle est d'accord pour être contactée.",
      ),
    ).toBe("Le Cercle Nautique de Quillac SAS");
  });
});

describe("head words a sentence-case language writes before the name", () => {
  it("open the name inside a sentence, the subject shortening them to initials", async () => {
    expect(
      await company(
        "Registrace příležitosti – VK Orlík Tábor",
        "Dobrý den,\n\nchceme registrovat příležitost. Jde o Veslařský klub Orlík Tábor, z.s. (www.vkorlik.example), " +
          "kontakt Jana Malá, mala@vkorlik.example. Paní Malá souhlasí s kontaktem.",
      ),
    ).toBe("Veslařský klub Orlík Tábor, z.s.");
  });
  it("leave the name open when the subject drops them without initials (the look-alike)", async () => {
    expect(
      await company(
        "Registrace příležitosti – Orlík Tábor",
        "Dobrý den,\n\nchceme registrovat příležitost. Jde o Veslařský klub Orlík Tábor, z.s. (www.vkorlik.example), " +
          "kontakt Jana Malá, mala@vkorlik.example. Paní Malá souhlasí s kontaktem.",
      ),
    ).not.toBe("Orlík Tábor, z.s.");
  });
  it("initials stand for two words or more, right before the rest", () => {
    expect(subjectAbbreviatesHead("Veslařský klub ", "Orlík Tábor, z.s.", "Registrace – VK Orlík Tábor")).toBe(true);
    expect(subjectAbbreviatesHead("Câu lạc bộ ", "Quần vợt Hồ Tây", "Đăng ký: CLB Quần vợt Hồ Tây")).toBe(true);
    expect(subjectAbbreviatesHead("Veslařský klub ", "Orlík Tábor, z.s.", "Registrace – VK a Orlík Tábor")).toBe(false);
    expect(subjectAbbreviatesHead("Veslařský ", "Orlík Tábor, z.s.", "Registrace – V Orlík Tábor")).toBe(false);
    expect(subjectAbbreviatesHead("Veslařský klub ", "Orlík Tábor, z.s.", "Registrace – TK Orlík Tábor")).toBe(false);
  });
});
