// Evaluation phrasings learnt from held-out corpora 37–45, each family seen in three corpora or
// more by different writers: a public tender, a trial set-up, the partner's offer out or asked
// for, offers compared. One sentence per table entry, in words none of those mails uses, with
// the near misses each entry must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("stage: a tender, a trial, our offer out or asked for, offers compared", () => {
  it.each([
    // en
    "The school requested for the quotation on Monday.",
    "The dean already has our revised quote.",
    "Their buyer received our commercial offer last week.",
    "We are in the comparison phase with two others.",
    // nl
    "De gemeente heeft onze prijsopgave al.",
    "Ze vergelijken het pakket met twee andere.",
    "De school vraagt een proefomgeving voor de bibliotheek.",
    // es
    "El hospital está valorando dos alternativas.",
    "Ya tienen nuestra cotización desde el lunes.",
    // de
    "Die Stadtwerke sind mitten im Angebotsvergleich.",
    "Unsere Offerte wird derzeit geprüft.",
    // pt
    "Mandámos-lhe a proposta ontem.",
    // fr
    "Le devis a été transmis à la mairie.",
    // tr
    "Müşteriye teklif sunuldu.",
    "Proje değerlendirme aşamasında.",
    "Belediye ihalesi mayısta.",
    // ro
    "Spitalul pregătește o licitație pentru toamnă.",
    "Stadiu: ofertare.",
    "Am trimis oferta luni.",
    // nordic
    "Kommunen har publisert anbudet.",
    "Regionen startar en upphandling i höst.",
    "Det går i offentligt udbud til foråret.",
    "Vi har gitt dem en pris på lisensene.",
    // el
    "Ο δήμος προκηρύσσει διαγωνισμό τον Μάιο.",
    "Η υποβολή προσφορών λήγει την Παρασκευή.",
    "Συγκρίνουν την πρότασή μας με δύο άλλες.",
    // hu
    "A cég próbaverziót szeretne.",
    // cs
    "Škola běží ve zkušebním provozu.",
    // id
    "Mereka minta proposal minggu ini.",
    "Klien sedang membandingkan tiga vendor.",
    // ko
    "견적서 요청 받았습니다.",
    // uk / ru / bg
    "Запускаємо пілот на двох об'єктах.",
    "Договорихме пилотен проект за март.",
  ])("%s -> evaluation", (text) => expect(detectStage(text)).toBe("evaluation"));

  it("a meeting named after our offer is a meeting, not the offer's stage", () => {
    expect(detectStage("They have our proposal meeting on Tuesday 14 May.")).not.toBe("evaluation");
  });

  it("sentences without any of these cues stay unread", () => {
    expect(detectStage("Vi har en ny kund i Bergen.")).toBeNull();
    expect(detectStage("Hebben jullie de offerte van de drukker?")).toBeNull();
  });
});
