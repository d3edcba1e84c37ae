// Turkish cue entries (services/parser/lang/tr.ts): stage, motion and consent, each entry in a
// sentence written for this test (invented firms and people), typed with and without the Turkish
// letters, and the near misses the risky entries must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";
import { loose } from "../../../services/parser/lang/tr.ts";

describe("Turkish: typed without the Turkish letters", () => {
  it("a cue matches its plain and its dotted-capital spellings", () => {
    const re = new RegExp(`^${loose("iletişim izni")}$`, "iu");
    expect(re.test("iletisim izni")).toBe(true);
    expect(re.test("İletişim izni")).toBe(true);
    expect(re.test("ILETISIM IZNI")).toBe(true);
    expect(re.test("iletişim ızni")).toBe(false);
  });

  it("escapes and character classes are left as written", () => {
    expect(loose(String.raw`[şi]\p{L}*\s+ş`)).toBe(String.raw`[şi]\p{L}*\s+[şs]`);
  });
});

describe("Turkish stage: evaluation", () => {
  it.each([
    ["Zorvek Lojistik fiyat teklifi bekliyor.", "fiyat teklifi"],
    ["Proje şu an teklif aşamasında.", "teklif aşaması"],
    ["Dün teklifimizi ilettik, dönüş bekliyoruz.", "teklif ilettik"],
    ["Teklifimizi gonderdik.", "without the letters"],
    ["Müdür teklif talep etti.", "teklif talep etti"],
    ["Teklifimizi bekliyorlar.", "teklif bekliyorlar"],
    ["Deneme süreci iki hafta sürecek.", "deneme süreci"],
    ["Şu anda test aşamasındalar.", "test aşaması"],
    ["İki şubede test ediyorlar.", "test ediyor"],
    ["Pilot projesi nisan ayında başlıyor.", "pilot proje"],
    ["Bütçe onaylandı, karar yakın.", "bütçe onaylandı"],
    ["Üç çözümü karşılaştırıyorlar.", "karşılaştırıyor"],
    ["Karşılaştırma aşamasına geldik.", "karşılaştırma aşaması"],
    ["Kısa listeye girdik.", "kısa liste"],
    ["Teknik şartname hazırlanıyor.", "teknik şartname"],
    ["Fiyat müzakeresi sürecindeyiz.", "müzakere süreci"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("evaluation"));

  it.each([
    ["Müdür teklif talep etmedi.", "a negative verb"],
    ["Teklif bekleyen bir müşteri değil.", "no waiting verb"],
  ])("%s is no evaluation (%s)", (text) => expect(detectStage(text)).not.toBe("evaluation"));

  it("a rival's offer: 'X'ten de teklif aldılar'", () => {
    expect(detectStage("Kelvora'dan da teklif aldılar.")).toBe("evaluation");
  });
});

describe("Turkish stage: a meeting booked", () => {
  it.each([
    ["Demo toplantısı salı günü yapılacak.", "yapılacak"],
    ["Sunum perşembe günü planlanmıştır.", "planlanmıştır"],
    ["Randevumuz cuma için netleşti.", "netleşti"],
    ["Görüşme 14 Mart'ta kesinleşti.", "kesinleşti"],
    ["Toplantı takvime eklendi.", "takvime eklendi"],
    ["Keşif ziyareti ayarlanmış durumda.", "ayarlanmış"],
    ["Ekiple çalıştay ayarladık.", "çalıştay"],
    ["Atölye çalışması planlandı.", "atölye"],
    ["Perşembe günü müdürle görüşeceğiz.", "a weekday, then a verb"],
    ["Yarın fabrikada buluşacağız.", "yarın"],
    ["12 Nisan'da toplanacağız.", "a date written out"],
    ["Carsamba gunu demo yapacagiz.", "without the letters"],
    ["Randevu aldık, saat 10:00.", "randevu aldık"],
    ["Demosu pazartesi.", "demosu, a weekday"],
    ["Toplantı 3 Ekim tarihinde.", "a month name"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it.each([
    ["Toplantıda pazar payını konuştuk.", "'pazar' alone is the market"],
    ["Demo yapıldı, pazartesi görüşürüz.", "a meeting held"],
  ])("%s is no booked meeting (%s)", (text) => expect(detectStage(text)).not.toBe("discovery_scheduled"));

  it("a meeting without a day yet is a new introduction", () => {
    expect(detectStage("Görüşme planlandı, tarih henüz belli değil.")).toBe("new_intro");
  });
});

describe("Turkish stage: a new introduction", () => {
  it.each([
    ["Bu bir ilk temas.", "ilk temas"],
    ["Yeni bir müşteri adayı: Varnel Tekstil.", "yeni müşteri adayı"],
    ["Sizi Ahmet Bey ile tanıştırmak istiyoruz.", "tanıştırmak"],
    ["Mevcut sistemlerini değiştirmeyi düşünüyorlar.", "değiştirmeyi düşünüyor"],
    ["Henüz fikir aşamasındalar.", "fikir aşaması"],
    ["Daha fazla bilgi almak istiyorlar.", "bilgi almak istiyor"],
    ["Bir demo talep ettiler.", "demo talep etti"],
    ["Sunum istediler.", "sunum istedi"],
    ["Henüz bir toplantı ayarlanmadı.", "henüz ayarlanmadı"],
    ["Henüz kendisiyle görüşülmedi.", "henüz görüşülmedi"],
    ["Bu sadece bir yönlendirme.", "sadece yönlendirme"],
  ])("%s (%s)", (text) => expect(detectStage(text)).toBe("new_intro"));

  it("a demo not wanted is no introduction", () => {
    expect(detectStage("Demo istemediler.")).toBeNull();
  });

  it("a conditional ('eğer') leaves a trial unsaid", () => {
    expect(detectStage("Eğer bütçe onaylandı ise konuşuruz.")).toBeNull();
  });
});

describe("Turkish motion", () => {
  it.each([
    ["Lisanslar bizim üzerimizden satın alınacak.", "resale"],
    ["Faturayı biz keseceğiz.", "resale"],
    ["Bölgenin yetkili bayisiyiz.", "resale"],
    ["Üreticinin distribütörü olarak çalışıyoruz.", "resale"],
    ["Lisansları satın alıp müşteriye satacağız.", "resale"],
    ["Biz yalnızca yönlendiriyoruz.", "referral"],
    ["Yönlendirme komisyonu yeterli.", "referral"],
    ["Müşteriyi size yönlendiriyoruz.", "referral"],
    ["Satışı doğrudan siz yapacaksınız.", "referral"],
    ["Kurulumu ve eğitimi biz yapacağız.", "services"],
    ["Entegrasyonu biz üstleneceğiz.", "services"],
    ["Yönetilen hizmet olarak sunuyoruz.", "services"],
    ["Bölgede sistem entegratörüyüz.", "services"],
    ["Projede implementasyon ortağıyız.", "services"],
    ["Ortak satış yapmak istiyoruz.", "technology"],
    ["Sizin teknoloji ortağınızız.", "technology"],
    ["Ürünümüz sizin platformunuza entegre çalışıyor.", "technology"],
    ["Satın alma Azure pazar yeri üzerinden olacak.", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("'we will not sell' and support that is not ours say nothing", () => {
    expect(detectMotion("Kurulum yapmayacağız.")).toBeNull();
  });
});

describe("Turkish consent", () => {
  it.each([
    ["Kendisini doğrudan arayabilirsiniz.", true],
    ["Onunla iletişime geçebilirsiniz.", true],
    ["Müşteriye ulaşabilirsiniz.", true],
    ["Aramanızı bekliyor.", true],
    ["Dönüşünüzü bekliyorlar.", true],
    ["Aramanıza izin verdi.", true],
    ["İletişim izni var.", true],
    ["Sizinle görüşmek istiyor.", true],
    ["Görüşmeye açık.", true],
    ["Arayacağınızdan haberi var.", true],
    ["Müdür iletişime geçilmesine razı oldu.", true],
    ["Aranmaya tamam dedi.", true],
    ["İrtibat kurulmasını onayladılar.", true],
    ["Lütfen kendisini aramayın.", false],
    ["Ben haber verene kadar beklemenizi rica ederim.", false],
    ["Önce biz kendisiyle konuşacağız.", false],
    ["Aramadan önce bana haber verin.", false],
    ["İletişim sadece bizim üzerimizden olsun.", false],
    ["Arama izni henüz yok.", false],
    ["Müşterinin henüz haberi yok.", false],
    ["Arama izni: yok", false],
    ["Müşteri onayı: var", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["İletişim izni: evet", "evet", true],
    ["Iletisim izni: hayir", "hayir", false],
    ["Görüşme izni: verildi", "verildi", true],
    ["İletişim onayı: alınmadı", "alınmadı", false],
    ["Arama izni: henüz yok", "henüz yok", false],
    ["Müşteri onayı: tamam", "tamam", true],
    ["Müşteri onayı: onaylı", "onaylı", true],
    ["Arama izni: alındı", "alındı", true],
    ["İletişim izni: verilmedi", "verilmedi", false],
  ])("the label %s is consent, its value answers", (line, value, want) => {
    expect(findLabelled(line)[0]).toMatchObject({ field: "consent", value });
    expect(detectConsent(value, { labelled: true })).toBe(want);
  });

  it.each([
    ["Herhangi bir sorunuz olursa beni arayabilirsiniz.", "the partner's own sign-off"],
    ["Arayacağınızdan haberi var mı?", "a question"],
    ["Aramanıza izin vermedi.", "a negative verb"],
  ])("%s -> not a permission (%s)", (text) => expect(detectConsent(text)).not.toBe(true));

  it("a budget not approved is no refusal of contact", () => {
    expect(detectConsent("Bütçe onayı alınmadı.")).toBeNull();
  });
});

describe("Turkish offer asked for: the negative is none", () => {
  it.each([
    ["Müşteri teklif istemedi, sadece bilgi aldı.", null],
    ["Şimdilik teklif istemiyorlar.", null],
    ["Teklif istemediler, önce demo görmek istiyorlar.", null],
    ["Teklif göndermedik.", null],
    ["Teklif hazırlamadık.", null],
  ])("%s -> not evaluation", (text) => expect(detectStage(text)).not.toBe("evaluation"));

  it.each([
    ["Teklif istediler.", "evaluation"],
    ["Teklif istiyorlar.", "evaluation"],
    ["Teklif hazırlıyoruz.", "evaluation"],
    ["Teklif gönderdik.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});
