// Stage phrasings learnt from held-out corpora 8–31 (each family seen in three corpora or more,
// by different writers), one sentence per table entry in words none of those mails uses.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("stage: a first meeting booked, in more words", () => {
  it.each([
    // the booking verb before the meeting
    "Máme s ředitelem domluvenou úvodní schůzku na čtvrtek.",
    "Agendámos uma demonstração com a diretora.",
    "Ficou agendada a visita para quinta.",
    "We have fixed a first video call with the owners.",
    "Quedamos en tener una llamada con su socio.",
    // we have a meeting (with someone), then its day or date
    "Tendremos una videollamada con el director financiero el viernes.",
    "Spotkanie z prezesem mamy 14.05.",
    "Vi har et opkald med Jens den 4. maj.",
    "Θα έχουμε μια παρουσίαση στη Λάρισα στις 14/5.",
    "May presentation na kami sa Lunes.",
    // a meeting noun and a weekday in a terse note
    "spotkanie z nią w pt.",
    "Presentasjon tirs kl 14.",
    "Demo 5ª feira às 10h.",
    // a meeting noun, then its booking, in languages without a table before
    "Pertemuan pertama sudah dijadwalkan hari Kamis.",
    "Prezentacija s upravom zakazana je za petak.",
  ])("%s", (text) => {
    expect(detectStage(text)).toBe("discovery_scheduled");
  });

  it("a meeting said not to be booked yet is a new introduction", () => {
    expect(detectStage("Belum ada pertemuan yang dijadwalkan.")).toBe("new_intro");
  });
});

describe("stage: just an introduction, in more words", () => {
  it.each([
    // met at an event, either order
    "We met the owners at the Lisbon dental congress.",
    "Spoke to their bursar, met him at my cousin's trade fair.",
    "At the regional logistics summit in Porto last month we met their COO.",
    "Op de Vakbeurs in Utrecht heb ik de eigenaar gesproken.",
    "Ne-am cunoscut la o conferință în Cluj.",
    "Conocí al gerente en la feria de Valencia.",
    // the partner only refers or introduces
    "De momento solo presentación.",
    "Sólo una primera presentación.",
    "Simplemente os los presentamos.",
    "Jsme jen doporučili jméno.",
    "Doar o recomandare deocamdată.",
    "Vi presenterer bare og går ut igjen.",
    "Kami hanya sebagai perantara.",
    "Masih perkenalan awal.",
    "Tahap awal saja.",
    "첫 소개 단계입니다.",
    // a first contact, nothing agreed, no meeting yet
    "Zatiaľ len úvodný kontakt.",
    "Nič dohodnuté.",
    "Aún no hay llamada.",
    // a demo wished for, not booked
    "Nous serions intéressés par une présentation.",
    "Sie würden sich gerne einmal eine Vorführung ansehen.",
  ])("%s", (text) => {
    expect(detectStage(text)).toBe("new_intro");
  });
});

describe("stage: evaluation, in more words", () => {
  it.each([
    // an offer wanted, asked for, weighed or had
    "Quieren una cotización antes del verano.",
    "Están valorando nuestra propuesta.",
    "Vorrebbero ricevere un preventivo a maggio.",
    "Kunnen jullie een prijsopgave sturen?",
    "Zou je de leverancier vragen om een voorstel?",
    "Hun vil gjerne ha et tilbud innen fredag.",
    "Kunden har fått en offert från oss.",
    "Chtějí cenovou nabídku do pátku.",
    "Wir haben am Montag offeriert.",
    "Offerte in Arbeit.",
    "They asked us for the annual licence pricing.",
    "Could your team submit a proposal next week?",
    "Estamos preparando a cotação.",
    "Soumission déposée hier.",
    // comparing, trialling, validating, budget approved
    "Stanno confrontando anche due concorrenti.",
    "La prova gratuita inizia lunedì.",
    "De sammenligner med to andre.",
    "Srovnávají dvě řešení.",
    "Ils comparent avec un autre éditeur.",
    "Nous voulons comparer plusieurs offres.",
    "Im Moment vergleichen wir Angebote.",
    "Offertenvergleich bis Juni.",
    "Technical validation of the connector is under way.",
    "The board approved a budget for it.",
    "Pregão marcado para julho.",
    // a rival's offer on the table
    "También tienen una oferta de otro fabricante.",
  ])("%s", (text) => {
    expect(detectStage(text)).toBe("evaluation");
  });
});
