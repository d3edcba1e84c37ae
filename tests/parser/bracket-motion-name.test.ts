// The motion's own name alone in brackets after a description ("we set it up and run it (services)")
// names the motion as a labelled value does (lang tables' `motionName`); invented sentences only.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../services/parser/normalise/motion.ts";
import { CUES } from "../../services/parser/lang/cues.ts";

describe("a motion name alone in brackets", () => {
  it.each([
    ["We would set it up and look after the users (services).", "services"],
    ["Our part: the setup on site (Service)", "services"],
    ["We pass the contact to you and stay out of it (referral).", "referral"],
    ["The customer buys the licences from us (resale).", "resale"],
    ["Joint pitch with the vendor's team ( co-sell )", "technology"],
    ["Bought through the cloud store (marketplace).", "marketplace"],
    ["Θα κάνουμε τη μελέτη του έργου (υπηρεσίες).", "services"],
    ["Σας δίνουμε μόνο την επαφή (παραπομπή).", "referral"],
    ["Το πρόγραμμα το πουλάμε εμείς (μεταπώληση).", "resale"],
    ["Інтеграцію з бухгалтерією робимо ми (послуги)", "services"],
    ["Настройка и сопровождение с нашей стороны (услуги)", "services"],
    ["Ліцензії від нас (перепродаж)", "resale"],
    ["Лицензии через нас (перепродажа)", "resale"],
    ["Kami akan memasang dan merawat sistemnya (jasa).", "services"],
    ["Kami akan memasang dan merawat sistemnya (layanan).", "services"],
    ["Ficamos com o projeto e a obra (serviços); as licenças ficam convosco.", "services"],
    ["Os clientes compram de nós (revenda).", "resale"],
    ["Só passamos o contato (indicação).", "referral"],
    // a lower-case word after the bracket, and words around it that read as a negation elsewhere
    ["Σας δίνουμε την επαφή (παραπομπή) και εμείς κρατάμε μόνο τη συντήρηση.", "referral"],
    ["Instalação no escritório do cliente e treino da equipa (serviços); a licença vem à parte.", "services"],
  ])("%s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // other words in the bracket
    "The lobby kiosks (services counter) need new screens.",
    "They run the canteen (food services and cleaning).",
    "Budget is small (no resale margin discussed yet).",
    // a firm's name with the word in brackets
    "Contact at Northwind IT (Services) Ltd is the office manager.",
    "Northwind (Services) Kft handles their printers.",
    // nothing in brackets
    "They asked about services in general.",
  ])("not from: %s", (text) => expect(detectMotion(text)).toBeNull());

  it("every language's motion names are single words", () => {
    for (const list of Object.values(CUES.motionName)) for (const w of list) expect(w).not.toMatch(/\s/);
  });
});
