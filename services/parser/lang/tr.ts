// Turkish registering phrases and cue phrases (the forwarded-mail header words are in
// text/forwards.ts). Suffixes join the word ("toplantısı"), so stems carry \p{L}* where they vary.
import type { CueTable, LabelTable } from "./types.ts";

// "İhtiyaç: …": what the prospect needs (a label's dotted capital İ reads as i: extract/labels.ts)
export const labels: LabelTable = {
  // "Kurum: …" (institution), "Şirket: …" (company), "Müşteri: …" (customer), and their "… adı" (name)
  company: ["kurum", "kurum adı", "şirket", "şirket adı", "firma adı", "müşteri", "müşteri adı"],
  need: ["ihtiyaç"],
  // "Rakip: …" (rival), "Rakipler: …"
  competitors: ["rakip", "rakipler"],
  // "Şehir: …" (town), "Bölge: …" (region), "Konum: …" (location)
  region: ["şehir", "bölge", "konum"],
};

/** Registering phrases (see CueTable.registering); the cue tables are `cues`. */
export const registering: readonly string[] = [
  // "Kayıt: …" as a subject or line label, "fırsat kaydı", "kaydını açar mısınız", "kaydedin",
  // "yeni müşteri", "yeni fırsat"
  String.raw`kay[ıi]t\s*:`,
  String.raw`(?:fırsat|proje|müşteri) kayd[ıi]\p{L}*`,
  String.raw`kayded(?:in|iniz|er misiniz|ebilir misiniz)`,
  // "… için kayıt istiyoruz", "kayıt rica ediyoruz": a registration asked for
  // "… için kayıt açmak istiyoruz": asked to open one
  String.raw`kay[ıi]t\s+(?:aç\p{L}*\s+)?(?:isti\p{L}*|rica\s+ed\p{L}*)`,
  String.raw`yeni (?:müşteri|fırsat|proje)`,
  // "… için kayıt lütfen" (a registration, please), also typed without its dots on a phone
  String.raw`kay[ıi]t\s+l[üu]tfen`,
];

export const cues: CueTable = {
  problem: {
    // "kağıt üzerinde", "Excel'de", "manuel"
    // "sorun" (a problem: "sorun", "sorunu", "sorunlar")
    strong: [String.raw`kağıt\p{L}*`, String.raw`excel['’]?\p{L}*`, "manuel", String.raw`sorun\p{L}*`],
    // "istiyor", "istiyoruz", "ihtiyaç duyuyor"
    weak: [String.raw`istiyor\p{L}*`, String.raw`ihtiyaç\p{L}*`],
  },
  // "İletişim izni: evet" / "hayır"
  yes: ["evet"],
  no: ["henüz değil", "hayır", "hayir"],
  negationBefore: ["henüz", "hiç"],
  stage: {
    // a quote asked for, a trial: "teklif istediler", "teklif hazırlıyoruz", "deneme sürümü"
    // the prospect weighing offers: "teklifleri değerlendiriyorlar"
    evaluation: [
      String.raw`teklif\s+(?:iste|hazırl|gönder)\p{L}*`,
      String.raw`deneme\s+sürüm\p{L}*`,
      String.raw`değerlendiriyor\p{L}*`,
      // the offer given, being weighed, a public tender: "teklif verildi", "değerlendirme aşamasında", "ihale"
      String.raw`teklif\s+(?:verildi|sunuldu|iletildi)`,
      String.raw`değerlendirme\s+aşamas\p{L}*`,
      String.raw`ihale\p{L}*`,
    ],
    // "demo toplantısı ayarlandı", "görüşme planlandı"
    // a site survey or visit is a meeting too: "saha keşfi", "keşif toplantısı", "ziyaret"
    event: [
      String.raw`toplantı\p{L}*`,
      String.raw`görüşme\p{L}*`,
      "demo",
      String.raw`keşi?f\p{L}*`,
      String.raw`ziyaret\p{L}*`,
    ],
    booked: ["ayarlandı", "planlandı", "belirlendi", "kararlaştırıldı", "ayarladık", "planladık"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    // the yes given or obtained ("onayı var", "onayı alınmıştır"), not awaited ("onay bekliyoruz")
    agreeWord: ["kabul etti", "onayladı", "onay verdi", "onayı var", String.raw`onay(?:ı)?\s+alın\p{L}*`],
    contactWord: [String.raw`iletişim\p{L}*`, String.raw`aranma\p{L}*`, String.raw`görüşme\p{L}*`],
    // "aranmayı kabul etti", "görüşmeyi kabul etti", "iletişime geçilmesini kabul etti"
    permission: [
      String.raw`(?:görüşmeyi|aranmayı|iletişime\s+geçilmesini|iletişimi)\s+kabul\s+et\p{L}*`,
      // "… iletişime geçmesini onayladı"; the prospect's own words in a forward: "bilgilerimi … paylaşabilirsiniz"
      String.raw`(?:iletişime\s+geç(?:mesini|ilmesini)|aramasını|aranmayı|görüşmeyi)\s+onayla\p{L}*`,
      String.raw`bilgilerimi\s+(?:[\p{L}'’]+\s+){0,3}?paylaşabilir\p{L}*`,
      // no objection to a talk: "kendisiyle görüşmenizde sakınca yok"
      String.raw`(?:görüşme|iletişim|aranma)\p{L}*\s+(?:bir\s+)?sakınca\s+(?:yok|bulunmuyor|görmüyor\p{L}*)`,
    ],
    // not told or asked yet: "henüz kendisine sormadım", "müdüre henüz aramanızı söylemedik"
    prohibition: [String.raw`henüz\s+(?:[\p{L}'’]+\s+){0,4}?(?:söyle|sor|bildir|danış)(?:me|ma)d\p{L}*`],
  },
  motion: {
    // the partner buys and resells: "yeniden satacağız", "bayi olarak"
    // "bayi modeli"; "lisansı biz satacağız", "biz satın alıp fatura edeceğiz"
    resale: [
      String.raw`yeniden\s+sat\p{L}*`,
      String.raw`bayi\s+(?:olarak|modeli)`,
      // "biz satacağız" (we will sell); the verb's negative forms ("satmayacağız", "satmıyoruz",
      // "satmadık", "satmayız") say the opposite, the infinitive "satmak" does not
      String.raw`biz\s+sat(?!m(?:ı|i)|ma(?:y|d|z))\p{L}*`,
    ],
    // "biz sadece tanıştırıyoruz": the partner only introduces
    referral: [String.raw`sadece\s+tanıştır\p{L}*`],
  },
  // "şu an X kullanıyorlar", "şu anda X teklifini de değerlendiriyorlar": the system used or the
  // rival weighed at the moment, named right after "at the moment"
  competitorBefore: [String.raw`şu\s+an(?:da)?\s+`],
  // the deal's value: a yearly figure ("yıllık 90.000 TL", "yılda …"), a budget ("bütçesi"), an
  // estimated value ("tahmini değer"); a monthly one ("ayda", "aylık", "her ay") is a fee's part
  money: {
    near: [String.raw`yıllık`, String.raw`yılda`, String.raw`bütçe\p{L}*`, String.raw`tahmini\s+(?:değer|tutar)\p{L}*`],
    monthly: [String.raw`ayda`, String.raw`aylık`, String.raw`her\s+ay`],
  },
};

/**
 * Turkish capitals: "I" is the capital of the dotless "ı", "İ" that of "i". A Turkish name written
 * in capitals ("… HATLARI", a telex, a keyboard without "İ") leaves the small letter of each "I"
 * open, so it cannot be written back as the firm writes it. A name is Turkish by its domain's
 * country code or by its legal form, in capitals with or without the Turkish letters
 * ("A.Ş.", "A.S.", "LTD. ŞTİ.", "LTD. STI.").
 */
export const capitals = {
  countryCode: "tr",
  open: "I",
  forms: [String.raw`A\.\s?[SŞ]\.?`, String.raw`LTD\.?\s*[SŞ]T[Iİ]\.?`],
} as const;
