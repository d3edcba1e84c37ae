// The words mail clients write around a forwarded message, by language, beyond the ones
// text/forwards.ts has long held: the text between the dashed rules that announce it ("----------
// Forwarded message ---------"), a line of its own that opens it ("Begin forwarded message:"), and
// the words of its header lines ("From:", "Sent:", "To:", "Subject:"). Lower case, plain text
// (escaped where they are read); each entry has an example in tests/parser/lang/forward-headers.test.ts.

export interface ForwardWords {
  /** between the dashed rules above the forwarded headers (Gmail and its kin) */
  marker?: readonly string[];
  /** a line of its own above them, a colon after it allowed (Apple Mail) */
  opening?: readonly string[];
  from?: readonly string[];
  /** the date or sent line */
  date?: readonly string[];
  to?: readonly string[];
  subject?: readonly string[];
}

export const forwardWords: Record<string, ForwardWords> = {
  // Arabic (Gmail): the forwarded message, with and without the damma; from, date, to, subject
  ar: {
    marker: ["الرسالة المُعاد توجيهها", "الرسالة المعاد توجيهها"],
    from: ["من"],
    date: ["التاريخ"],
    to: ["إلى"],
    subject: ["الموضوع"],
  },
  // Czech (Outlook): "Odesláno" (sent); its from, to and subject words are text/forwards.ts's
  cs: { date: ["odesláno"] },
  // Greek (Outlook): "Στάλθηκε" (sent)
  el: { date: ["στάλθηκε"] },
  // French (Thunderbird): "Sujet" (subject) and "Pour" (to), the header block opening with the
  // subject ("Sujet : … / Date : … / De : … / Pour : …"); its marker, date and from words are text/forwards.ts's
  fr: { to: ["pour"], subject: ["sujet"] },
  // Hebrew (Gmail, Outlook): "הודעה שהועברה" (forwarded message), "הודעה מקורית" (original message);
  // "מאת" (from), "נשלח" (sent), "תאריך" (date), "אל" (to), "נושא" (subject)
  he: {
    marker: ["הודעה שהועברה", "הודעה מקורית"],
    from: ["מאת"],
    date: ["נשלח", "תאריך"],
    to: ["אל"],
    subject: ["נושא"],
  },
  // Croatian (Outlook): "Šalje" (sends), "Poslano" (sent), "Prima" (receives), "Predmet" (subject)
  hr: { from: ["šalje"], date: ["poslano"], to: ["prima"], subject: ["predmet"] },
  // Indonesian (Gmail): "Dari" (from), "Tanggal" (date); its to and subject words ("Kepada",
  // "Subjek") are Malay's. Its banner ("---------- Pesan terusan ---------") is read as any dashed
  // banner is, above a header block: a chat pasted under it without one stays the partner's text
  id: { from: ["dari"], date: ["tanggal"] },
  // Japanese (Thunderbird): "転送メッセージ" (forwarded message); its header words are text/forwards.ts's
  ja: { marker: ["転送メッセージ"] },
  // Malay (Gmail): the forwarded message; from, date, to, subject
  ms: {
    marker: ["mesej yang dimajukan"],
    from: ["daripada"],
    date: ["tarikh"],
    to: ["kepada"],
    subject: ["subjek"],
  },
  // Russian (Thunderbird, Yandex, Mail.ru): "Пересылаемое сообщение" (the message passed on), "От кого"
  // (from whom); its date, to and subject words are text/forwards.ts's
  ru: { marker: ["пересылаемое сообщение"], from: ["от кого"] },
  // Swedish (Apple Mail): "Början av vidarebefordrat mejl"
  sv: { opening: ["början av vidarebefordrat mejl"] },
  // Turkish (Gmail): "Yönlendirilmiş ileti"
  tr: { marker: ["yönlendirilmiş ileti"] },
  // Ukrainian (Outlook): "Від" (from), "Надіслано" (sent); its to and subject words are Russian's too
  uk: { from: ["від"], date: ["надіслано"] },
  // Vietnamese (Gmail): "Từ" (from), "Ngày" (date), "Đến" (to), "Tiêu đề" (subject); the marker is English
  vi: { from: ["từ"], date: ["ngày"], to: ["đến"], subject: ["tiêu đề"] },
  // Chinese (Gmail), traditional and simplified: the forwarded message; sender, date, recipient, subject.
  // Outlook and Foxmail: "原始郵件" / "原始邮件" (the original mail), "寄件日期" / "发送时间" (sent)
  zh: {
    marker: ["轉寄的郵件", "转发的邮件", "原始郵件", "原始邮件"],
    from: ["寄件者", "发件人"],
    date: ["日期", "寄件日期", "发送时间"],
    to: ["收件者", "收件人"],
    subject: ["主旨", "主题"],
  },
};

/** The words of one kind over every language above. */
export function forwardWordsOf(kind: keyof ForwardWords): string[] {
  return Object.values(forwardWords).flatMap((w) => w[kind] ?? []);
}
