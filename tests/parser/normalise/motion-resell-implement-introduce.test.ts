// Motion cues per language (resell, implement, integrate, only introduce, in the
// languages partners write), each in a sentence written for this test, never a corpus mail's words.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { findServicesNeeded } from "../../../services/parser/extract/services-needed.ts";

describe("motion: the partner buys and resells", () => {
  it.each([
    ["Las licencias las revenderíamos a través de nuestra tienda.", "es"],
    ["Esta vez revendería el paquete completo.", "es"],
    ["Je pose les capteurs et je revends l'abonnement.", "fr"],
    ["Wij verkopen de licentie door aan de gemeente.", "nl"],
    ["We kopen de licenties bij jullie in.", "nl"],
    ["Die Hardware kommt von uns und wir verrechnen selbst.", "de"],
    ["Wir verrechnen die Lizenzen an den Betreiber.", "de"],
    ["Vi selger lisensen sammen med skjermene.", "nordic"],
    ["Ügyfelünknek viszonteladóként adjuk tovább.", "hu"],
    ["Mi preprodajemo pretplatu uz opremu.", "hr"],
    ["Kami menjual kembali paketnya ke pelanggan.", "id"],
    ["Κάνουμε τη μεταπώληση των αδειών.", "el"],
    ["ライセンスは弊社で販売いたします。", "ja"],
    ["Bu projede bayi modeli ile ilerliyoruz.", "tr"],
    ["Abonelikleri biz satacağız.", "tr"],
    ["We are the regional distributor for the kiosk line.", "en"],
  ])("%s (%s) -> resale", (text) => expect(detectMotion(text)).toBe("resale"));

  it.each([
    "Ze verkopen hun koekjes door heel het land.",
    "Biz de sizi dinledik.",
    "The prospect is a regional distributor of frozen peas.",
  ])("not resale: %s", (text) => expect(detectMotion(text)).not.toBe("resale"));
});

describe("motion: the partner delivers the work around the product", () => {
  it.each([
    ["A betanítást mi végeznénk.", "hu"],
    ["Radimo implementaciju u dvije faze.", "hr"],
    ["Θα αναλάβουμε την εγκατάσταση στα πλοία.", "el"],
    ["初期設定は弊社で実施します。", "ja"],
    ["Zajistíme implementaci do června.", "cs"],
    ["Teemme käyttöönoton kevään aikana.", "fi"],
    ["Quote includes our implementation work for both plants.", "en"],
    ["Szkolenia prowadzimy po naszej stronie.", "pl"],
  ])("%s (%s) -> services", (text) => expect(detectMotion(text)).toBe("services"));

  it("a 'not' in the gap leaves no service: 'we do not do the setup'", () =>
    expect(detectMotion("We do not do the setup this time.")).toBeNull());
});

describe("motion: the partner's own product integrates with the vendor's", () => {
  it.each(["Vi integrerer vores vægte med systemet.", "Vi integrerar våra skannrar i lösningen."])(
    "%s -> technology",
    (text) => expect(detectMotion(text)).toBe("technology"),
  );
});

describe("motion: the partner only introduces", () => {
  it.each([
    ["Nous serions prescripteur sur ce dossier.", "fr"],
    ["Je vous réfère une coopérative de Gaspé.", "fr"],
    ["C'est une référence seulement.", "fr"],
    ["Ensuite je me retire du dossier.", "fr"],
    ["Fazemos só a apresentação ao diretor.", "pt"],
    ["Wir machen das Intro und ziehen uns danach zurück.", "de"],
    ["Vi trekker oss deretter ut av saken.", "nordic"],
    ["Vi introduserer bare kunden.", "nordic"],
    ["Biz sadece tanıştırıyoruz, gerisi sizde.", "tr"],
    ["Firmu jsme jen doporučili kolegům.", "cs"],
  ])("%s (%s) -> referral", (text) => expect(detectMotion(text)).toBe("referral"));

  it("French negates after the verb: 'je ne revends rien'", () =>
    expect(detectMotion("Nous ne revendons pas la licence ; pure mise en relation.")).toBe("referral"));

  it("a negation before a comma does not reach 'only' after it", () =>
    expect(detectMotion("As a tax office we never sell software, only recommend it.")).toBe("referral"));
});

describe("services needed: a label naming the partner's part", () => {
  it.each([
    ["Our part: data migration and training", "data migration and training"],
    ["Scope from our side: implementation and onboarding", "implementation and onboarding"],
    ["Alcance de Norteño: implementación y capacitación", "implementación y capacitación"],
    ["Nostro ruolo: configurazione e formazione", "configurazione e formazione"],
  ])("%s", (text, want) => expect(findServicesNeeded(text)).toBe(want));

  it("Italian migration work with the partner as the subject", () =>
    expect(findServicesNeeded("Noi cureremmo la migrazione dei listini.")).toBe("migrazione dei listini"));
});
