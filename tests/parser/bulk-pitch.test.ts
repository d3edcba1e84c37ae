// A sales pitch sent in bulk to the partner inbox (a contact-data seller pasting sample records
// that read like a prospect) is "other": the cue tables' `bulkPitch` entries, one test each, in
// sentences written for these tests.
import { describe, expect, it } from "vitest";
import { classify } from "../../services/parser/classify.ts";
import { looksLikeBulkPitch } from "../../services/parser/normalise/cues.ts";
import { classifyInput } from "./classify-input.ts";

// one mark of each kind, to pair with the entry under test
const OPT_OUT = "Not for you? Reply STOP.";
const KEYWORD = "Reply YES for the rate card.";
const OFFER = "Our verified list of 9,000 orchard owners is ready.";

describe("bulk pitch: each entry of the tables, paired with one other mark", () => {
  it.each([
    // en optOut
    ["If you do not wish to receive further mails from Plumtree, just say so.", KEYWORD],
    ["If you'd rather not hear from me, tell me.", OFFER],
    ["To stop receiving our notes, write back.", KEYWORD],
    ["Reply with 'unsubscribe' and we vanish.", OFFER],
    ['Reply "no" and I will not write again.', OFFER],
    // en replyKeyword
    ['Reply "SAMPLE" for twenty free rows.', OPT_OUT],
    // en dataOffer
    ["We hold 12,000 verified beekeeping decision-makers.", OPT_OUT],
    ["Verified Orchard Growers E-mail List, 2027 edition.", KEYWORD],
    ["97% deliverability on every row.", KEYWORD],
    ["Here is a sample of 30 records from the file.", OPT_OUT],
    // de
    ["Wenn Sie keine weiteren E-Mails mehr erhalten möchten, melden Sie sich.", OFFER],
    ['Antworten Sie mit "Abmelden".', OFFER],
    ['Antworten Sie mit "Ja" für die Preisliste.', OFFER],
    ["Wir haben 5.000 verifizierte Kontakte von Imkereien.", OPT_OUT],
    ["Zustellbarkeit über 95 %.", KEYWORD],
    // fr
    ["Pour ne plus recevoir nos messages, écrivez-nous.", OFFER],
    ["Répondez « STOP » pour ne plus être contacté.", OFFER],
    ["Répondez « OUI » pour recevoir les tarifs.", OFFER],
    ["Un fichier de 8 000 contacts apiculteurs vérifiés.", OPT_OUT],
    ["Délivrabilité garantie à 96 %.", KEYWORD],
    // es
    ["Si no desea recibir más correos, avísenos.", OFFER],
    ['Responda "BAJA" para salir de la lista.', OFFER],
    ['Responda "SÍ" para recibir la muestra.', OFFER],
    ["Base de datos de apicultores verificada, 7.000 filas.", OPT_OUT],
    ["Entregabilidad del 97 %.", KEYWORD],
    // en limitedOffer
    ["Half price on the whole file, this week only.", OPT_OUT],
    ["Only today: the grower list at 40 % off.", KEYWORD],
    // ru optOut
    ["Если не интересно, чтобы отписаться, напишите нам.", OFFER],
    ["Нажмите здесь, чтобы отписаться от рассылки навсегда.", OFFER],
    ["Не хотите получать письма? Ответьте «НЕТ».", OFFER],
    // ru replyKeyword
    ["Ответьте на это письмо словом «ДА», и мы вышлем прайс.", OPT_OUT],
    // ru dataOffer
    ["Продаём свежую базу пасечников Поволжья.", OPT_OUT],
    // ru limitedOffer
    ["Цена 4 900 руб. только до воскресенья.", OFFER],
    ["Скидка 50 % только сегодня!", OFFER],
    // uk optOut
    ["Щоб відписатися, напишіть нам одне слово.", OFFER],
    ["Можна відписатися від розсилки будь-коли.", OFFER],
    ["Не цікаво? Дайте відповідь «СТОП».", OFFER],
    // uk replyKeyword
    ["Відповідайте на цей лист словом «ТАК» і отримайте прайс.", OPT_OUT],
    // uk dataOffer
    ["Пропонуємо оновлені бази агрофірм Полтавщини.", OPT_OUT],
    // uk limitedOffer
    ["Ціна діє лише до п'ятниці.", OFFER],
    ["Знижка 60 % тільки сьогодні!", OFFER],
  ])("%s", (entry, other) => {
    expect(looksLikeBulkPitch(`${entry}\n${other}`)).toBe(true);
    // one mark alone is not enough
    expect(looksLikeBulkPitch(entry)).toBe(false);
  });
});

describe("bulk pitch: a partner's own mail is none", () => {
  it.each([
    "Please register Quillon Farms, contact Ida Brenn (ida@quillon.example). She prefers to hear from us first.",
    "The owner agreed to hear from you; we verified her e-mail address on the phone.",
    "They keep 40,000 customer records in spreadsheets. If she replies yes to the pilot, we resell.",
    "Reply yes if the call on Tuesday works for your team.",
    "Просим зарегистрировать сделку: клиент ведёт базу контактов в Excel, пилот только до пятницы.",
    "Реєструємо угоду: база даних клієнта застаріла, директор на місці лише до п'ятниці.",
    "The buyer is in the office today only; their customer database is a spreadsheet.",
  ])("%s", (text) => expect(looksLikeBulkPitch(text)).toBe(false));
});

describe("classify", () => {
  it("takes a contact-list seller's mail with sample rows as other, not as a candidate", () => {
    const text = [
      "Hello team,",
      "We sell a verified list of 20,000 orchard managers. Sample records:",
      "Company            Contact        Email",
      "Pellow Orchards    Tam Pellow     tam@pellow.example",
      'Reply "YES" for the full file.',
    ].join("\n");
    expect(classify(classifyInput({ subject: "RE: orchard list", text }))).toMatchObject({
      kind: "other",
      reason: "bulk sales pitch",
    });
  });
});
