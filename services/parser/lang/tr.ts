// Turkish registering phrases and cue phrases (the forwarded-mail header words are in
// text/forwards.ts). Suffixes join the word ("toplantısı"), so stems carry \p{L}* where they vary.
import type { CueTable, LabelTable } from "./types.ts";

// "İhtiyaç: …": what the prospect needs (a label's dotted capital İ reads as i: extract/labels.ts)
export const labels: LabelTable = {
  // "Unvan: …" / "Ünvan: …" (title), "Görevi: …" (post)
  role: [
    "unvan",
    "ünvan",
    "görevi",
    // the title (possessive), the post
    "ünvanı",
    "unvanı",
    "görev",
  ],
  // "Kurum: …" (institution), "Şirket: …" (company), "Müşteri: …" (customer), and their "… adı" (name)
  company: [
    "kurum",
    "kurum adı",
    "şirket",
    "şirket adı",
    "firma adı",
    "müşteri",
    "müşteri adı",
    // the firm, the organisation, the business
    "firma",
    "kuruluş",
    "işletme",
    // a club and its name, an association
    "kulüp",
    "kulüp adı",
    "dernek",
  ],
  need: [
    "ihtiyaç",
    // the needs, the problem, the main problem
    "ihtiyaçlar",
    "sorun",
    "ana sorun",
  ],
  // "Rakip: …" (rival), "Rakipler: …"
  competitors: ["rakip", "rakipler"],
  // "Şehir: …" (town), "Bölge: …" (region), "Konum: …" (location)
  region: ["şehir", "bölge", "konum"],
  // "İletişim izni: evet", "Müşteri onayı: var", "Arama izni: yok"
  consent: ["iletişim izni", "iletişim onayı", "müşteri onayı", "arama izni", "görüşme izni"],
  // the web site, the web address
  website: ["web sitesi", "internet sitesi", "web adresi"],
  // the person concerned, the person authorised, the liaison
  contactName: ["ilgili kişi", "yetkili", "yetkili kişi", "irtibat", "irtibat kişisi", "iletişim kişisi"],
  // e-mail and its address
  email: ["e-posta", "eposta", "e-posta adresi"],
  // the mobile
  phone: ["cep", "cep telefonu"],
  // the stage, the state
  stage: ["aşama", "durum"],
  // the estimated value or budget, the budget, the (estimated) sum
  value: ["tahmini değer", "toplam tahmini değer", "tahmini bütçe", "bütçe", "değer", "tahmini tutar", "tutar"],
  // the sales model, our role
  motion: ["satış modeli", "rolümüz"],
  // the product(s) or module they are interested in
  product: [
    "ürün",
    "ürünler",
    "ilgilenilen ürün",
    "ilgilendikleri ürünler",
    "ilgilendikleri modül",
    "modül",
    "ilgilenilen modül",
  ],
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
  // "… için kayıt açar mısınız", "kaydı bizim adımıza açabilir misiniz": asked, as a question, to open
  // one (a word or three between); the question mark is the request's politeness, not an enquiry
  String.raw`kay(?:[ıi]t|d[ıi](?:n[ıi])?)\s+(?:\S+\s+){0,3}?a[çc](?:ar|abilir)\s*m[ıi]s[ıi]n[ıi]z`,
];

/**
 * A Turkish cue as people type it: with or without the Turkish letters ("görüşme", "gorusme";
 * "ı" typed as "i"), and a dotted capital "İ" for "i" (the i flag does not fold "İ" to "i").
 * Letters inside a character class and escapes ("\p{L}") are left as written.
 */
const PLAIN: Readonly<Record<string, string>> = {
  ç: "[çc]",
  ğ: "[ğg]",
  ı: "[ıi]",
  ö: "[öo]",
  ş: "[şs]",
  ü: "[üu]",
  i: "[iİ]",
};
const ESCAPE = /^\\(?:[pPu]\{[^}]*\}|.)/su;
export function loose(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const e = ESCAPE.exec(source.slice(i))![0];
      out += e;
      i += e.length - 1;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += !inClass && PLAIN[c] ? PLAIN[c] : c;
  }
  return out;
}
const all = (list: readonly string[]): readonly string[] => list.map(loose);

// a verb's positive forms only: the negative ("istemedi", "istemiyor", "istemez", "istemeyecek";
// "vermedi"; "etmedi") says the opposite, the infinitive and the reported past ("istemiş") do not
const POS_E = String.raw`(?!m(?:e[dzy]|iyor|i[yş]?ecek))`;
// the same after a back vowel: "onayladı", "onaylamış", not "onaylamadı", "onaylamıyor", "onaylamaz"
const POS_A = String.raw`(?!m(?:a[dzy]|ıyor|ı[yş]?acak))`;
// the partner's objects of contact: "kendisini", "onu", "müşteriyi" …
const HIM = String.raw`(?:kendisi(?:ni|ne|yle)|onu|ona|onunla|onları|onlara|onlarla|müşteri(?:yi|ye|yle))`;
// "istiyor", "istedi", "istemiş" (wants, wanted), not "istemiyor", "istemedi"
const WANT = String.raw`(?:isti\p{L}*|iste${POS_E}\p{L}*)`;
// the vendor may reach the prospect: "arayabilirsiniz", "ulaşabilirsiniz", "iletişime geçebilirsiniz"
const YOU_MAY_REACH = String.raw`(?:arayabilirsiniz|ulaşabilirsiniz|(?:iletişime|irtibata)\s+geçebilirsiniz|görüşebilirsiniz|yazabilirsiniz|e-?posta\s+atabilirsiniz)`;
// month names, for a date written out ("12 Mart", "3 Nisan'da"), also typed without the Turkish letters
const MONTHS = [
  "ocak",
  "şubat",
  "subat",
  "mart",
  "nisan",
  "mayıs",
  "mayis",
  "haziran",
  "temmuz",
  "ağustos",
  "agustos",
  "eylül",
  "eylul",
  "ekim",
  "kasım",
  "kasim",
  "aralık",
  "aralik",
];

export const cues: CueTable = {
  // "Konya'da 4 şube", "Kaş'taki otel": the locative ending on a place's name, after voiced and
  // voiceless sounds ("'da", "'ta"), and its "…ki" form before a noun
  placeSuffix: ["de", "da", "te", "ta", "deki", "daki", "teki", "taki"],
  problem: {
    // "kağıt üzerinde", "Excel'de", "manuel"
    // "sorun" (a problem: "sorun", "sorunu", "sorunlar")
    strong: [
      // a notebook, typed in by hand: "defterde", "elle giriliyor"
      String.raw`defter\p{L}*`,
      String.raw`elle\s+gir\p{L}*`,
      String.raw`kağıt\p{L}*`,
      String.raw`excel['’]?\p{L}*`,
      "manuel",
      String.raw`sorun\p{L}*`,
    ],
    // "istiyor", "istiyoruz", "ihtiyaç duyuyor"
    // a means of talking as the process: "siparişler telefonla", "WhatsApp üzerinden"; "kendisiyle telefonla
    // görüştüm" is the partner's talk
    channel: [
      String.raw`telefon(?:la|dan)`,
      String.raw`telefon\s+ile`,
      String.raw`(?:whatsapp|instagram|facebook)\s+(?:üzerinden|ile)`,
    ],
    talked: ["konuştum", "konuştuk", "görüştüm", "görüştük", "anlaştık", "aradım"],
    weak: [
      // a search: "yazılım arıyorlar"
      String.raw`arıyor\p{L}*`,
      String.raw`istiyor\p{L}*`,
      String.raw`ihtiyaç\p{L}*`,
    ],
    // an interest named ("… ilgileniyorlar"): a need when its object is no name (see prose-fields)
    interest: [String.raw`ilgileniyor\p{L}*`],
  },
  // "İletişim izni: evet" / "hayır"; "var" (there is one), "yok" (there is none), given or taken
  yes: all(["evet", "var", "verildi", "alındı", "tamam", "onaylı"]),
  no: all(["henüz değil", "hayır", "yok", "henüz yok", "verilmedi", "alınmadı"]),
  // "hiçbir toplantı …" (no meeting at all)
  negationBefore: all(["henüz", "hiç", "hiçbir"]),
  // right after a cue: "demo yok" (no demo), "… değil" (not …)
  negationAfter: all(["değil", "yok"]),
  // "eğer demo iyi geçerse …" (if), "şayet" (if), "belki" (perhaps)
  // "… olursa" (should there be …)
  conditional: all(["eğer", "şayet", "belki", "olursa"]),
  stage: {
    month: MONTHS,
    // a quote asked for, a trial: "teklif istediler", "teklif hazırlıyoruz", "deneme sürümü"
    // the prospect weighing offers: "teklifleri değerlendiriyorlar"
    evaluation: all([
      // not the negative: "teklif istemediler", "teklif istemiyor", "teklif göndermedik", "teklif hazırlamadık"
      String.raw`teklif\s+(?:${WANT}|gönder${POS_E}\p{L}*|hazırl(?!am(?:a[dzy]|ıyor|a[yz]?acak))\p{L}*)`,
      String.raw`deneme\s+sürüm\p{L}*`,
      String.raw`değerlendiriyor\p{L}*`,
      // the offer given, being weighed, a public tender: "teklif verildi", "değerlendirme aşamasında", "ihale"
      String.raw`teklif\s+(?:verildi|sunuldu|iletildi)`,
      String.raw`değerlendirme\s+aşamas\p{L}*`,
      String.raw`ihale\p{L}*`,
      // "fiyat teklifi" (a price quote), "teklif aşamasında", our offer sent: "teklifimizi ilettik"
      String.raw`fiyat\s+teklif\p{L}*`,
      String.raw`teklif\s+aşamas\p{L}*`,
      String.raw`teklif\p{L}*\s+(?:ilettik|gönderdik|sunduk|verdik|paylaştık)`,
      // asked for or awaited: "teklif talep ettiler", "teklifimizi bekliyorlar"
      String.raw`teklif\p{L}*\s+talep\s+et${POS_E}\p{L}*`,
      String.raw`teklif\p{L}*\s+bekli(?:yor|yorlar|yoruz)\p{L}*`,
      // a trial or test phase: "deneme süreci", "test aşamasında", "test ediyorlar", "pilot proje"
      String.raw`deneme\s+(?:süreci|sürecinde|aşamas\p{L}*|hesab\p{L}*|kurulum\p{L}*)`,
      String.raw`test\s+(?:aşamas|süreci|sürecinde)\p{L}*`,
      String.raw`test\s+ediyor\p{L}*`,
      String.raw`pilot\s+(?:proje|uygulama|çalışma|kurulum)\p{L}*`,
      // budget approved, offers compared, a shortlist, a specification, negotiation
      String.raw`bütçe\p{L}*\s+(?:onaylandı|onaylanmıştır|ayrıldı|ayrılmıştır)`,
      String.raw`karşılaştırıyor\p{L}*`,
      String.raw`karşılaştırma\s+aşamas\p{L}*`,
      String.raw`kısa\s+liste\p{L}*`,
      String.raw`teknik\s+şartname\p{L}*`,
      String.raw`(?:fiyat\s+)?(?:müzakere|pazarlık)\p{L}*\s+(?:aşamas|süreci|sürecinde|ediyor)\p{L}*`,
    ]),
    // a rival's offer received: "X'ten de teklif aldılar"
    // … or a rival that also gave one: "X de teklif verdi" ("de"/"da": also)
    rival: all([
      String.raw`[\p{L}]+['’](?:dan|den|tan|ten)\s+(?:d[ae]\s+)?teklif\s+al(?!ma)\p{L}*`,
      String.raw`d[ae]\s+teklif\s+ver(?:di|diler|miş|mişler)`,
    ]),
    // a meeting on a day: "Salı günü görüşeceğiz", "12 Mart'ta toplanacağız"; an appointment given
    discovery: all([
      String.raw`(?:{day}|\d{1,2}[./]\d{1,2}|\d{1,2}\s+(?:${MONTHS.join("|")}))(?:\s+günü)?['’]?\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:görüşeceğiz|buluşacağız|toplanacağız|ziyaret\s+edeceğiz|demo\s+yapacağız|sunum\s+yapacağız)`,
      String.raw`randevu\p{L}*\s+(?:aldık|alındı|verildi|verdiler|ayarladık)`,
      // a date, then a meeting that is there: "14 Nisan'da tanışma toplantısı var", "Salı günü demo var"
      String.raw`(?:{day}|\d{1,2}[./]\d{1,2}|\d{1,2}\s+(?:${MONTHS.join("|")}))(?:\s+günü)?['’]?\p{L}*\s+(?:[\p{L}]+\s+){0,2}?(?:toplantı|görüşme|demo|sunum|ziyaret)\p{L}*\s+(?:var|yapılacak)`,
    ]),
    // nothing agreed yet: a first contact, an introduction, the prospect thinking of a change
    newIntro: all([
      String.raw`ilk\s+temas\p{L}*`,
      String.raw`(?:yeni|sıcak|taze|hızlı)\s+(?:bir\s+)?(?:lead|müşteri\s+adayı|potansiyel\s+müşteri)`,
      String.raw`(?:sizi|sizleri)\s+(?:[\p{L}]+\s+){0,3}?ile\s+tanıştırmak\s+isti\p{L}*`,
      String.raw`tanıştırmak\s+isti(?:yoruz|yorum|yorduk)`,
      String.raw`(?:değiştirmeyi|geçmeyi|almayı|yenilemeyi|kullanmayı)\s+düşünüyor\p{L}*`,
      String.raw`(?:araştırma|fikir)\s+aşamas\p{L}*`,
      String.raw`(?:daha\s+fazla\s+)?bilgi\s+almak\s+${WANT}`,
      String.raw`(?:demo|sunum|toplantı|görüşme)\p{L}*\s+(?:talep\s+et${POS_E}\p{L}*|isted\p{L}*|rica\s+et${POS_E}\p{L}*)`,
      String.raw`henüz\s+(?:hiçbir\s+|bir\s+)?(?:toplantı|görüşme|demo|randevu)\p{L}*\s+(?:ayarlanmadı|planlanmadı|yapılmadı|yok)`,
      String.raw`henüz\s+(?:[\p{L}]+\s+){0,2}?(?:görüşülmedi|aranmadı|iletişime\s+geçilmedi)`,
      String.raw`(?:sadece|yalnızca)\s+(?:bir\s+)?(?:yönlendirme|tavsiye|tanıştırma)`,
      // a first acquaintance only: "ilk tanışma", "ilk tanışma aşamasında"
      String.raw`ilk\s+tanışma\p{L}*`,
      // only an introduction: "sadece tanıtım yapacağız"
      String.raw`(?:sadece|yalnızca)\s+(?:bir\s+)?tanıtım`,
      // no date given yet: "henüz tarih vermedik"
      String.raw`henüz\s+(?:bir\s+)?tarih\s+(?:vermedik|belirlemedik|ayarlamadık|yok)`,
    ]),
    // "… tarihi henüz belli değil", "tarih netleşmedi": the meeting has no day yet
    undated: all([
      String.raw`tarih\p{L}*\s+(?:henüz\s+)?(?:belli\s+değil|netleşmedi|belirlenmedi|kesinleşmedi|belirsiz)`,
    ]),
    // "demo toplantısı ayarlandı", "görüşme planlandı"
    // a site survey or visit is a meeting too: "saha keşfi", "keşif toplantısı", "ziyaret";
    // "randevu" (appointment), "sunum" (presentation), "atölye"/"çalıştay" (workshop), "demosu"
    event: all([
      String.raw`toplantı\p{L}*`,
      String.raw`görüşme\p{L}*`,
      String.raw`demo(?:su|yu|da|ya|nun|lar\p{L}*)?`,
      String.raw`keşi?f\p{L}*`,
      String.raw`ziyaret\p{L}*`,
      String.raw`randevu\p{L}*`,
      String.raw`sunum\p{L}*`,
      String.raw`atölye\p{L}*`,
      String.raw`çalıştay\p{L}*`,
    ]),
    booked: all([
      "ayarlandı",
      "planlandı",
      "belirlendi",
      "kararlaştırıldı",
      "ayarladık",
      "planladık",
      "ayarlanmıştır",
      "planlanmıştır",
      "ayarlanmış",
      "planlanmış",
      "netleşti",
      "kesinleşti",
      "yapılacak",
      "gerçekleştirilecek",
      String.raw`takvime\s+(?:eklendi|kondu|girildi)`,
    ]),
    // weekdays and near days ("pazar" alone is also the market: only "pazar günü")
    day: all(["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", String.raw`pazar\s+günü`, "yarın"]),
    // "demo yapıldı", "toplantımızı yaptık": the meeting took place
    heldAfter: all(["yapıldı", "yaptık", "gerçekleşti", "gerçekleştirildi", "tamamlandı"]),
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    // the yes given or obtained ("onayı var", "onayı alınmıştır"), not awaited ("onay bekliyoruz")
    agreeWord: all([
      String.raw`kabul\s+etti\p{L}*`,
      String.raw`onayladı\p{L}*`,
      String.raw`onay\s+verdi\p{L}*`,
      "onayı var",
      String.raw`onay(?:ı)?\s+alın\p{L}*`,
      String.raw`razı\s+oldu\p{L}*`,
      String.raw`(?:olur|tamam)\s+dedi\p{L}*`,
    ]),
    contactWord: all([
      String.raw`iletişim\p{L}*`,
      String.raw`aranma\p{L}*`,
      String.raw`görüşme\p{L}*`,
      String.raw`irtibat\p{L}*`,
      String.raw`ulaşılma\p{L}*`,
    ]),
    // "aranmayı kabul etti", "görüşmeyi kabul etti", "iletişime geçilmesini kabul etti"
    permission: all([
      // "aramasını kabul etti"; the verb's positive forms only ("kabul etmedi", "onaylamadı" say no)
      String.raw`(?:görüşmeyi|aranmayı|aramasını|aramanızı|iletişime\s+geçilmesini|iletişimi)\s+kabul\s+et${POS_E}\p{L}*`,
      // "… iletişime geçmesini onayladı"; the prospect's own words in a forward: "bilgilerimi … paylaşabilirsiniz"
      String.raw`(?:iletişime\s+geç(?:mesini|ilmesini)|aramasını|aranmayı|görüşmeyi)\s+onayla${POS_A}\p{L}*`,
      String.raw`bilgilerimi\s+(?:[\p{L}'’]+\s+){0,3}?paylaşabilir\p{L}*`,
      // no objection to a talk: "kendisiyle görüşmenizde sakınca yok"
      String.raw`(?:görüşme|iletişim|aranma)\p{L}*\s+(?:bir\s+)?sakınca\s+(?:yok|bulunmuyor|görmüyor\p{L}*)`,
      // the vendor calling: "firmanızın kendisini aramasında sakınca yok"
      String.raw`aramas[ıi]nda\s+(?:bir\s+)?sakınca\s+(?:yok|bulunmuyor|görmüyor\p{L}*)`,
      // "benimle iletişime geçmesinde sakınca yok" (no objection to their getting in touch)
      String.raw`(?:iletişime|irtibata)\s+geçme(?:sinde|nizde)\s+(?:bir\s+)?sakınca\s+(?:yok|bulunmuyor|görmüyor\p{L}*)`,
      // "kendisini doğrudan arayabilirsiniz", "onunla iletişime geçebilirsiniz": the vendor may reach them
      String.raw`${HIM}\s+(?:doğrudan\s+|direkt\s+)?${YOU_MAY_REACH}`,
      // waiting for the vendor: "aramanızı bekliyor", "dönüşünüzü bekliyorlar"
      String.raw`(?:aramanızı|aranmayı|telefonunuzu|dönüşünüzü|iletişiminizi|e-?postanızı|mailinizi)\s+bekli(?:yor|yorlar)\p{L}*`,
      // allowed: "aramanıza izin verdi", "iletişim izni var", "iletişim izni alındı"
      String.raw`(?:aramanıza|aranmaya|iletişime\s+geçmenize|görüşmenize|ulaşmanıza)\s+izin\s+ver(?:di|miş|iyor)\p{L}*`,
      String.raw`(?:iletişim|arama|görüşme)\s+izni\s+(?:var|verildi|verilmiştir|alındı|alınmıştır)`,
      // wants to meet the vendor, open to a call: "sizinle görüşmek istiyor", "görüşmeye açık"
      String.raw`(?:sizinle|sizlerle|ekibinizle)\s+(?:görüşmek|tanışmak|konuşmak)\s+${WANT}`,
      String.raw`(?:görüşmeye|aranmaya|iletişime)\s+açık\p{L}*`,
      // told the vendor will call: "arayacağınızdan haberi var" (not asked: "… haberi var mı")
      String.raw`(?:arayacağınızdan|aranacağından|ulaşacağınızdan|iletişime\s+geçeceğinizden)\s+haberi\s+var(?!\s*m[ıi](?![\p{L}]))`,
      // explicit consent obtained: "iletişim için açık rıza alındı"
      String.raw`iletişim\s+için\s+(?:açık\s+)?rıza\s+alındı`,
    ]),
    // not told or asked yet: "henüz kendisine sormadım", "müdüre henüz aramanızı söylemedik"
    prohibition: all([
      String.raw`henüz\s+(?:[\p{L}'’]+\s+){0,4}?(?:söyle|sor|bildir|danış)(?:me|ma)d\p{L}*`,
      // "aramayın", "iletişime geçmeyiniz", "ulaşmayın": do not contact
      String.raw`(?:aramayın|ulaşmayın|yazmayın|(?:iletişime|irtibata|temasa)\s+geçmeyin|temas\s+kurmayın|e-?posta\s+(?:göndermeyin|atmayın))\p{L}*`,
      // "ben haber verene kadar", "biz tanıştırana dek": not until the partner says so
      String.raw`(?:haber\s+verene|dönüş\s+yapana|tanıştırana|bildirene|onaylayana|onay\s+verene)\s+(?:kadar|dek)`,
      // "önce biz kendisiyle konuşacağız": the partner first
      String.raw`(?:önce|öncelikle)\s+(?:biz|ben)\s+(?:kendisiyle\s+|onunla\s+|onlarla\s+)?(?:konuşaca|görüşece|tanıştıraca|bilgilendirece|soraca)\p{L}*`,
      String.raw`(?:aramadan|iletişime\s+geçmeden|ulaşmadan)\s+önce\s+(?:bana|bize|benimle|bizimle)`,
      String.raw`(?:iletişim|görüşme\p{L}*|temas)\s+(?:sadece|yalnızca)\s+(?:bizim\s+)?üzerimizden`,
      // no consent yet: "iletişim izni henüz yok", "arama onayı alınmadı"; the prospect unaware: "henüz haberi yok"
      String.raw`(?:iletişim|arama|görüşme)\s+(?:onayı|izni)\s+(?:henüz\s+)?(?:yok|alınmadı|verilmedi|vermedi)`,
      String.raw`(?:henüz|bundan)\s+haberi\s+yok`,
      // agreeing denied by the verb's negative suffix: "aramanızı onaylamadı", "aranmayı kabul etmedi"
      String.raw`(?:iletişime\s+geç(?:mesini|ilmesini)|aramasını|aramanızı|aranmayı|görüşmeyi)\s+(?:onaylama(?:dı|mış|yacak|z)|kabul\s+etme(?:di|miş|yecek|z))\p{L}*`,
    ]),
  },
  motion: {
    // the partner buys and resells: "yeniden satacağız", "bayi olarak"
    // "bayi modeli"; "lisansı biz satacağız", "biz satın alıp fatura edeceğiz"
    resale: all([
      String.raw`yeniden\s+sat\p{L}*`,
      String.raw`bayi\s+(?:olarak|modeli)`,
      // "biz satacağız" (we will sell); the verb's negative forms ("satmayacağız", "satmıyoruz",
      // "satmadık", "satmayız") say the opposite, the infinitive "satmak" does not
      String.raw`biz\s+sat(?!m(?:ı|i)|ma(?:y|d|z))\p{L}*`,
      // through us: "lisanslar üzerimizden alınacak", "bizim üzerimizden faturalanacak"
      String.raw`üzerimizden\s+(?:satın\s+al|al|faturalan|fatura)\p{L}*`,
      // we invoice: "faturayı biz keseceğiz", "faturalamayı biz yapacağız"
      String.raw`(?:faturayı|faturaları|faturalamayı)\s+biz\s+(?:kes|yap)\p{L}*`,
      // "yetkili bayi", "distribütörü olarak", "satın alıp … satacağız"
      String.raw`yetkili\s+(?:bayi|satıcı|distribütör)\p{L}*`,
      String.raw`(?:bayisi|bayiniz|distribütör\p{L}*)\s+olarak`,
      String.raw`satın\s+alıp\s+(?:[\p{L}]+\s+){0,2}?(?:sat|fatura)\p{L}*`,
      // a dealer's sale, the licence billed by us: "bayi satışı", "lisansı biz (alıp) faturalıyoruz"
      String.raw`bayi\s+satış\p{L}*`,
      // "biz alıp kuruma satacağız" (we buy and sell it on), not "satmayacağız"
      String.raw`biz\s+alıp\s+(?:[\p{L}]+\s+){0,2}?sat(?!m(?:ı|i)|ma(?:y|d|z))\p{L}*`,
      String.raw`biz\s+(?:alıp\s+)?(?:faturalıyoruz|faturalayacağız|faturalandırıyoruz|faturalandıracağız)`,
    ]),
    // "biz sadece tanıştırıyoruz": the partner only introduces, refers, recommends
    referral: all([
      String.raw`sadece\s+tanıştır\p{L}*`,
      String.raw`(?:sadece|yalnızca)\s+(?:yönlendir|tavsiye\s+ed|öneri\p{L}*\s+olarak|aracı)\p{L}*`,
      String.raw`yalnızca\s+tanıştır\p{L}*`,
      // a referral fee: "yönlendirme komisyonu", "tavsiye ücreti"
      String.raw`(?:referans|yönlendirme|tavsiye)\s+(?:ücreti|komisyonu|primi|bedeli)`,
      // "müşteriyi size yönlendiriyoruz", "satışı siz yapacaksınız": the vendor sells directly
      String.raw`size\s+yönlendir(?:iyoruz|iyorum|dik|eceğiz)`,
      String.raw`(?:satışı|anlaşmayı)\s+(?:doğrudan\s+)?siz\s+(?:yapacaksınız|kapatacaksınız|yapın|kapatın|yürüteceksiniz)`,
    ]),
    // the partner does the work: "kurulumu ve eğitimi biz yapacağız", "entegrasyonu üstleneceğiz"
    services: all([
      String.raw`(?:kurulum|entegrasyon|implementasyon|devreye\s+alma|eğitim|destek|bakım|uyarlama|özelleştirme)\p{L}*\s+(?:(?:ve|ile)\s+[\p{L}]+\s+)?(?:de\s+)?(?:biz\s+)?(?:yapacağız|üstleneceğiz|sağlayacağız|vereceğiz|gerçekleştireceğiz|yapıyoruz|üstleniyoruz|sağlıyoruz|veriyoruz)`,
      // "… destek hizmetlerini biz vereceğiz"; "entegrasyon bizden" (from us)
      // (the partner's name may follow in brackets: "biz (Firma) vereceğiz")
      String.raw`hizmet\p{L}*\s+(?:de\s+)?biz\s+(?:\([^)\n]{1,40}\)\s+)?(?:vereceğiz|sağlayacağız|yapacağız|üstleneceğiz|veriyoruz|sağlıyoruz|üstleniyoruz)`,
      String.raw`(?:kurulum|entegrasyon|implementasyon|eğitim|destek|bakım|uyarlama|veri\s+aktarımı)\p{L}*\s+(?:(?:ve|ile)\s+[\p{L}]+\s+)?(?:de\s+)?bizden(?![\p{L}])`,
      String.raw`yönetilen\s+hizmet\p{L}*`,
      String.raw`sistem\s+entegratör\p{L}*`,
      String.raw`entegratör(?:ü|leri)?\s+olarak`,
      String.raw`(?:implementasyon|entegrasyon)\s+ortağ\p{L}*`,
    ]),
    // co-selling, our product integrating: "ortak satış", "teknoloji ortağı", "ürünümüz … entegre"
    technology: all([
      String.raw`(?:ortak|birlikte)\s+satış\p{L}*`,
      String.raw`teknoloji\s+ortağ\p{L}*`,
      String.raw`ürünümüz\p{L}*\s+(?:[\p{L}]+\s+){0,2}?entegre\p{L}*`,
    ]),
    // "Azure pazar yeri üzerinden"
    marketplace: all([String.raw`(?:aws|azure|google|microsoft)\s+(?:cloud\s+)?pazar\s?yer\p{L}*`]),
  },
  // the referral's name alone in brackets: "… (referans) olarak"
  motionName: { referral: ["referans"] },
  motionWeak: {
    services: all([String.raw`kurulum\p{L}*`, String.raw`devreye\s+alma\p{L}*`, String.raw`implementasyon\p{L}*`]),
    technology: all([String.raw`entegrasyon\p{L}*`]),
  },
  // "şu an X kullanıyorlar", "şu anda X teklifini de değerlendiriyorlar": the system used or the
  // rival weighed at the moment, named right after "at the moment"
  competitorBefore: [String.raw`şu\s+an(?:da)?\s+`],
  // the rival before "ile" and a verb of comparing: "X ile karşılaştırıyorlar", "X ile de kıyaslıyorlar"
  // (not one of talking: "X ile görüştük" is as often a person), but the prospect talking with X
  // too, in the third person ("X ile de görüşüyorlar", "X ile de görüşmüşler"), weighs a rival
  competitorAfter: [
    String.raw`ile\s+(?:de\s+|da\s+)?(?:karşılaştır|kıyasla|kıyaslı)\p{L}*`,
    String.raw`ile\s+(?:de|da)\s+görüş(?:üyor(?:lar)?|müşler|müş)(?![\p{L}])`,
  ],
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
