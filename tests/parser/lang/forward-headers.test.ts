// The forward words of further languages (services/parser/lang/forward-headers.ts): every entry,
// written as its client writes it in an invented forward, opens a forwarded message whose sender
// and subject are read.
import { describe, expect, it } from "vitest";
import { forwardWords, forwardWordsOf } from "../../../services/parser/lang/forward-headers.ts";
import { splitForwards } from "../../../services/parser/text/forwards.ts";

const SENDER = "Ada Quill <ada@quillmoor.example>";
const outlook = (from: string, sent: string, to: string, subject: string) =>
  `${from}: ${SENDER}\n${sent}: 5. 3. 2026 14:07\n${to}: Vera Lind <vera@lindpartners.example>\n${subject}: Verdance\n\nHello Vera, we want a demo.`;
const gmail = (marker: string, from: string, date: string, subject: string, to: string, colon = ":") =>
  `---------- ${marker} ---------\n${from}${colon} ${SENDER}\n${date}${colon} 5 Mar 2026\n${subject}${colon} Verdance\n${to}${colon} Vera Lind <vera@lindpartners.example>\n\n\nHello Vera, we want a demo.`;

/** one forward per entry, as its language's client writes it */
const EXAMPLES: Record<string, string[]> = {
  ar: [
    gmail("الرسالة المُعاد توجيهها", "من", "التاريخ", "الموضوع", "إلى"),
    gmail("الرسالة المعاد توجيهها", "من", "التاريخ", "الموضوع", "إلى"),
  ],
  cs: [outlook("Od", "Odesláno", "Komu", "Předmět")],
  el: [outlook("Από", "Στάλθηκε", "Προς", "Θέμα")],
  he: [
    gmail("הודעה שהועברה", "מאת", "תאריך", "נושא", "אל"),
    `-----הודעה מקורית-----\n${outlook("מאת", "נשלח", "אל", "נושא")}`,
  ],
  fr: [
    `-------- Message transféré --------\nSujet : Verdance\nDate : Thu, 5 Mar 2026 14:07:00 +0100\nDe : ${SENDER}\nPour : Vera Lind <vera@lindpartners.example>\n\nHello Vera, we want a demo.`,
  ],
  hr: [outlook("Šalje", "Poslano", "Prima", "Predmet")],
  id: [
    gmail("Pesan terusan", "Dari", "Tanggal", "Subjek", "Kepada"),
    gmail("Pesan yang diteruskan", "Dari", "Tanggal", "Subjek", "Kepada"),
  ],
  ja: [
    `-------- 転送メッセージ --------\n件名: Verdance\n日付: Thu, 5 Mar 2026 14:07:00 +0900\n差出人: ${SENDER}\n宛先: Vera Lind <vera@lindpartners.example>\n\nHello Vera, we want a demo.`,
  ],
  ms: [gmail("Mesej yang dimajukan", "Daripada", "Tarikh", "Subjek", "Kepada")],
  ru: [
    `-------- Пересылаемое сообщение --------\nОт кого: ${SENDER}\nКому: Vera Lind <vera@lindpartners.example>\nДата: Четверг, 5 марта 2026, 14:07 +03:00\nТема: Verdance\n\nHello Vera, we want a demo.`,
  ],
  sv: [
    `Början av vidarebefordrat mejl:\n\n> Från: ${SENDER}\n> Datum: 5 mars 2026\n> Till: vera@lindpartners.example\n> Ämne: Verdance\n>\n> Hej Vera, vi vill ha en demo.`,
  ],
  tr: [gmail("Yönlendirilmiş ileti", "Kimden", "Tarih", "Konu", "Kime")],
  uk: [outlook("Від", "Надіслано", "Кому", "Тема")],
  vi: [gmail("Forwarded message", "Từ", "Ngày", "Tiêu đề", "Đến")],
  zh: [
    gmail("轉寄的郵件", "寄件者", "日期", "主旨", "收件者", "："),
    gmail("转发的邮件", "发件人", "日期", "主题", "收件人", "："),
    `-----原始郵件-----\n${outlook("寄件者", "寄件日期", "收件者", "主旨")}`,
    `------------------ 原始邮件 ------------------\n${outlook("发件人", "发送时间", "收件人", "主题")}`,
  ],
};

describe("forward words of further languages", () => {
  it("every language has examples, and every word is written in one", () => {
    for (const [lang, words] of Object.entries(forwardWords)) {
      const examples = (EXAMPLES[lang] ?? []).join("\n").toLowerCase();
      expect(examples, lang).not.toBe("");
      for (const w of Object.values(words).flat()) expect(examples, `${lang} ${w}`).toContain(w);
    }
  });

  it.each(Object.entries(EXAMPLES).flatMap(([lang, ex]) => ex.map((e, k) => [`${lang} ${k + 1}`, e] as const)))(
    "%s: the forwarded message and its sender are read",
    (_name, example) => {
      const split = splitForwards(`Please register the lead below.\n\nVera\n\n${example}`);
      expect(split.own).toBe("Please register the lead below.\n\nVera");
      expect(split.forwards).toHaveLength(1);
      expect(split.forwards[0]!.from).toEqual({ address: "ada@quillmoor.example", name: "Ada Quill" });
      expect(split.forwards[0]!.subject).toBe("Verdance");
      expect(split.forwards[0]!.body).toMatch(/demo/);
    },
  );

  it("a header word in a sentence opens no forward", () => {
    for (const w of forwardWordsOf("from"))
      expect(splitForwards(`We met them today.\n${w} the team: three people.\nVera`).forwards, w).toEqual([]);
  });

  it("a subject or to word heading a line of the partner's own text opens no forward", () => {
    const own = "Bonjour,\n\nSujet : la caisse du magasin\nPour : trois boutiques à Nantes\n\nVera";
    expect(splitForwards(own).forwards).toEqual([]);
  });
});
