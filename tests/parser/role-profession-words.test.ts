// Title words added to lang/roles.ts for the contact's role left null: professions written as the
// title itself, owners' and managers' words of more languages, Japanese and Korean rank endings.
// Each entry is tested here in a phrase of its own; the role is read next to an invented name.
import { describe, expect, it } from "vitest";
import { findPersonMentions, looksLikeRole, roleNear } from "../../services/parser/extract/people.ts";
import { isPlausiblePlace } from "../../services/parser/normalise/shape.ts";

describe("profession and owner words read as titles", () => {
  it.each([
    ["Senior Librarian", "en"],
    ["Records Archivist", "en"],
    ["Pharmacist-in-Charge", "en"],
    ["Deputy Harbourmaster", "en"],
    ["harbour master", "en"],
    ["Harbormaster", "en"],
    ["harbor master of the marina", "en"],
    ["Eigentümer", "de"],
    ["Eigentümerin der Sammlung", "de"],
    ["Hafenmeister", "de"],
    ["stellvertretende Hafenmeisterin", "de"],
    ["Hafenkapitän", "de"],
    ["pharmacien adjoint", "fr"],
    ["pharmacienne titulaire", "fr"],
    ["archiviste municipale", "fr"],
    ["bibliothécaire en chef", "fr"],
    ["coordonnateur des achats", "fr"],
    ["coordonnatrice du service", "fr"],
    ["cogérant", "fr"],
    ["cogérante", "fr"],
    ["archivero municipal", "es"],
    ["archivera", "es"],
    ["bibliotecario jefe", "es"],
    ["bibliotecaria", "es"],
    ["farmacéutico adjunto", "es"],
    ["farmacéutica titular", "es"],
    ["subgerente comercial", "es"],
    ["gerenta", "es"],
    ["concejal de Hacienda", "es"],
    ["concejala de Cultura", "es"],
    ["archivista", "it"],
    ["bibliotecario comunale", "it"],
    ["bibliotecaria", "it"],
    ["farmacista titolare", "it"],
    ["dono da loja", "pt"],
    ["zaakvoerster", "nl"],
    ["havenmeester", "nl"],
    ["diensthoofd facilitair", "nl"],
    ["zástupce vedoucího", "cs"],
    ["sládek", "cs"],
    ["Satış Direktörü", "tr"],
    ["Direktör", "tr"],
    ["Kalite Sorumlusu", "tr"],
    ["Başhekim", "tr"],
    ["Pengarah Kewangan", "ms"],
    ["chủ nhiệm hợp tác xã", "vi"],
    ["trưởng nhóm kỹ thuật", "vi"],
    ["chủ cơ sở", "vi"],
    ["головний бухгалтер", "uk"],
    ["начальник склада", "ru"],
    ["управляющий филиалом", "ru"],
    ["управляющая салоном", "ru"],
    ["Προϊστάμενος Λογιστηρίου", "el"],
    ["Προϊσταμένη Πωλήσεων", "el"],
    ["Διευθύνων Σύμβουλος", "el"],
    ["Διευθύνουσα Σύμβουλος", "el"],
    ["indehaver", "da"],
    ["arkivar", "da"],
    ["bibliotekar", "da"],
    ["værkfører", "da"],
    ["dagleg leiar", "nn"],
    ["framkvæmdastjóri", "is"],
    ["vodja nabave", "sl"],
    ["direktorius", "lt"],
    ["direktorė", "lt"],
    ["savininkas", "lt"],
    ["savininkė", "lt"],
    ["skyriaus vadovas", "lt"],
    ["vadovė", "lt"],
    ["управител", "bg"],
    ["управителка", "bg"],
    ["собственик", "bg"],
    ["eienaar", "af"],
    ["omanik", "et"],
    ["第二工場長", "ja"],
    ["事務局長", "ja"],
    ["事務長", "ja"],
    ["店長", "ja"],
    ["品質責任者", "ja"],
    ["営業部 マネージャー", "ja"],
    ["사무국장", "ko"],
    ["közös képviselő", "hu"],
  ])("%s (%s) is a title", (title) => {
    expect(looksLikeRole(title)).toBe(true);
  });

  it("a word that only holds one is no title", () => {
    expect(looksLikeRole("Librarianship")).toBe(false);
    expect(looksLikeRole("donor")).toBe(false);
    expect(looksLikeRole("Eigentum")).toBe(false);
  });
});

describe("the role read beside the name", () => {
  it.each([
    ["Contact: Bruno Falk, Harbourmaster, bruno@example.org", "Bruno Falk", "Harbourmaster"],
    ["Contacto: Nerea Olaso, farmacéutica titular, nerea@example.es", "Nerea Olaso", "farmacéutica titular"],
    ["Kontakt: Rasmus Vig, indehaver, rasmus@example.dk", "Rasmus Vig", "indehaver"],
    ["Kontaktinis asmuo: Rūta Kazlienė, direktorė", "Rūta Kazlienė", "direktorė"],
  ])("%s", (text, name, role) => {
    const m = findPersonMentions(text).find((p) => p.name === name);
    expect(m).toBeDefined();
    expect(roleNear(text, m!)).toBe(role);
  });
});

describe("places listed with Vietnamese 'và' are one region", () => {
  it("counts the places, not the joiner", () => {
    expect(isPlausiblePlace("TP. Hồ Chí Minh và Đồng Nai")).toBe(true);
  });
});
