// The partner saying a lead's details are still to come (`cues.detailsLater`): a detail noun and a
// word of later or not yet in one sentence, each language's entries in sentences written for this
// test (never a corpus mail's words), with the look-alikes they must leave alone.
import { describe, expect, it } from "vitest";
import { CUE_TABLES } from "../../../services/parser/lang/cues.ts";
import { promisesDetails } from "../../../services/parser/normalise/cues.ts";

describe("details still to come", () => {
  it.each([
    // en
    "Her email to follow.",
    "Their website I'll pass on once I'm back home.",
    "Nothing on their number yet.",
    "Contact details later today, I'm driving.",
    // de
    "Die Mailadresse der Inhaberin reichen wir nach.",
    "Die Tischlerei hat noch keine Webseite.",
    // fr
    "Son courriel, je ne l'ai pas encore.",
    "Les coordonnées suivront dès lundi.",
    // es
    "El correo electrónico te lo mando mañana.",
    "La página web del vivero aún no la tengo.",
    // pt
    "Amanhã envio o endereço de e-mail.",
    // it
    "Il sito web ve lo mando più tardi.",
    "Non ho ancora i recapiti del titolare.",
    // nl
    "Het mailadres volgt zodra ik het heb.",
    // hr
    "E-mail vlasnika šaljem naknadno.",
    "Još nemam kontakt osobu.",
    // vi
    "Email của tiệm bánh thì chưa gửi được.",
    "Số điện thoại em gửi sau nhé.",
    // th
    "เว็บไซต์ของโรงแรมจะส่งให้ทีหลังนะคะ",
    "อีเมลจะส่งให้พรุ่งนี้ครับ",
    // zh
    "对方的官网稍后发给你们。",
    "聯繫方式明天再補。",
    // el
    "Το όνομα της ιδιοκτήτριας δεν το ξέρουμε ακόμα.",
    "Την ιστοσελίδα του ξενώνα θα σας τη στείλω αύριο.",
    // da, sv, nb
    "Hjemmesiden har jeg ikke fået endnu.",
    "Kontaktuppgifterna skickar jag när jag har dem.",
    "E-postadressen kommer senere.",
    // ar
    "الإيميل أرسله لكم غداً.",
    "سأرسل اسم المسؤول وموقعه لاحقاً.",
  ])("%s", (text) => expect(promisesDetails(text)).toBe(true));

  it.each([
    // a detail without a later word, or a later word in another sentence
    "Her email is mira@lintwood.example. We talk tomorrow.",
    "Die Webseite ist neu. Morgen rufe ich an.",
    // a later word beside no detail
    "Meeting with the owner tomorrow.",
    "Il titolare non ha ancora deciso.",
    "还没有决定，明天再说。",
    // "ακόμη" alone is "still": orders still come by e-mail
    "Οι κρατήσεις γράφονται ακόμη σε τετράδιο και μπερδεύονται.",
    // "endnu"/"ännu" alone are "even": nothing still to come
    "Endnu bedre: hjemmesiden viser alle fem butikker.",
    "Hemsidan är ännu snyggare efter sommaren.",
    // look-alikes of a detail noun
    "The retailer emailed twice; they want a demo later.",
    "Sitemap cleanup is planned later.",
    // a deal registered before, its details missing: a follow-up
    "I registered Quillmoor last week, their website to follow.",
  ])("not: %s", (text) => expect(promisesDetails(text)).toBe(false));
});

const plainEntries = (lang: string) => {
  const table = CUE_TABLES[lang]?.detailsLater;
  return { detail: [...(table?.detail ?? [])], later: [...(table?.later ?? [])] };
};

// one example of every entry, per language: each detail beside the language's first later word,
// each later word beside its first detail
const ENTRIES: Record<string, { detail: string[]; later: string[] }> = {
  en: {
    detail: ["email address", "website", "their surname", "contact details", "contact's name"],
    later: ["to follow", "tomorrow", "later", "yet", "once I'm back", "as soon as I get it", "still missing"],
  },
  de: {
    detail: ["E-Mail-Adresse", "Mailadresse", "Webseite", "Homepage", "Kontaktdaten", "Ansprechpartnerin"],
    later: ["morgen", "später", "folgt", "nachliefern", "reichen wir nach", "noch keine", "sobald ich"],
  },
  fr: {
    detail: ["adresse e-mail", "mail", "courriel", "site internet", "coordonnées", "nom du contact"],
    later: [
      "demain",
      "plus tard",
      "pas encore",
      "dès que",
      "à suivre",
      "suivront",
      "ultérieurement",
      "je reviendrai vers vous",
    ],
  },
  es: {
    detail: ["email", "correo electrónico", "mail", "sitio web", "datos de contacto", "nombre del contacto"],
    later: ["mañana", "más tarde", "luego", "todavía no", "aún no", "pendiente", "en cuanto los tenga"],
  },
  pt: {
    detail: ["e-mail", "site", "dados de contato", "nome do contacto"],
    later: ["amanhã", "mais tarde", "depois", "ainda não", "assim que os receber"],
  },
  it: {
    detail: ["email", "mail", "sito internet", "recapiti", "contatti", "nome del referente"],
    later: ["domani", "più tardi", "dopo", "ancora", "a seguire", "seguiranno", "appena li avrò"],
  },
  nl: {
    detail: ["e-mailadres", "mailadres", "website", "contactgegevens", "naam van de contactpersoon"],
    later: ["morgen", "later", "volgen", "nog niet", "nog geen", "zodra ik"],
  },
  hr: {
    detail: ["e-mail", "mail", "kontaktnu osobu", "web stranicu", "kontakt podatke"],
    later: ["sutra", "kasnije", "naknadno", "još nemamo"],
  },
  vi: {
    detail: ["email", "website", "trang web", "tên công ty", "tên người liên hệ", "số điện thoại", "thông tin liên hệ"],
    later: ["chưa", "cập nhật sau", "ngày mai"],
  },
  // Thai and Chinese entries are plain words: each is its own example, read from the table itself
  th: plainEntries("th"),
  zh: plainEntries("zh"),
  nordic: {
    detail: [
      "mailadressen",
      "mailadresse",
      "e-postadressen",
      "hjemmesiden",
      "hemsidan",
      "nettsiden",
      "firmanavnet",
      "företagsnamnet",
      "kontaktoplysningerne",
      "kontaktuppgifterna",
    ],
    later: [
      "i morgen",
      "senere",
      "senare",
      "ikke på papir endnu",
      "ennå ikke",
      "inte fått än",
      "ännu inte",
      "når jeg har det",
    ],
  },
  ar: {
    detail: ["وايميلها", "البريد الإلكتروني", "موقعهم", "اسم المسؤول"],
    later: ["بكرة", "بكره", "غدا", "غداً", "لاحقا", "لاحقاً", "بعدين", "ليس بعد", "لسه", "لسا"],
  },
};

describe("every entry", () => {
  const pairs = Object.entries(ENTRIES).flatMap(([lang, { detail, later }]) => [
    ...detail.map((d) => [lang, d, later[0]!]),
    ...later.map((l) => [lang, detail[0]!, l]),
  ]);
  it.each(pairs)("%s: %s, %s", (_lang, detail, later) => expect(promisesDetails(`${detail}, ${later}`)).toBe(true));
});
