// Arabic label words (the competitors, the region, the need, the contact; the stage, the partner's
// role and the consent, as Arabic forms write them: "المرحلة: …", "الموافقة على التواصل: نعم"), and
// cue phrases for the stage, the motion and the consent in Modern Standard Arabic as business mail
// writes it. Arabic joins its short words to the next: "and" (و, ف), "in/with" (ب), "for" (ل),
// "like" (ك) and the article (ال; ل with ال is written لل). A cue is bounded by letters like any
// word of a spaced script (normalise/cues.ts), so each noun lists the prefixes it takes (PRE) and
// the endings it may carry; hamza seats are often dropped ("اذا" for "إذا"), both are listed.
import type { CueTable, LabelTable } from "./types.ts";

/** The prefixes joined to a noun: و/ف, then ب/ك with the article, لل, or ب/ل/ك alone ("وبالاجتماع", "للعرض"). */
const PRE = String.raw`[وف]?(?:[بك]?ال|لل|[بلك])?`;
/** The accusative ending of an indefinite noun, its mark before or after the alef ("اجتماعاً", "اجتماعًا", "اجتماعا"). */
const ACC = String.raw`(?:اً|ًا|ا)?`;
/** A feminine noun's ending, as ta marbuta or as the ha informal mail writes for it ("مكالمة", "مكالمه"). */
const FEM = "[ةه]";
/** Being contacted: "التواصل", "الاتصال", "مكالمة", with their prefixes and owners ("بالتواصل", "للاتصال", "بتواصلكم"). */
const CONTACT = String.raw`${PRE}(?:تواصل|اتصال|مكالم(?:${FEM}|ت))(?:كم|ه|ها|هم)?`;
/** A quote, an offer: "عرض سعر", "عرض أسعار", "العرض المالي", "عرض فني". */
const OFFER = String.raw`عرض${ACC}\s+(?:ال)?(?:سعر|[أا]سعار|مالي|فني)`;
/** The product the prospect tries: "النظام", "المنصة", "الحل", "البرنامج". */
const PRODUCT = String.raw`(?:ال)?(?:نظام|منص${FEM}|حل|برنامج|منتج|تطبيق)`;

export const labels: LabelTable = {
  // "company name", "the company", "the body" (a university, a ministry), "the client", "client name"
  company: [
    "اسم الشركة",
    "الشركة",
    "الجهة",
    "اسم الجهة",
    "العميل",
    "اسم العميل",
    // the institution, the establishment, and their names
    "المؤسسة",
    "اسم المؤسسة",
    "المنشأة",
    "اسم المنشأة",
    // the club and its name, the association, the federation
    "النادي",
    "اسم النادي",
    "الجمعية",
    "الاتحاد",
  ],
  // "website", with and without the hamza under the alif
  website: [
    "الموقع الإلكتروني",
    "الموقع الالكتروني",
    // the site, the company's site, the web site
    "الموقع",
    "موقع الشركة",
    "موقع الويب",
  ],
  // "the contact" (the party to reach): "جهة الاتصال: …"; "the person in charge", "name of the person in charge"
  contactName: [
    "جهة الاتصال",
    "الشخص المسؤول",
    "اسم المسؤول",
    "اسم جهة الاتصال",
    // the person in charge (masculine, feminine), the contact person
    "المسؤول",
    "المسؤولة",
    "شخص الاتصال",
    "جهة التواصل",
  ],
  // "the position", "the job title", "the job"
  role: ["المنصب", "المسمى الوظيفي", "الوظيفة"],
  // "e-mail" (with and without the hamza), "the mail"
  email: [
    "البريد الإلكتروني",
    "البريد الالكتروني",
    "البريد",
    // the e-mail as a loanword, with and without the hamza
    "الإيميل",
    "الايميل",
    "إيميل",
    "ايميل",
    "بريد إلكتروني",
  ],
  // "the telephone", "telephone number", "the mobile"
  phone: [
    "الهاتف",
    "رقم الهاتف",
    "الجوال",
    // telephone, mobile (without the article), mobile number, contact number
    "هاتف",
    "جوال",
    "رقم الجوال",
    "الموبايل",
    "موبايل",
    "رقم التواصل",
  ],
  // "the competitors", "the competitor"
  competitors: [
    "المنافسون",
    "المنافسين",
    "المنافس",
    // the competition
    "المنافسة",
  ],
  // "the region", "the area"
  // "the city", "the country" a form asks for
  region: [
    "المنطقة",
    "المدينة",
    "الدولة",
    // the country (another word), the emirate
    "البلد",
    "الإمارة",
  ],
  // "the problem": what the prospect needs solved
  // and "the main problem"; "the need", "the requirement", "the needs"
  need: [
    "المشكلة",
    "المشكلة الرئيسية",
    "الحاجة",
    "الاحتياج",
    "الاحتياجات",
    // the requirements, the challenge, the customer's need
    "المتطلبات",
    "التحدي",
    "احتياج العميل",
  ],
  // "the stage", "the deal's stage", "the opportunity's stage"
  stage: [
    "المرحلة",
    "مرحلة الصفقة",
    "مرحلة الفرصة",
    // the state, the opportunity's state, the current stage
    "الحالة",
    "حالة الفرصة",
    "المرحلة الحالية",
  ],
  // "our role", "the kind of partnership", "the partnership model"
  motion: [
    "دورنا",
    "نوع الشراكة",
    "نموذج الشراكة",
    // the way of selling, the sales model
    "طريقة البيع",
    "نموذج البيع",
  ],
  // "the consent", "the customer's consent", "consent to contact", "permission to contact"
  consent: [
    "الموافقة",
    "موافقة العميل",
    "الموافقة على التواصل",
    "الموافقة على الاتصال",
    "موافقة على التواصل",
    "إذن التواصل",
    "الإذن بالتواصل",
  ],
  // the estimated or expected value, the value, the (expected) budget, the deal's value, the amount
  value: [
    "القيمة التقديرية",
    "القيمة المتوقعة",
    "القيمة",
    "الميزانية",
    "الميزانية المتوقعة",
    "الميزانية التقديرية",
    "قيمة الصفقة",
    "المبلغ",
    "المبلغ التقديري",
  ],
  // the product(s)
  // the product(s), the modules asked for
  // also the module asked for (singular) and the package (plan) asked for
  product: ["المنتج", "المنتجات", "الوحدات المطلوبة", "الوحدة المطلوبة", "الباقة المطلوبة"],
};

export const cues: CueTable = {
  // "… سنوياً. المنطقة: جدة.": the region's label inside a line
  regionLabelInSentence: ["المنطقة"],
  // "عميل محتمل في القرنفلية" (a prospect in Qaranfuliya), "من القرنفلية" (from Qaranfuliya): "in" and "from" before
  // the place the subject names
  placeMention: { word: ["في", "من"] },
  // "عميل محتمل في …", "عميل جديد من …", "عميل محتمل لدينا في …": a (new, prospective) client in or
  // from a place; not a client "في مرحلة" (at the stage of), "في مجال" (in the field of), "في قطاع" (in the sector of)
  leadFrom: [
    String.raw`عميل(?:اً|ا)?(?:\s+محتمل(?:اً|ا)?)?(?:\s+جديد(?:اً|ا)?)?(?:\s+لدينا)?\s+(?:في|من)(?!\s+(?:مرحلة|مجال|قطاع))`,
  ],
  // "in" before a place where it ends its clause: after the prospect's name, a count of its sites
  // ("٤٠ فرعاً في القاهرة والجيزة": branches, sites, shops, stores, clinics, warehouses, factories,
  // restaurants, hotels, pharmacies, schools; one, two (ين/ان), many) or the word for the client, as
  // "بعميل محتمل في …" (introducing a prospective client) or "العميل في …" (the client is in …)
  caselessPlace: {
    in: ["في"],
    siteNoun: [
      String.raw`فرع(?:ين|ان|${ACC})`,
      "فروع",
      String.raw`موقع(?:ين|ان|${ACC})`,
      "مواقع",
      String.raw`محل(?:ين|ان|ات|${ACC})`,
      String.raw`متجر(?:ين|ان|${ACC})`,
      "متاجر",
      String.raw`عياد(?:${FEM}|تين|تان|ات)`,
      String.raw`مستودع(?:ين|ان|ات|${ACC})`,
      String.raw`مصنع(?:ين|ان|${ACC})`,
      "مصانع",
      String.raw`مطعم(?:ين|ان|${ACC})`,
      "مطاعم",
      String.raw`فندق(?:ين|ان|${ACC})`,
      "فنادق",
      String.raw`صيدلي(?:${FEM}|تين|تان|ات)`,
      String.raw`مدرس(?:${FEM}|تين|تان)`,
      "مدارس",
    ],
    // the kind of business opening the prospect's name, a few words before "in": a workshop, a
    // factory, a farm, a pharmacy, a bakery, a shop ("ورشة النور للحدادة في الرياض", "مصنع … في جدة")
    // ("ورشة عمل", a training workshop, is an event: no business)
    businessNoun: [String.raw`ورشة(?![ \t]+عمل)`, "مصنع", "مزرعة", "صيدلية", "مخبز", "متجر", "مطعم", "مقهى"],
    // nouns "in" opens that are no place: a stage, a field, a sector, need, waiting ("العميل في حاجة إلى …")
    notPlace: ["مرحلة", "مجال", "قطاع", "حاجة", "انتظار"],
    client: [
      String.raw`[بل]?عميل${ACC}(?:[ \t]+محتمل${ACC})?(?:[ \t]+جديد${ACC})?(?:[ \t]+لدينا)?`,
      String.raw`(?:[بل]?ال|لل)عميل(?:[ \t]+المحتمل)?(?:[ \t]+الجديد)?`,
    ],
  },
  // the prospect's details still to come: "الإيميل بكرة" (the e-mail tomorrow), "لا يوجد موقع بعد"
  // (no website yet), "اسم المسؤول لاحقاً" (the manager's name later); "and" (و) joins the
  // word before, "his" (ه), "her" (ها), "their" (هم) the word after
  detailsLater: {
    detail: [
      String.raw`و?(?:ال)?[اإ]يميل(?:ه|ها|هم)?`,
      String.raw`و?البريد(?: الإلكتروني)?`,
      String.raw`و?(?:ال)?موقع(?:ه|ها|هم)?`,
      "اسم المسؤول",
    ],
    later: ["بكرة", "بكره", "غدا", "غداً", "لاحقا", "لاحقاً", "بعدين", "ليس بعد", "لسه", "لسا"],
  },
  // the prospect's problem: by hand ("يدوياً"), on paper ("على الورق", "ورقيًا"), in a spreadsheet
  // ("إكسل"), suffering ("نعاني", "تعاني"), a problem as such ("مشكلة"); a need ("نحتاج",
  // "يحتاجون") or a wish ("يريدون", "نريد"); "and" (و) and "by" (ب) join the word before
  problem: {
    strong: [
      String.raw`[وب]?يدوي\p{L}*`,
      String.raw`[وب]?ورقي\p{L}*`,
      String.raw`(?:على|في) الورق`,
      String.raw`[وب]?إكسل`,
      String.raw`[وف]?(?:نعاني|تعاني|يعانون|يعاني)`,
      String.raw`[وف]?(?:ال)?مشكل(?:ة|ات)`,
    ],
    // a means of talking as the process: "عبر الهاتف", "بالواتساب", "على الواتساب"; "تحدثت معه عبر الهاتف" is the
    // partner's talk
    channel: [String.raw`(?:(?:عبر|على|من\s+خلال)\s+(?:ال)?|[وف]?بال)(?:هاتف|واتساب|جوال|تليفون)`],
    talked: ["تحدثت", "تحدثنا", "اتصلت", "اتصلنا", "تكلمت", "تكلمنا", "كلمته", "كلمتها", "اتفقنا", "التواصل", "تواصلت"],
    // needing, wanting; looking for ("يبحثون عن"), wishing for ("يرغبون في"), interested in ("مهتمين بنظام …")
    weak: [
      String.raw`[وف]?(?:نحتاج|يحتاجون|تحتاج|يحتاج)`,
      String.raw`[وف]?(?:نريد|يريدون|تريد|يريد)`,
      String.raw`[وف]?(?:نبحث|يبحثون|تبحث|يبحث) عن`,
      String.raw`[وف]?(?:نرغب|يرغبون|ترغب|يرغب) في`,
      String.raw`مهتم(?:ون|ين|ة)? ب\p{L}+`,
    ],
  },
  // the partner registering: "تسجيل الفرصة" (registering the opportunity), "تسجيل صفقة" (a deal),
  // "فرصة جديدة" (a new opportunity); introducing a prospect: "أعرّفكم على …", "نعرّفكم ب…" (I, we
  // introduce you to …; the shadda often left out), "عميل محتمل" (a prospective customer), "إحالة
  // عميل" (a customer's referral), "تقديم عميل" (presenting a customer)
  registering: [
    String.raw`تسجيل (?:ال)?(?:فرصة|صفقة)`,
    "فرصة جديدة",
    String.raw`[أن]عرّ?فكم (?:على|ب\p{L}+)`,
    "عميل محتمل",
    String.raw`(?:إحالة|تقديم) عميل`,
  ],
  // "not", "did not", "will not", "is not", "we are not", "without", "no/lack of", with "and" joined ("ولم")
  negationBefore: [
    "لا",
    "ولا",
    "فلا",
    "لم",
    "ولم",
    "لن",
    "ولن",
    "ليس",
    "ليست",
    "لسنا",
    "ليسوا",
    "غير",
    "بدون",
    "دون",
    "عدم",
  ],
  // right after a cue: "… ليس بعد" (not yet), "… لم يتم" (has not happened), "… غير محدد" (not fixed)
  negationAfter: ["ليس بعد", "لم يتم", "لم يحدد", "لم يتحدد", "غير محدد", "غير مؤكد"],
  // "if", "in case", "on condition", "once", "after", "maybe"
  conditional: [
    "إذا",
    "اذا",
    "وإذا",
    "واذا",
    "فإذا",
    "فاذا",
    "لو",
    "ولو",
    String.raw`في\s+حال(?:ة)?`,
    "بشرط",
    "شريطة",
    "بمجرد",
    String.raw`بعد\s+[أا]ن`,
    "ربما",
  ],
  commonWords: ["في", "من", "على", "إلى", "الى", "مع", "عن", "هذا", "هذه", "أن", "ان", "هو", "هي", "نحن", "هم"],
  // a label's answer: "نعم", "أجل", "موافق" (yes); "لا", "ليس بعد", "غير موافق" (no, not yet)
  yes: ["نعم", "أجل", "موافق"],
  no: ["لا", "ليس بعد", "غير موافق", String.raw`لم\s+يوافق(?:\s+بعد)?`],
  stage: {
    evaluation: [
      // a trial period running; comparing our offer: "في فترة تجربة", "يقارن عرضنا مع"
      String.raw`فترة\s+(?:ال)?تجربة`,
      String.raw`[وف](?:ي|ت)قارن(?:ون)?\s+(?:بين\s+)?(?:عرض|عروض)\p{L}*`,
      // comparing the vendor's offer: "يقارنون عرضكم"
      String.raw`(?:ي|ت)قارن(?:ون)?\s+(?:بين\s+)?(?:عرض|عروض)\p{L}*`,
      // a quote asked for, sent or weighed: "طلبوا عرض سعر", "العرض المالي", "عرض أسعار"
      `${PRE}${OFFER}`,
      // we sent the offer, they received it: "أرسلنا العرض", "قدمنا مقترحا", "استلموا العرض"
      String.raw`(?:[أا]رسلنا|قدمنا|استلموا|استلم|تلقوا)\s+(?:لهم\s+)?(?:ال)?(?:عرض|مقترح)${ACC}`,
      // a trial: "فترة تجريبية", "نسخة تجريبية", "تجربة مجانية"
      String.raw`${PRE}(?:فتر|نسخ)${FEM}\s+(?:ال)?تجريبي${FEM}`,
      String.raw`${PRE}تجرب${FEM}\s+(?:ال)?مجاني${FEM}`,
      // a pilot, a proof of concept: "مشروع تجريبي", "تشغيل تجريبي", "إثبات المفهوم"
      String.raw`${PRE}(?:مشروع|تشغيل)${ACC}\s+(?:ال)?تجريبي${ACC}`,
      String.raw`${PRE}[إا]ثبات\s+(?:ال)?مفهوم`,
      // the product being tried: "يجربون النظام", "تختبر المنصة حاليا"
      String.raw`[يت](?:جرب|ختبر)(?:ون|ان)?\s+(?:حالي(?:اً|ًا|ا)\s+|الآن\s+)?${PRODUCT}`,
      // a tender and its specifications: "مناقصة", "كراسة الشروط"
      String.raw`${PRE}مناقص(?:${FEM}|ات)`,
      String.raw`${PRE}كراس${FEM}\s+(?:ال)?شروط`,
      // offers compared: "مقارنة العروض", "يقارنون بين", "يقارن العروض"
      String.raw`${PRE}مقارن${FEM}\s+(?:ال)?عروض`,
      // the prospect's own "we compare" too, "and" joined: "ونقارن حاليا بين"
      String.raw`[وف]?[يتن]قارن(?:ون)?\s+(?:الآن\s+|حالي(?:اً|ًا|ا)\s+)?(?:بين|(?:ال)?عروض)`,
      // the offers studied: "يدرسون العروض", "تدرس عرضنا"
      String.raw`[يت]درس(?:ون)?\s+(?:ال)?(?:عروض|عرضنا|عرض)`,
      // the budget approved: "تمت الموافقة على الميزانية", "الميزانية معتمدة"
      String.raw`(?:تم|تمت)\s+(?:ال)?(?:موافق${FEM}\s+على|اعتماد)\s+(?:ال)?ميزاني${FEM}`,
      String.raw`(?:ال)?ميزاني${FEM}\s+(?:معتمد${FEM}|تم\s+اعتمادها)`,
      // the evaluation or negotiation phase: "مرحلة التقييم", "في مرحلة التفاوض"
      String.raw`${PRE}مرحل${FEM}\s+(?:ال)?(?:تقييم|تفاوض|مفاوضات|اختبار|تجرب${FEM})`,
      // trying the system out: "تجربة النظام" (not "تجربة العملاء", the customers' experience)
      String.raw`${PRE}تجرب${FEM}\s+(?:ال)?(?:نظام|برنامج|منص${FEM})`,
    ],
    // meeting nouns: "اجتماع", "لقاء", "مكالمة", "عرض توضيحي/تقديمي", "ديمو", "زيارة", "جلسة"
    event: [
      String.raw`${PRE}اجتماع(?:ات|نا|اً|ًا|ا)?`,
      String.raw`${PRE}لقاء(?:نا|ات)?`,
      String.raw`${PRE}مكالم${FEM}`,
      String.raw`${PRE}عرض${ACC}\s+(?:ال)?(?:توضيحي|تقديمي)${ACC}`,
      String.raw`${PRE}ديمو`,
      String.raw`${PRE}زيار${FEM}`,
      String.raw`${PRE}جلس${FEM}`,
    ],
    // after the noun: "مقرر" (scheduled), "مجدول", "مؤكد" (confirmed), "محجوز" (booked)
    booked: [
      String.raw`(?:ال)?مقرر(?:${FEM})?`,
      String.raw`(?:ال)?مجدول(?:${FEM})?`,
      String.raw`(?:ال)?م[ؤو]كد(?:${FEM})?`,
      String.raw`(?:ال)?محجوز(?:${FEM})?`,
    ],
    // the weekdays with their article ("الأحد" alone is "someone"), "tomorrow"
    day: [
      "الأحد",
      "الاحد",
      "الاثنين",
      "الإثنين",
      "الثلاثاء",
      "الأربعاء",
      "الاربعاء",
      "الخميس",
      "الجمعة",
      "السبت",
      "غداً",
      "غدًا",
      "غدا",
    ],
    // the months as Egypt and the Gulf write them, and as the Levant and Iraq do
    month: [
      "يناير",
      "فبراير",
      "مارس",
      "أبريل",
      "ابريل",
      "مايو",
      "يونيو",
      "يوليو",
      "أغسطس",
      "اغسطس",
      "سبتمبر",
      "أكتوبر",
      "اكتوبر",
      "نوفمبر",
      "ديسمبر",
      "كانون الثاني",
      "كانون الأول",
      "كانون الاول",
      "شباط",
      "آذار",
      "نيسان",
      "أيار",
      "ايار",
      "حزيران",
      "تموز",
      "آب",
      "أيلول",
      "ايلول",
      "تشرين الأول",
      "تشرين الاول",
      "تشرين الثاني",
    ],
    discovery: [
      // the verb first: "تم تحديد اجتماع", "وتم ترتيب موعد للعرض التوضيحي", "تم حجز مكالمة"
      String.raw`[وف]?(?:تم|تمت)\s+(?:تحديد|ترتيب|حجز|جدول${FEM}|ت[أا]كيد)\s+(?:موعد${ACC}\s+)?{event}`,
      // "we set/booked a meeting": "حددنا اجتماعا", "رتبنا موعدا لزيارة", "حجزنا مكالمة"
      String.raw`[وف]?(?:حددنا|رتبنا|حجزنا|جدولنا|[أا]كدنا)\s+(?:معهم\s+|معه\s+|معها\s+)?(?:موعد${ACC}\s+)?{event}`,
      // "it is scheduled to hold a meeting": "من المقرر عقد اجتماع", "المقرر إجراء مكالمة"
      String.raw`(?:من\s+)?المقرر\s+(?:[أا]ن\s+)?(?:عقد|[إا]جراء|تنظيم)\s+{event}`,
      // a date fixed, not a deadline: "تم تحديد موعد", "حددنا موعدا معهم"
      String.raw`[وف]?(?:(?:تم|تمت)\s+(?:تحديد|حجز)|حددنا|حجزنا)\s+موعد${ACC}(?!\s+(?:ال)?(?:تسليم|نهائي))`,
    ],
    // "the date is not fixed yet": a meeting without its day is not booked
    undated: [
      String.raw`(?:ال)?(?:موعد|تاريخ)\s+(?:لم\s+يحدد|لم\s+يتحدد|غير\s+محدد)`,
      String.raw`لم\s+(?:يتم\s+)?(?:يحدد|تحديد)\s+(?:ال)?(?:موعد|تاريخ)`,
    ],
    // thanks for a meeting that is over: "شكرا على الاجتماع", "نشكركم على العرض التوضيحي"
    thanked: [String.raw`شكر(?:اً|ًا|ا)\s+(?:لكم\s+|لك\s+)?على`, String.raw`نشكرك(?:م)?\s+على`],
    newIntro: [
      // only an introduction: "مجرد تعريف", "مجرد ترشيح"
      String.raw`مجرد\s+(?:تعريف|تعارف|مقدم${FEM}|ترشيح)`,
      // the introduction and no more: "نكتفي بالتعريف فقط"
      String.raw`[وف]?(?:س)?نكتفي\s+ب(?:ال)?(?:تعريف|تقديم)`,
      // a first contact, an early stage: "تواصل أولي", "تعارف أولي", "محادثة أولية", "مرحلة مبكرة"
      String.raw`${PRE}(?:تواصل|اتصال|تعارف)\s+(?:ال)?[أا]ولي`,
      String.raw`${PRE}محادث${FEM}\s+(?:ال)?[أا]ولي${FEM}`,
      String.raw`${PRE}مرحل${FEM}\s+(?:ال)?مبكر${FEM}`,
      // nothing booked yet: "لم يتم تحديد أي اجتماع", "لم نحدد موعدا بعد", "لا يوجد اجتماع"
      String.raw`[وف]?لم\s+(?:يتم\s+)?(?:تحديد|ترتيب|نحدد|نرتب)\s+(?:[أا]ي\s+)?(?:موعد|اجتماع|لقاء)${ACC}`,
      String.raw`لا\s+يوجد\s+(?:[أا]ي\s+)?(?:موعد|اجتماع|لقاء)`,
      // thinking of a change, still exploring: "يفكرون في تغيير", "ما زالوا في مرحلة البحث"
      String.raw`[يت]فكر(?:ون)?\s+(?:في|ف)\s+(?:تغيير|استبدال)`,
      String.raw`(?:ما\s+|لا\s+)?(?:زالوا|زال|يزالون|يزال)\s+في\s+(?:مرحل${FEM}\s+)?(?:ال)?(?:بحث|استكشاف)`,
      // a lead: a potential or new client, masculine or feminine, with or without the article or the
      // accusative ending ("عميل محتمل", "عميلاً محتملاً", "العميلة المحتملة", "عميل جديد")
      String.raw`${PRE}عميل(?:${FEM})?${ACC}\s+(?:ال)?(?:محتمل|جديد)(?:${FEM})?${ACC}`,
      // met at an event: "تعرفنا عليهم في معرض"
      String.raw`تعرفنا\s+(?:عليهم|عليه|عليها)\s+(?:في|خلال)\s+(?:معرض|مؤتمر|فعالي${FEM})`,
      // our part ends with the introduction: "يقتصر على التعريف", "بعد التعريف نترك" ("إحالة فقط", a referral only, is
      // labelled both ways in the corpora: left out)
      String.raw`يقتصر\s+على\s+التعريف`,
      String.raw`بعد\s+التعريف\s+(?:ن|س)?نترك`,
    ],
  },
  consent: {
    // "agreed" in the past and the present ("وافق", "يوافق"), with a word of being contacted in the sentence
    // and agreeing as an adjective, without the article ("موافق", "موافقة"; "الموافقة" is a label's word)
    agreeWord: [
      String.raw`[وف]?وافق(?:ت|وا)?`,
      String.raw`[يت]وافق(?:ون)?`,
      String.raw`(?:ي|ت)?رحب(?:ون)?`,
      String.raw`موافق(?:${FEM}|ون|ين)?`,
      // her, his, their agreement: "أبدت موافقتها على التواصل"
      String.raw`موافقت(?:ه|ها|هم)`,
    ],
    contactWord: [CONTACT, String.raw`[يت]تصل(?:وا)?`, String.raw`[يت]تواصل(?:وا)?`],
    permission: [
      // "you may contact him directly": "يمكنكم التواصل معه", "بإمكانكم الاتصال بها"
      String.raw`(?:يمكنكم|يمكنك|ب[إا]مكانكم|ب[إا]مكانك|تستطيعون)\s+${CONTACT}\s+(?:معه|معها|معهم|به|بها|بهم)`,
      // the prospect awaits the call: "ينتظر اتصالكم", "تنتظر تواصلكم"
      String.raw`[يت]نتظر(?:ون)?\s+(?:تواصلكم|اتصالكم|مكالمتكم)`,
      // no objection to contact: "لا مانع لديه من التواصل"
      String.raw`لا\s+مانع\s+(?:لديه|لديها|لديهم|لدي|لدينا|عنده|عندها|عندهم|عندي)?\s*(?:من|في)\s+${CONTACT}`,
      // asked to be contacted: "طلب أن تتواصلوا معه"
      String.raw`طلب(?:ت|وا)?\s+[أا]ن\s+(?:ت|ي)(?:تواصل|تصل)(?:وا)?`,
    ],
    prohibition: [
      // please do not contact: "يرجى عدم التواصل", "الرجاء عدم الاتصال", "لا تتواصلوا معه"
      String.raw`(?:يرجى|الرجاء|نرجو)\s+عدم\s+${CONTACT}`,
      String.raw`لا\s+(?:تتواصل|تتصل)(?:وا)?`,
      // the agreement not obtained yet: "لم نحصل بعد على موافقة"
      String.raw`لم\s+(?:نحصل|أحصل|احصل)\s+(?:بعد\s+)?على\s+موافق${FEM}`,
      // has not agreed, not asked yet: "لم يوافق بعد", "لم نسأله بعد"
      String.raw`[وف]?لم\s+[يت]وافق(?:وا)?`,
      String.raw`[وف]?لم\s+(?:نس[أا]ل|نخبر|نبلغ)(?:ه|ها|هم)`,
      // wait until we confirm: "انتظروا حتى نؤكد", "يرجى الانتظار لحين"
      String.raw`(?:انتظروا|(?:يرجى|الرجاء)\s+الانتظار)\s+(?:حتى|لحين|[إا]لى\s+[أا]ن)`,
      // contact only through us: "التواصل عن طريقنا فقط", "الاتصال من خلالنا"
      String.raw`(?:ال)?(?:تواصل|اتصال)\s+(?:يكون\s+)?(?:فقط\s+)?(?:عن\s+طريقنا|من\s+خلالنا|عبرنا)`,
    ],
  },
  motion: {
    // the partner resells, the invoice and the licences go through it
    resale: [
      // "إعادة البيع", "وإعادة بيعها" (reselling it)
      String.raw`${PRE}[إا]عاد${FEM}\s+(?:ال)?بيع(?:ها|ه|هم)?`,
      // "and" and the object joined: "ونعيد بيعه"
      String.raw`[وف]?(?:س)?نعيد\s+(?:ال)?بيع(?:ه|ها|هم)?`,
      // with or without the doubling mark written over the z: "موزّع معتمد"
      String.raw`${PRE}موزّ?ع(?:ون|ين|اً|ًا|ا)?\s+(?:ال)?(?:معتمد|رسمي)(?:ون|ين|اً|ًا|ا)?`,
      // the partner as the seller: "بصفتنا موزعاً", "سنقوم بالبيع", "سنبيع"
      String.raw`بصفتنا\s+(?:ال)?(?:موزع|وكيل|بائع|مورد)${ACC}`,
      String.raw`(?:س)?(?:نقوم|نتولى)\s+(?:نحن\s+)?(?:ب)?(?:ال)?بيع`,
      String.raw`[وف]?(?:س)?نبيع`,
      String.raw`${PRE}وكيل\s+(?:ال)?(?:معتمد|حصري)`,
      String.raw`(?:ال)?(?:فوتر${FEM}|فاتور${FEM}|فواتير|شراء)\s+(?:ست(?:كون|تم)\s+|يتم\s+|سيتم\s+|سيكون\s+)?(?:عن\s+طريقنا|من\s+خلالنا|عبرنا|باسمنا)`,
      String.raw`(?:س)?نشتري\s+(?:ال)?تراخيص`,
    ],
    // the partner only introduces; the vendor sells directly
    referral: [
      // our role is only the introduction: "دورنا هو التعريف فقط"
      String.raw`دورنا\s+(?:هنا\s+)?(?:هو\s+)?(?:ال)?تعريف\s+فقط`,
      // "as a referral only", the particle joined: "كإحالة فقط"
      String.raw`(?:مجرد\s+[إا]حال${FEM}|${PRE}[إا]حال${FEM}\s+فقط)`,
      // we refer to you; the follow-up left to the vendor: "نحيل إليكم …", "سأترك لكم المتابعة"
      String.raw`نحيل\s+(?:[إا]ليكم|لكم)`,
      String.raw`[وف]?(?:س)?[أن]ترك\s+(?:لكم|لفريقكم)\s+(?:ال)?متابع${FEM}`,
      // no party to the sale: "لن نكون طرفاً في البيع"
      String.raw`(?:لن|ولن)\s+نكون\s+طرف\S{0,2}\s+في\s+(?:ال)?(?:بيع|صفق${FEM})`,
      String.raw`${PRE}(?:عمول|رسوم)${FEM}?\s+(?:ال)?(?:[إا]حال${FEM}|ترشيح|تعريف)`,
      String.raw`${PRE}شريك\s+(?:ال)?[إا]حال${FEM}`,
      String.raw`(?:فقط|مجرد)\s+(?:نعرفكم|نقدمكم|نوصي|نرشح)`,
      // the introduction and no more: "سنكتفي بالتعريف", "نترك الأمر لفريقكم", "ولن نشارك بعد ذلك"
      String.raw`[وف]?(?:س)?نكتفي\s+ب(?:ال)?(?:تعريف|تقديم|[إا]حال${FEM})`,
      String.raw`نترك\s+(?:ال)?[أا]مر\s+(?:لكم|لفريقكم)`,
      String.raw`(?:لن|ولن)\s+نشارك\s+بعد`,
      // out of the sale or the delivery: "لن نشارك في البيع", "ولن نشارك في التنفيذ"; only introducing:
      // "فقط تعريفكم بهم", "نقدّم العميل فقط" (the shadda written or not)
      String.raw`(?:لن|ولن)\s+نشارك\s+(?:في|ب)\s*(?:ال)?(?:بيع|تنفيذ)`,
      String.raw`(?:فقط|مجرد)\s+(?:تعريفكم|تقديمه|تقديمهم)`,
      String.raw`نقد\u0651?م\s+(?:ال)?عميل\s+فقط`,
      String.raw`(?:تبيعون|تبيعوا|تتعاقدون|تتعاقدوا|تتعاملون|تتعاملوا)\s+(?:معهم\s+|معه\s+|لهم\s+)?مباشر(?:${FEM}|ةً)`,
    ],
    // the partner does the work: "سنقوم بالتنفيذ والتدريب", "نتولى التركيب", "خدمات التنفيذ"
    services: [
      String.raw`(?:س)?(?:نقوم|نتولى|نتكفل)\s+(?:نحن\s+)?(?:ب)?(?:ال)?(?:تنفيذ|تركيب|تثبيت|تدريب|دعم|صيان${FEM}|[إا]عداد|تكامل|ربط|تهيئ${FEM})`,
      String.raw`${PRE}خدمات\s+(?:ال)?(?:تنفيذ|تركيب|تكامل|صيان${FEM}|دعم\s+(?:ال)?فني|مدار${FEM})`,
      String.raw`${PRE}(?:مكامل|تكامل)\s+(?:ال)?[أا]نظم${FEM}`,
    ],
    // an integration with the partner's own product, a technology partnership
    technology: [
      String.raw`${PRE}(?:تكامل|ربط)\s+مع\s+(?:منصتنا|نظامنا|منتجنا|برنامجنا|تطبيقنا)`,
      String.raw`${PRE}(?:شريك|شراك${FEM})\s+(?:ال)?تقني${FEM}?`,
      // "ربط بوابة الدفع لدينا مع …" (joining our own gateway to the vendor's module)
      String.raw`ربط\s+(?:[\u0600-\u06FF]+\s+){1,2}(?:لدينا|الخاص${FEM}?\s+بنا)\s+(?:مع|ب)`,
    ],
  },
  // weak service words: decide only a labelled value ("دورنا: التنفيذ")
  motionWeak: { services: [`${PRE}تنفيذ`, `${PRE}تدريب`, String.raw`${PRE}دعم\s+(?:ال)?فني`] },
  // the partner's service work, and who does it
  serviceWork: [
    `${PRE}تنفيذ`,
    `${PRE}تركيب`,
    `${PRE}تثبيت`,
    `${PRE}تدريب`,
    `${PRE}صيان${FEM}`,
    `${PRE}تكامل`,
    `${PRE}[إا]عداد`,
    `${PRE}تهيئ${FEM}`,
  ],
  partnerSubject: ["نحن", "ونحن", "فريقنا", "شركتنا"],
  otherSubject: ["هم", "وهم", "العميل", "العميلة"],
  writerSubject: ["أنا", "انا", "نحن", "ونحن"],
  // a rival weighed: "يقارنون عرضكم مع X" (they compare your offer with X), "نقارن مع X"
  competitorBefore: [
    // the verb, "and" joined to it too: "ويقارنون مع X"
    // the object joined to it: "ويقارنونها مع X" (and they compare it with X)
    String.raw`[وف]?(?:يقارن|يقارنون|تقارن|نقارن)(?:ه|ها|هم)?\s+(?:\S+\s+){0,2}?مع\s+`,
    // the system used now: "يستخدمون حالياً X", "حالياً يستخدمون X" (they currently use X)
    String.raw`[وف]?(?:يستخدم|يستخدمون|تستخدم|نستخدم)\s+حاليا\p{M}?\s+`,
    String.raw`حاليا\p{M}?\s+(?:يستخدم|يستخدمون|تستخدم|نستخدم)\s+`,
    // the noun: "ومقارنة مع X" (and a comparison with X)
    String.raw`[وب]?مقارن(?:ة|ته|تها)\s+(?:\S+\s+){0,1}?مع\s+`,
    // weighing the partner's offer against a rival's: "يقارن بين عرضنا وعرض X", "بين عرضكم وعرض X"
    String.raw`بين\s+عرض(?:نا|كم)\s+وعرض\s+`,
  ],
};
