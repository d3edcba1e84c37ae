// The verbs passing a firm on written before its name (services/parser/lang/verbs-before-name.ts):
// the prose reader leaves them out of the name; a name whose first word only looks like one keeps it.
import { describe, expect, it } from "vitest";
import { verbsBeforeName } from "../../../services/parser/lang/verbs-before-name.ts";
import { legalNamesIn } from "../../../services/parser/extract/company.ts";

/** one invented sentence per entry, the verb opening it before a name of three words */
const EXAMPLES: Record<string, string[]> = {
  en: [
    "Registering Quillon Marsh Ltd for the spring.",
    "Register Quillon Marsh Ltd for us.",
    "Introducing Quillon Marsh Ltd, a bakery.",
    "Referring Quillon Marsh Ltd to your team.",
    "Recommending Quillon Marsh Ltd warmly.",
    "Presenting Quillon Marsh Ltd today.",
    "Submitting Quillon Marsh Ltd as a lead.",
    "Forwarding Quillon Marsh Ltd details.",
    "Flagging Quillon Marsh Ltd early.",
    "Please Quillon Marsh Ltd again.",
    "Pls Quillon Marsh Ltd thanks.",
  ],
  de: [
    "Registriere Kellberg Holzbau GmbH für euch.",
    "Empfehle Kellberg Holzbau GmbH wärmstens.",
    "Melde Kellberg Holzbau GmbH hiermit an.",
  ],
  es: [
    "Registramos Talleres Orvejo S.L. para la campaña.",
    "Registrando Talleres Orvejo S.L. hoy.",
    "Presentamos Talleres Orvejo S.L. como cliente.",
    "Presentando Talleres Orvejo S.L. al equipo.",
    "Referimos Talleres Orvejo S.L. a ustedes.",
    "Refiriendo Talleres Orvejo S.L. a ustedes.",
    "Recomendamos Talleres Orvejo S.L. sin dudas.",
  ],
  pt: [
    "Indicamos Padaria Serrinha Lda. para registo.",
    "Indicando Padaria Serrinha Lda. hoje.",
    "Apresentamos Padaria Serrinha Lda. como cliente.",
    "Apresentando Padaria Serrinha Lda. à equipa.",
    "Encaminhamos Padaria Serrinha Lda. para vocês.",
    "Encaminhando Padaria Serrinha Lda. para vocês.",
  ],
  it: [
    "Segnalo Vetreria Orsanti S.r.l. per il progetto.",
    "Segnaliamo Vetreria Orsanti S.r.l. come cliente.",
    "Segnalando Vetreria Orsanti S.r.l. oggi.",
    "Presento Vetreria Orsanti S.r.l. al team.",
    "Presentiamo Vetreria Orsanti S.r.l. al team.",
    "Registriamo Vetreria Orsanti S.r.l. per voi.",
  ],
  fr: ["Enregistrez Menuiserie Varlin SARL pour nous."],
  nl: ["Registreer Bakkerij Velthoven BV voor ons.", "Introduceer Bakkerij Velthoven BV bij jullie."],
  pl: [
    "Zgłaszam Piekarnia Orlik Sp. z o.o. do rejestracji.",
    "Polecam Piekarnia Orlik Sp. z o.o. serdecznie.",
    "Rejestruję Piekarnia Orlik Sp. z o.o. dziś.",
  ],
  cs: ["Registrujeme Pekárna Olšany s.r.o. pro vás.", "Doporučujeme Pekárna Olšany s.r.o. vřele."],
};

/** the name each language's sentences write after the verb */
const NAMES: Record<string, string> = {
  en: "Quillon Marsh Ltd",
  de: "Kellberg Holzbau GmbH",
  es: "Talleres Orvejo S.L.",
  pt: "Padaria Serrinha Lda.",
  it: "Vetreria Orsanti S.r.l.",
  fr: "Menuiserie Varlin SARL",
  nl: "Bakkerij Velthoven BV",
  pl: "Piekarnia Orlik Sp. z o.o.",
  cs: "Pekárna Olšany s.r.o.",
};

describe("verbs passing a firm on before its name", () => {
  it("every entry has an example opening with it", () => {
    for (const [lang, verbs] of Object.entries(verbsBeforeName)) {
      expect(EXAMPLES[lang]?.length, lang).toBe(verbs.length);
      verbs.forEach((v, k) => expect(EXAMPLES[lang]![k]!.startsWith(`${v} `), `${lang} ${v}`).toBe(true));
    }
  });
  for (const [lang, sentences] of Object.entries(EXAMPLES))
    it.each(sentences)(`%s: the name without the verb (${lang})`, (sentence) => {
      expect(legalNamesIn(sentence).map((n) => n.name)).toEqual([NAMES[lang]]);
    });

  it.each([
    ["Referral Harbour Partners Ltd signed today.", "Referral Harbour Partners Ltd"],
    ["Presentation Works Ltd signed today.", "Presentation Works Ltd"],
    ["Registry Tools Ltd signed today.", "Registry Tools Ltd"],
    ["Segnaletica Orsanti S.r.l. ha firmato.", "Segnaletica Orsanti S.r.l."],
    ["Indica Serrinha Lda. assinou.", "Indica Serrinha Lda."],
  ])("a look-alike first word stays: %s", (sentence, name) => {
    expect(legalNamesIn(sentence).map((n) => n.name)).toEqual([name]);
  });
});
