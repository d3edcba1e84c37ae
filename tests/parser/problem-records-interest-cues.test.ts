// Problem cues for records kept in an improvised medium (registers, a wall planner, a shared office
// document, a binder, a board, a school notebook) and for things gone astray or typed twice; a
// search named ("searching", "etsii", "arıyor"); and an interest named ("interested in", "le
// interesa", "zajímá je"), which tells the need only when what it names is no product's name. One
// invented sentence per entry, and near misses that name no need.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

const told = (text: string) => findProblem([text], null, true, false);

describe("problem: records in an improvised medium, things lost or typed twice", () => {
  it.each([
    ["The porters keep visitor passes in paper registers.", "en: in paper registers"],
    ["Field crews fill in handwritten job cards.", "en: handwritten"],
    ["Van rounds sit on the depot's wall chart.", "en: wall planner"],
    ["Locker loans are tracked via Google Sheets by the caretaker.", "en: google sheet"],
    ["The office manager is frustrated with the renewal reminders.", "en: frustrated"],
    ["Repair slips often get lost before they reach the workshop.", "en: get lost"],
    ["Every order means double entry in two tools.", "en: double entry"],
    ["Die Wartungsprotokolle liegen in Ordnern im Keller.", "de: in Ordnern"],
    ["Die Touren werden über eine Magnettafel verteilt.", "de: Magnettafel"],
    ["Nycklarna bokförs i pärmar vid entrén.", "sv: pärm"],
    ["Vagtplanen styres på en tavle i kantinen.", "da: på en tavle"],
    ["Lageret har ingen oversikt når verktøy lånes ut.", "no: ingen oversikt"],
    ["Výpůjčky zapisují do sešitu na recepci.", "cs: sešit…"],
    ["Objednávky si vedú v zošite.", "sk: zošit…"],
    ["Směny plánují v tabulkách.", "cs: v tabulkách"],
    ["Huoltokäynnit kirjataan vihkoon.", "fi: vihko…"],
    ["Randevular bir defterde tutuluyor.", "tr: defter…"],
    ["Siparişler muhasebeye elle giriliyor.", "tr: elle gir…"],
    ["Los avisos se apuntan a lápiz en fichas de papel.", "es: de papel"],
    ["Cada socio apunta sus horas en la hoja de cálculo del club.", "es: hoja de cálculo"],
    ["As escalas ficam num quadro branco na oficina.", "pt: quadro branco"],
    ["Os pedidos são anotados num caderno.", "pt: caderno"],
    ["I turni sono scritti su un quaderno.", "it: quaderno"],
    ["Le consegne sono segnate sulla lavagna.", "it: lavagna"],
    ["Verhuur en cursussen lopen via losse systemen.", "nl: losse systemen"],
    ["Họ ghi đơn hàng vào sổ tay.", "vi: sổ tay"],
    ["Họ tính lương bằng tay.", "vi: bằng tay"],
  ])("%s (%s)", (text) => expect(told(text)).toBe(text));

  it.each([
    ["Their firm shows up in the registers of the trade chamber."],
    ["We got lost on the way to their office."],
    ["Elle gère les achats pour trois sites."],
    ["La oficina está cerca de la estación."],
  ])("%s -> no cue", (text) => expect(told(text)).toBeNull());
});

describe("problem: a search named", () => {
  it.each([
    ["The owner is searching for a way to track loans.", "en: searching"],
    ["The club is looking to add online membership renewals.", "en: looking to"],
    ["Yhdistys etsii järjestelmää jäsenmaksuille.", "fi: etsii"],
    ["Kulüp üyelik takibi için çözüm arıyor.", "tr: arıyor"],
    ["Cerchiamo qualcosa per seguire i noleggi delle barche.", "it: cerchiamo"],
    ["Iščejo sistem za vodenje članov.", "sl: iščejo"],
  ])("%s (%s)", (text) => expect(told(text)).toBe(text));
});

describe("problem: an interest named, unless it names a product", () => {
  it.each([
    ["The clinic is interested in online reminders for patients.", "en: interested in"],
    ["Le interesa cobrar las cuotas con tarjeta.", "es: le interesa"],
    ["A la gerente le interesa firmar PDF desde el móvil.", "es: an abbreviation is no name"],
    ["Estão interessados em marcação online de aulas.", "pt: interessados em"],
    ["Interesse principal: controle de estoque das lojas.", "pt: interesse principal"],
    ["Interessati a prenotazioni online dei campi.", "it: interessati a"],
    ["Le garage est intéressé par un suivi des pneus stockés.", "fr: intéressé par"],
    ["Interesuje ich rezerwacja sal przez internet.", "pl: interesuje ich"],
    ["Zanima ih online naplata članarina.", "hr: zanima ih"],
    ["Zanimajo jih spletne prijave na tečaje.", "sl: zanimajo jih"],
    ["Zajímá je online evidence docházky.", "cs: zajímá je"],
    ["Zaujíma ich evidencia výpožičiek.", "sk: zaujíma ich"],
    ["Kerho kiinnostui sähköisestä ajanvarauksesta.", "fi: kiinnostui"],
    ["Online randevu modülüyle ilgileniyorlar.", "tr: ilgileniyorlar"],
    ["Foreningen er interesseret i digital udlejning af hytter.", "da: interesseret i"],
    ["De är intresserade av digital bokning av lokaler.", "sv: intresserade av"],
  ])("%s (%s)", (text) => expect(told(text)).toBe(text));

  it.each([
    ["They are interested in the Quorvex module."],
    ["A ellos les interesa ante todo Quorvex Book."],
    ["Nos interesa Quorvex Vault para el año que viene."],
    ["Zajímá je hlavně Quorvex Sklad."],
  ])("%s -> names a product, no need", (text) => expect(told(text)).toBeNull());
});
