// Business-type nouns that people write capitalised right before a name, as part of it ("Hotel
// Casa Verde", "Clínica San Roque", "Restaurant Le Phare", "Bodega Los Olivos"): a subject line
// or a later mention often drops the noun, the name as written keeps it. By language; written
// capitalised, matched case-sensitively. Each entry has a test in tests/parser/lang/business-nouns.test.ts.

export const en: readonly string[] = [
  "Hotel",
  "Hostel",
  "Motel",
  "Clinic",
  "Restaurant",
  "Café",
  "Cafe",
  "Bistro",
  "Bakery",
  "Pharmacy",
  "Guesthouse",
];
export const es: readonly string[] = [
  "Hostal",
  "Museo",
  "Posada",
  "Restaurante",
  "Bodega",
  "Clínica",
  "Cafetería",
  "Farmacia",
  "Panadería",
  "Finca",
  "Hacienda",
];
export const pt: readonly string[] = [
  "Pousada",
  "Clínica",
  "Restaurante",
  "Farmácia",
  "Padaria",
  "Quinta",
  "Herdade",
  "Museu",
];
export const fr: readonly string[] = [
  "Hôtel",
  "Clinique",
  "Brasserie",
  "Boulangerie",
  "Pharmacie",
  "Domaine",
  "Château",
  "Riad",
  "Musée",
  "Cabinet",
];
export const it: readonly string[] = [
  "Albergo",
  "Ristorante",
  "Trattoria",
  "Clinica",
  "Farmacia",
  "Cantina",
  "Agriturismo",
  "Locanda",
  "Museo",
];
export const de: readonly string[] = ["Gasthof", "Gasthaus", "Pension", "Klinik", "Apotheke", "Bäckerei", "Weingut"];
export const nl: readonly string[] = ["Kliniek", "Apotheek", "Bakkerij"];

/**
 * Vietnamese heads a shop's or a body's name opens with, its first syllable capitalised: the trade in
 * lower case may follow before the proper name ("Tiệm vàng Kim Phát", "Xưởng mộc Tân Hòa", "Phòng
 * khám Nha khoa An Bình"). Read by extract/company.ts (viHeadNamesIn), not by the Latin-script
 * readings of the list below (their names are capitalised after the noun).
 */
export const vi: readonly string[] = [
  "Tiệm",
  "Quán",
  "Nhà hàng",
  "Xưởng",
  "Phòng khám",
  "Phòng tập",
  "Bảo tàng",
  "Trung tâm",
  "Trang trại",
  "Cửa hàng",
  "Khách sạn",
  "Nhà nghỉ",
  "Hiệp hội",
];
/** lower-case words that go on the sentence, never the trade between a Vietnamese head and its name:
 * "of", "is", "and", "with", "for", "not yet", "has", "already", "needs", "wants", "this", "that" */
export const viNotTrade: readonly string[] = [
  "của",
  "là",
  "và",
  "với",
  "cho",
  "chưa",
  "có",
  "đã",
  "cần",
  "muốn",
  "này",
  "đó",
];

/** every language's nouns, without repeats */
export const ALL: readonly string[] = [...new Set([...en, ...es, ...pt, ...fr, ...it, ...de, ...nl])];

/** nouns above that are also given names ("Riad Haddad"): they do not tell a business from a person */
export const ALSO_GIVEN_NAMES: readonly string[] = ["Riad"];
