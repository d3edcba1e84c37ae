// Label words of the wide-mix languages (Hindi, Russian and Ukrainian, Chinese, Korean, Greek,
// Hebrew, Arabic, Thai, Turkish, Vietnamese, Indonesian and Malay, Japanese) read in a form, in
// sentences of our own; the same words in running prose, not at a label's place, label nothing.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { normaliseSpacing } from "../../services/parser/extract/mail-context.ts";

// the full-width colon of Chinese and Japanese input reads as a colon, as in a decoded mail
const fields = (text: string) =>
  Object.fromEntries([...firstByField(findLabelled(normaliseSpacing(text)))].map(([field, v]) => [field, v.value]));

describe("wide-mix label words in a form", () => {
  it("reads a Hindi form", () => {
    const form = [
      "कंपनी: सुरभि टेक्सटाइल्स प्रा. लि.",
      "वेबसाइट: surabhi-tex.example.in",
      "संपर्क व्यक्ति: अनिल वर्मा",
      "पद: खरीद प्रमुख",
      "ईमेल: anil@surabhi-tex.example.in",
      "फोन: +91 98 7654 3210",
      "समस्या: स्टॉक का हिसाब रजिस्टर में हाथ से होता है",
      "अनुमानित मूल्य: ₹6,00,000 प्रति वर्ष",
      "प्रतिस्पर्धी: Ledgerly",
      "स्थिति: डेमो अगले सप्ताह",
      "क्षेत्र: गुजरात",
      "सहमति: हाँ",
    ].join("\n");
    expect(fields(form)).toMatchObject({
      company: "सुरभि टेक्सटाइल्स प्रा. लि.",
      website: "surabhi-tex.example.in",
      contactName: "अनिल वर्मा",
      role: "खरीद प्रमुख",
      email: "anil@surabhi-tex.example.in",
      phone: "+91 98 7654 3210",
      need: "स्टॉक का हिसाब रजिस्टर में हाथ से होता है",
      value: "₹6,00,000 प्रति वर्ष",
      competitors: "Ledgerly",
      stage: "डेमो अगले सप्ताह",
      region: "गुजरात",
      consent: "हाँ",
    });
  });

  it("reads Russian and Ukrainian need, value, product and motion labels", () => {
    expect(fields("Задача: сверка остатков по трём складам вручную\nСумма: около 900 000 руб. в год")).toMatchObject({
      need: "сверка остатков по трём складам вручную",
      value: "около 900 000 руб. в год",
    });
    expect(fields("Главная боль: заявки теряются в почте")).toMatchObject({ need: "заявки теряются в почте" });
    expect(fields("Орієнтовна сума: 300 тис. грн\nМодуль: Склад\nМодель: перепродаж")).toMatchObject({
      value: "300 тис. грн",
      product: "Склад",
      motion: "перепродаж",
    });
  });

  it("reads Chinese need, stage and value labels, simplified and traditional", () => {
    expect(fields("需求說明：門市排班仍用紙本\n目前進度：已安排展示\n預估金額：新台幣 40 萬")).toMatchObject({
      need: "門市排班仍用紙本",
      stage: "已安排展示",
      value: "新台幣 40 萬",
    });
    expect(fields("客户主要问题：仓库盘点靠人工\n阶段：试用中\n合作方式：我方转售")).toMatchObject({
      need: "仓库盘点靠人工",
      stage: "试用中",
      motion: "我方转售",
    });
  });

  it("reads Korean, Greek and Hebrew need and value labels", () => {
    expect(fields("필요 사항: 재고 실사 자동화\n예상금액: 3,000만 원")).toMatchObject({
      need: "재고 실사 자동화",
      value: "3,000만 원",
    });
    expect(fields("Ανάγκη: οι παραγγελίες καταγράφονται σε τετράδιο\nΕκτιμώμενη αξία: 12.000 €")).toMatchObject({
      need: "οι παραγγελίες καταγράφονται σε τετράδιο",
      value: "12.000 €",
    });
    expect(fields("שווי משוער: ₪75,000 לשנה\nאיש הקשר: נועה לוי")).toMatchObject({
      value: "₪75,000 לשנה",
      contactName: "נועה לוי",
    });
  });

  it("reads Arabic, Thai, Turkish and Vietnamese labels", () => {
    expect(
      fields("الموقع: www.nakheel-dates.example.sa\nالقيمة التقديرية: 90,000 ريال\nجوال: +966 50 111 2233"),
    ).toMatchObject({ website: "www.nakheel-dates.example.sa", value: "90,000 ريال", phone: "+966 50 111 2233" });
    expect(fields("สถานะ: นัดสาธิตแล้ว\nมูลค่าโดยประมาณ: 250,000 บาท\nรูปแบบ: ขายต่อ")).toMatchObject({
      stage: "นัดสาธิตแล้ว",
      value: "250,000 บาท",
      motion: "ขายต่อ",
    });
    expect(fields("İlgili kişi: Selin Aydın\nAşama: teklif gönderildi\nTahmini değer: 15.000 USD")).toMatchObject({
      contactName: "Selin Aydın",
      stage: "teklif gönderildi",
      value: "15.000 USD",
    });
    expect(fields("Điện thoại: 0903 555 120\nHình thức: chúng tôi bán lại")).toMatchObject({
      phone: "0903 555 120",
      motion: "chúng tôi bán lại",
    });
  });

  it("reads a Malay form with blanks before the colon and bullets", () => {
    const form = [
      "• Syarikat   : Kedai Buku Cendana Sdn. Bhd.",
      "• Jawatan    : Pengurus Kewangan",
      "• E-mel      : faizal@cendana.example.my",
      "• Masalah    : stok dikira secara manual setiap minggu",
    ].join("\n");
    expect(fields(form)).toMatchObject({
      company: "Kedai Buku Cendana Sdn. Bhd.",
      role: "Pengurus Kewangan",
      email: "faizal@cendana.example.my",
      need: "stok dikira secara manual setiap minggu",
    });
  });

  it("reads Japanese contact, form and budget labels", () => {
    expect(fields("ご担当：経理部 佐藤様\n形態：弊社より再販\n予算感：年間200万円程度")).toMatchObject({
      contactName: "経理部 佐藤様",
      motion: "弊社より再販",
      value: "年間200万円程度",
    });
  });
});

describe("the same words in prose label nothing", () => {
  it.each([
    "हमारी कंपनी ने पिछले महीने उनसे बात की थी",
    "Эта задача у них стоит уже полгода, решают её вручную.",
    "客户主要问题在于盘点太慢，我们下周拜访。",
    "Η ανάγκη τους είναι απλή και η αξία της συμφωνίας μικρή.",
    "Bütçe konusu henüz konuşulmadı, aşama olarak erken.",
    "Syarikat itu ada tiga cawangan di Johor.",
  ])("%s", (line) => {
    expect(findLabelled(line)).toEqual([]);
  });
});
