// The need in the prose right below a partner's form of labelled lines, whatever its subject (a verb
// without a pronoun, a count first): after-form.ts and findProblem's fallback. Invented forms in
// several languages, with the look-alikes that must stay without a need: prose below a form too
// short to be one, an aside in brackets, the prospect's size alone, a detail still to come. And a
// thousands separator is no clause's end (need-phrase.ts).
import { describe, expect, it } from "vitest";
import { proseAfterForm } from "../../services/parser/extract/after-form.ts";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

const form = (labels: string[], prose: string) =>
  `Hola,\n\nos paso la oportunidad:\n\n${labels.join("\n")}\n\n${prose}\n\nSaludos,`;

describe("the prose below a form", () => {
  it.each([
    // Spanish, a verb without a pronoun
    [
      form(
        ["Empresa: Viveros Calamor S.L.", "Contacto: Irene Pazos", "Correo: irene@calamor.example", "Región: Lugo"],
        "Llevan tres viveros; los pedidos de las floristerías se apuntan en una libreta y se pierden a menudo.",
      ),
      "Llevan tres viveros; los pedidos de las floristerías se apuntan en una libreta y se pierden a menudo.",
    ],
    // Finnish, a count first; the size alone as a sentence of its own is passed over
    [
      form(
        ["Yritys: Kuusela Puutarha Oy", "Yhteyshenkilö: Aino Kuusela", "Sähköposti: aino@kuusela.example"],
        "Kaksi kasvihuonetta ja 9 työntekijää. Tilaukset kirjataan paperilomakkeille ja laskutus viivästyy.",
      ),
      "Tilaukset kirjataan paperilomakkeille ja laskutus viivästyy.",
    ],
    // a line in the form whose label the tables do not know: its value
    [
      form(
        [
          "Firma: Ovaköy Reçel A.Ş.",
          "Yetkili: Deniz Kara",
          "Telefon: +90 555 010 2030",
          "(E-postasını sonra ileteceğim.)",
        ],
        "Muhabbet: kavanoz etiketlerinin tasarımı ve parti numaralarının basımı her sezon yeniden.",
      ),
      "kavanoz etiketlerinin tasarımı ve parti numaralarının basımı her sezon yeniden.",
    ],
  ])("%#", (text, want) => expect(findProblem([text])).toBe(want));

  it.each([
    // two label lines are no form
    form(
      ["Empresa: Viveros Calamor S.L.", "Contacto: Irene Pazos"],
      "Llevan tres viveros en la comarca desde hace años.",
    ),
    // an aside in brackets, the size alone, a detail still to come
    form(
      ["Empresa: Viveros Calamor S.L.", "Contacto: Irene Pazos", "Región: Lugo"],
      "(El correo de Irene os lo mando mañana.)",
    ),
    form(["Empresa: Viveros Calamor S.L.", "Contacto: Irene Pazos", "Región: Lugo"], "Tienen 3 viveros en total."),
    form(
      ["Empresa: Viveros Calamor S.L.", "Contacto: Irene Pazos", "Región: Lugo"],
      "La página web del vivero aún no la tengo.",
    ),
    // a form that opens the text: the letter below it is the partner's
    "Empresa: Viveros Calamor S.L.\nContacto: Irene Pazos\nRegión: Lugo\n\nBuenos días, soy Marta de Redes Miño.\nNosotros montaremos la red y las cámaras de los tres viveros.",
  ])("no need: %#", (text) => expect(findProblem([text])).toBeNull());

  it("finds the paragraph below the form, not the greeting above it", () => {
    const text = form(["Empresa: A", "Contacto: B", "Región: C"], "Primera línea de prosa.\nSegunda línea.");
    const [first, ...rest] = proseAfterForm(text);
    expect(rest).toHaveLength(0);
    expect(text.slice(first!.from, first!.to)).toBe("Primera línea de prosa.\nSegunda línea.");
  });
});

describe("a thousands separator ends no clause", () => {
  it.each([
    // the count inside the need stays with it ("1,200"), not cut into "200 …"
    ["Журналы ведутся вручную для 1,200 ульев.", "Журналы ведутся вручную для 1,200 ульев"],
    // a comma before a figure after a blank still parts clauses
    ["27 филиалов, сверка остатков ведётся вручную.", "сверка остатков ведётся вручную"],
  ])("%s", (text, want) => expect(needPhrase(text)).toBe(want));
});
