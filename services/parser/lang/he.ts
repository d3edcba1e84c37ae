// Hebrew label words for the contact person and how to reach them ("איש קשר: …", "דוא"ל: …"), the
// stage, the partner's role and the consent ("שלב: …", "הסכמה ליצירת קשר: כן"), and cue phrases for
// the stage, the motion and the consent. Hebrew joins its short words to the next: "and" (ו), "that"
// (ש), "when" (כש), "in" (ב), "to" (ל), "as" (כ), "from" (מ) and the article (ה, dropped after ב, ל,
// כ: "בפגישה" is "in the meeting"). A cue is bounded by letters like any word of a spaced script
// (normalise/cues.ts), so each noun lists the prefixes it takes (PRE).
import type { CueTable, LabelTable } from "./types.ts";

/** The prefixes joined to a noun: ו, then ש or כש, then ב/ל/כ/מ or the article ("ושבפגישה", "והפגישה", "מהלקוח"). */
const PRE = String.raw`ו?(?:ש|כש)?(?:[בלכמ]|מה|ה)?`;
/** Being contacted: "ליצור קשר", "יצירת קשר", "להתקשר", "פנייה", with their prefixes. */
const CONTACT = String.raw`(?:${PRE}(?:קשר|פנייה|פניה)|ל?התקשר|(?:ש)?(?:תיצרו|תתקשרו|תפנו))`;
/** The meeting nouns: a meeting, a call, a demo, a demonstration, a presentation, a visit. */
const MEETING = String.raw`(?:פגיש(?:ה|ת|ות)|שיח(?:ה|ת)|דמו|הדגמ(?:ה|ת)|מצגת|ביקור)`;

export const labels: LabelTable = {
  // "company", "the company", "company name", "organisation", "the organisation", "organisation name",
  // "client", "the client", "client name"
  company: [
    "חברה",
    "החברה",
    "שם החברה",
    "ארגון",
    "הארגון",
    "שם הארגון",
    "לקוח",
    "הלקוח",
    "שם הלקוח",
    // company name (without the article), the business, the business's name
    "שם חברה",
    "עסק",
    "שם העסק",
  ],
  // "site", "website"
  website: [
    "אתר",
    "אתר אינטרנט",
    // the company's site, the domain
    "אתר החברה",
    "דומיין",
  ],
  // "contact person" (literally "man of contact", written for either gender), "contact person" (feminine)
  contactName: [
    "איש קשר",
    "אשת קשר",
    // the contact person (with the article), the contact person's name
    "איש הקשר",
    "אשת הקשר",
    "שם איש הקשר",
  ],
  // "position" (the job title)
  role: [
    "תפקיד",
    // the position
    "התפקיד",
  ],
  // the abbreviation of "electronic mail", with its gershayim written as a double quote
  email: [
    'דוא"ל',
    "דוא״ל",
    "דואר אלקטרוני",
    // mail, e-mail, mail address
    "מייל",
    "אימייל",
    "כתובת מייל",
  ],
  phone: [
    "טלפון",
    // mobile, mobile telephone, telephone number
    "נייד",
    "טלפון נייד",
    "מספר טלפון",
  ],
  // "need", "the need", "needs", "problem", "the problem"
  need: [
    "צורך",
    "הצורך",
    "צרכים",
    "בעיה",
    "הבעיה",
    // the main need, the main problem, the challenge
    "צורך עיקרי",
    "הבעיה העיקרית",
    "אתגר",
  ],
  // "competitors"
  competitors: [
    "מתחרים",
    // a competitor
    "מתחרה",
  ],
  // "region, area"
  region: [
    "אזור",
    // the town, the location
    "עיר",
    "מיקום",
  ],
  // "stage", "the deal's stage", "status"
  stage: [
    "שלב",
    "שלב העסקה",
    "סטטוס",
    // the state
    "מצב",
  ],
  // "our role", "kind of partnership", "partnership model"
  motion: [
    "התפקיד שלנו",
    "סוג שותפות",
    "סוג השותפות",
    "מודל שותפות",
    // the model
    "מודל",
  ],
  // "consent", "the customer's consent", "consent to contact", "approval to contact", "direct contact"
  consent: [
    "הסכמה",
    "הסכמת הלקוח",
    "הסכמה ליצירת קשר",
    "אישור ליצירת קשר",
    "אישור לפנייה",
    "אישור פנייה",
    "פנייה ישירה",
    "יצירת קשר ישיר",
  ],
  // the estimated scope or worth, the estimate of worth, the budget, the deal's worth
  value: [
    "היקף משוער",
    "שווי משוער",
    "שווי מוערך",
    "הערכת שווי",
    "הערכה",
    "תקציב",
    "תקציב משוער",
    "היקף",
    "שווי",
    "שווי העסקה",
    "היקף העסקה",
  ],
  // product(s)
  // the product(s), the module
  product: ["מוצר", "מוצרים", "מודול"],
};

export const cues: CueTable = {
  // "… בשנה. אזור: גליל.": the region's label inside a line
  regionLabelInSentence: ["אזור"],
  // "בחיפה", "ב-חיפה", "מחיפה": "in" and "from" joined to the place the subject names, at a word's start
  placeMention: { glued: [String.raw`(?<![\p{L}])[במ]-?`] },
  // the prospect's problem: by hand ("ידנית", "ידני"), on paper ("ביומן נייר"), in a spreadsheet
  // ("באקסל"), a problem as such ("הבעיה"); a wish ("רוצים"), a need ("צריכים") or a search
  // ("מחפשים"), each with the prefixes it takes
  problem: {
    strong: [
      String.raw`${PRE}ידני(?:ת|ות|ים)?`,
      String.raw`${PRE}נייר`,
      String.raw`${PRE}אקסל`,
      String.raw`${PRE}בעי(?:ה|ות)`,
    ],
    // a means of talking as the process: "הזמנות בטלפון", "בוואטסאפ"; "דיברתי איתה בטלפון" is the partner's talk
    channel: [String.raw`בטלפון`, String.raw`טלפונית`, String.raw`בו?ואטסאפ`],
    talked: ["דיברתי", "דיברנו", "שוחחתי", "שוחחנו", "סיכמנו"],
    weak: [
      String.raw`${PRE}(?:רוצים|רוצה|רוצות)`,
      String.raw`${PRE}(?:צריכים|צריך|צריכה)`,
      String.raw`${PRE}(?:מחפשים|מחפש|מחפשת)`,
    ],
  },
  // a comparison against a rival: "השוואה מול X", "השוואה עם X"
  competitorBefore: [
    // the noun, also in the construct state and with its prefixes: "בשלב השוואת הצעות מחיר מול X"
    String.raw`${PRE}השווא(?:ה|ת)\s+(?:\S+\s+){0,3}?(?:מול|עם)\s+`,
    // the verb, "and" joined to it too: "משווים מול X", "ומשווה את ההצעה עם X"
    String.raw`ו?משוו(?:ה|ים|ות)\s+(?:\S+\s+){0,2}?(?:מול|עם)\s+`,
    // also checking a rival: "בודקים גם את X"
    String.raw`ו?בודק(?:ים|ת|ות)?\s+גם\s+(?:את\s+)?`,
    // checking or having checked a rival by name: "בודקים את X", "בדקו גם את X", "בוחנים את X"
    String.raw`ו?(?:בודק(?:ים|ת|ות)|בדק(?:ו|נו)|בוחנ(?:ים|ת|ות)|בחנו)\s+(?:גם\s+)?את\s+`,
    // the two weighed: "משווים בין <the vendor> ל-X"
    String.raw`ו?משוו(?:ה|ים|ות)\s+(?:\S+\s+){0,1}?בין\s+(?:\S+\s+){1,3}?ל-?`,
    // a pilot run with a rival: "בפיילוט עם X"
    String.raw`בפיילוט\s+עם\s+`,
    // a rival's offer among those weighed: "כולל הצעה של X"
    String.raw`כולל\s+(?:גם\s+)?הצע(?:ה|ת\s+מחיר)\s+של\s+`,
  ],
  // the partner registering: "ליד חדש" (a new lead), "תרשמו" (register, said to a team), "רישום עסקה"
  // (a deal's registration, "for" or "and" joined to it: "לרישום עסקה")
  // register in our (my) name: "לרשום … על שמנו", "תרשמו אותו על שמי"; passing on for registration:
  // "מעביר לרישום", "מעבירה אליכם לרישום" (writing a thing down, "לרשום", alone registers nothing)
  registering: [
    "ליד חדש",
    "תרשמו",
    String.raw`[לו]?רישום עסקה`,
    String.raw`(?:ל|נ|ת)?רש(?:ום|מו)\s+(?:\S+\s+){0,2}?על\s+שמ(?:נו|י)`,
    String.raw`מעביר(?:ה|ים|ות)?\s+(?:אליכם\s+|לכם\s+)?לרישום`,
  ],
  // "not", "there is no", "without", "not yet" (טרם), with "and"/"that" joined ("ולא", "שאין")
  negationBefore: ["לא", "ולא", "שלא", "אין", "ואין", "שאין", "בלי", "ללא", "טרם"],
  // right after a cue: "… עדיין לא" (not yet), "… טרם נקבעה" (not yet fixed), "… לא נקבע"
  negationAfter: ["עדיין לא", "עוד לא", "טרם", "לא נקבע", "לא נקבעה", "לא סגור", "לא סגורה"],
  // "if", "in case", "on condition", "once", "after", "maybe"; the ו or ש after the conjunction is
  // joined to the next word, which may be the cue itself (a clause before a cue ends right before it)
  conditional: [
    "אם",
    "ואם",
    "שאם",
    String.raw`במידה(?=\s+[וש]|\s*$)`,
    String.raw`בתנאי(?=\s+ש|\s*$)`,
    String.raw`ברגע(?=\s+ש|\s*$)`,
    String.raw`(?:ל)?אחר(?:י)?(?=\s+ש|\s*$)`,
    "אולי",
  ],
  commonWords: ["של", "את", "עם", "על", "זה", "הוא", "היא", "הם", "אני", "אנחנו", "יש", "גם", "כי"],
  // a label's answer: "כן" (yes); "לא", "עדיין לא", "טרם" (no, not yet)
  yes: ["כן"],
  no: ["עדיין לא", "עוד לא", "טרם", "לא"],
  stage: {
    evaluation: [
      // comparing now, between: "משווים כרגע בין X ל-Y"
      String.raw`משווים\s+(?:כרגע|עכשיו|כעת)\s+(?:בין|מול)`,
      // a price quote: "הצעת מחיר", "הצעות מחיר"
      String.raw`${PRE}הצע(?:ת|ות)\s+(?:ה)?מחיר`,
      // an offer sent or submitted: "שלחנו הצעה", "הגשנו את ההצעה", "נשלחה הצעה"
      String.raw`(?:ו)?(?:שלחנו|הגשנו|נשלחה|הוגשה)\s+(?:להם\s+|לו\s+|לה\s+)?(?:את\s+)?(?:ה)?הצעה`,
      // an offer received, offers weighed: "כבר קיבלו הצעה", "משווים בין ההצעות"
      String.raw`(?:ו)?קיבל(?:ו|ה)?\s+(?:כבר\s+)?(?:את\s+)?(?:ה)?הצע(?:ה|ות)`,
      String.raw`(?:ו)?משוו(?:ה|ים|ות)\s+בין\s+(?:ה)?הצעות`,
      // offers compared with no "between": "משווים הצעות", "משווה כרגע הצעות"
      String.raw`(?:ו)?משוו(?:ה|ים|ות)\s+(?:כרגע\s+)?(?:ה)?הצעות`,
      // a pilot, a trial: "פיילוט", "תקופת ניסיון", "גרסת ניסיון"
      String.raw`${PRE}פיילוט`,
      String.raw`${PRE}(?:תקופת|גרסת)\s+(?:ה)?(?:ניסיון|ניסוי)`,
      // the product tried: "מתנסים במערכת", "בודקים את הפלטפורמה שלכם"
      String.raw`(?:מתנסים|מתנסה)\s+ב(?:מערכת|פלטפורמה|מוצר|פתרון|תוכנה)`,
      String.raw`(?:בודקים|בודק|בודקת)\s+(?:כרגע\s+|עכשיו\s+)?את\s+(?:ה)?(?:מערכת|פלטפורמה|מוצר|פתרון)\s+(?:שלכם|שלך)`,
      // a tender: "מכרז", "מכרזים"
      String.raw`${PRE}מכרז(?:ים)?`,
      // offers compared: "השוואת הצעות", "משווים בין"
      String.raw`${PRE}השווא(?:ת|ה)\s+(?:ה)?הצעות`,
      String.raw`משווים\s+(?:בין|מול)`,
      // the offers reviewed: "הלקוח בודק הצעות", "בודקים את ההצעות"
      String.raw`(?:בודק|בודקת|בודקים)\s+(?:את\s+)?(?:ה)?הצעות`,
      // the budget approved: "התקציב אושר", "אישרו את התקציב"
      String.raw`${PRE}תקציב\s+(?:כבר\s+)?(?:אושר|מאושר)`,
      String.raw`אישרו\s+(?:כבר\s+)?(?:את\s+)?(?:ה)?תקציב`,
      // negotiation, the evaluation phase: "משא ומתן", "מו"מ", "בשלב הבדיקה"
      String.raw`${PRE}משא\s+ומתן`,
      String.raw`${PRE}מו["״]מ`,
      String.raw`${PRE}שלב\s+(?:ה)?(?:הערכה|בדיקה|ניסוי|פיילוט)`,
    ],
    // meeting nouns with their prefixes: "פגישה", "בפגישת היכרות", "שיחת זום", "הדגמה", "מצגת"
    event: [`${PRE}${MEETING}`],
    // after the noun: "נקבעה" (was fixed), "מתוכננת" (planned), "מתוזמנת" (scheduled), "תואמה" (arranged)
    booked: [
      String.raw`נקבע(?:ה|ו)?`,
      String.raw`מתוכננ(?:ת|ים|ות)?`,
      String.raw`מתוזמנ(?:ת|ים|ות)?`,
      String.raw`תואמ(?:ה|ו)`,
      String.raw`אושר(?:ה|ו)?`,
    ],
    // the weekdays ("יום שלישי", "ביום ג'"), "tomorrow"
    day: [
      String.raw`ו?[בל]?(?:ה)?יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)`,
      String.raw`ו?[בל]?(?:ה)?יום\s+[אבגדהו]['׳]`,
      String.raw`ו?מחר(?:תיים)?`,
    ],
    // the months, with "in" joined ("ב-12 במרץ")
    month: [
      "ב?ינואר",
      "ב?פברואר",
      "ב?מרץ",
      "ב?מרס",
      "ב?אפריל",
      "ב?מאי",
      "ב?יוני",
      "ב?יולי",
      "ב?אוגוסט",
      "ב?ספטמבר",
      "ב?אוקטובר",
      "ב?נובמבר",
      "ב?דצמבר",
    ],
    discovery: [
      // the verb first: "קבענו פגישה", "תיאמנו שיחת היכרות", "נקבעה פגישה"
      String.raw`ו?(?:קבענו|קבעתי|תיאמנו|תאמנו|תיאמתי|תאמתי|נקבעה|נקבע|נקבעו|תואמה)\s+(?:כבר\s+)?(?:לנו\s+|להם\s+|איתם\s+|איתו\s+|איתה\s+)?(?:את\s+)?{event}`,
    ],
    // "the date is not fixed yet": a meeting without its day is not booked
    undated: [String.raw`(?:ה)?(?:מועד|תאריך)\s+(?:עדיין\s+|עוד\s+)?(?:לא|טרם)\s+(?:נקבע|סגור|ידוע)`],
    // thanks for a meeting that is over: "תודה על הפגישה", "תודה רבה על השיחה"
    thanked: [String.raw`תודה\s+(?:רבה\s+)?על`],
    newIntro: [
      // we only bring them together: "רק מפגישים"
      String.raw`רק\s+(?:מפגישים|מחברים)`,
      // only an introduction: "רק היכרות", "רק הפניה"
      String.raw`רק\s+(?:ה)?(?:היכרות|הכרות|הפניה|הפנייה|המלצה)`,
      // a referral only: "זו הפניה בלבד"
      String.raw`${PRE}(?:הפניה|הפנייה)\s+בלבד`,
      // a first contact, an early stage: "שיחה ראשונית", "קשר ראשוני", "היכרות ראשונית", "שלב מוקדם"
      String.raw`${PRE}(?:שיחה|פנייה|פניה)\s+ראשונית`,
      String.raw`${PRE}קשר\s+ראשוני`,
      String.raw`${PRE}(?:היכרות|הכרות)\s+ראשונית`,
      String.raw`${PRE}שלב\s+(?:מאוד\s+)?מוקדם`,
      // nothing booked yet: "עוד לא קבענו", "טרם נקבעה פגישה", "אין עדיין פגישה"
      String.raw`(?:(?:עוד|עדיין)\s+לא|טרם)\s+(?:קבענו|נקבע|נקבעה|תיאמנו|תאמנו|דיברנו)`,
      String.raw`אין\s+(?:עדיין\s+|עוד\s+)?(?:פגישה|מועד|תאריך)`,
      // thinking of a change: "שוקלים להחליף", "חושבים על החלפת"
      String.raw`(?:שוקלים|שוקל|שוקלת|חושבים)\s+(?:על\s+)?(?:להחליף|החלפת|החלפה|לעבור)`,
      // met at an event: "הכרנו אותם בכנס", "פגשנו אותו בתערוכה"
      String.raw`(?:הכרנו|פגשנו)\s+(?:אותם\s+|אותו\s+|אותה\s+)?ב(?:כנס|תערוכה|אירוע)`,
      // not yet talked of a meeting: "עוד לא דיברתי"
      String.raw`(?:(?:עוד|עדיין)\s+לא|טרם)\s+דיברתי`,
    ],
  },
  consent: {
    // "agreed", "agrees", "approved" ("אישרה שתיצרו איתה קשר"), with a word of being contacted in the sentence
    agreeWord: [String.raw`ו?(?:הסכימ(?:ה|ו)|הסכים|מסכימ(?:ה|ים|ות)|מסכים)`, String.raw`ו?אישר(?:ה|ו)?`],
    contactWord: [CONTACT],
    permission: [
      // agreed that the vendor may approach: "אישר שניתן לפנות"
      String.raw`אישר(?:ה)?\s+ש?(?:ניתן|אפשר)\s+לפנות`,
      // "you may approach him directly": "אפשר לפנות אליו", "ניתן ליצור איתה קשר", "מוזמנים להתקשר"
      String.raw`(?<!אי\s)(?:אפשר|ניתן|מוזמנים|מוזמן)\s+(?:לפנות|ליצור\s+(?:איתו\s+|איתה\s+|איתם\s+)?קשר|להתקשר)`,
      // the prospect awaits the call: "הלקוח מחכה לשיחה", "היא מצפה לפנייה שלכם"
      String.raw`(?:הוא|היא|הם|הלקוח|הלקוחה|והם)\s+(?:מחכה|מחכים|מחכות|מצפה|מצפים)\s+ל(?:שיחה|טלפון|פנייה|פניה|שיחתכם|פנייתכם)`,
      // consent given: "נתן את הסכמתו", "נתנה אישור"
      String.raw`(?:נתן|נתנה|נתנו)\s+(?:את\s+)?(?:ה)?(?:אישור|הסכמה|הסכמתו|הסכמתה|הסכמתם)`,
      // the prospect asked to be called: "הוא ביקש שתתקשרו אליו", "היא ביקשה שתיצרו איתה קשר"
      String.raw`ביקש(?:ה|ו)?\s+ש(?:תתקשרו|תתקשר|תיצרו|תפנו|תחזרו)`,
    ],
    prohibition: [
      // do not contact: "אל תיצרו קשר", "נא לא לפנות", "בבקשה לא להתקשר"
      String.raw`(?:אל|נא\s+לא|נא\s+שלא|בבקשה\s+לא|לא)\s+(?:תיצרו|תיצור|ליצור|תפנו|תפנה|לפנות|תתקשרו|תתקשר|להתקשר)`,
      // not agreed, not asked yet: "עדיין לא הסכים", "טרם שאלנו אותו", "לא נתן הסכמה"
      String.raw`(?:(?:עדיין|עוד)\s+לא|טרם)\s+(?:הסכי|מסכי)\p{L}*`,
      String.raw`(?:(?:עדיין|עוד)\s+לא|טרם)\s+(?:שאלנו|שאלתי|ביקשנו|ביקשתי)\s+(?:אותו|אותה|אותם)(?!\s+(?:על|לגבי))`,
      // not asked a name for the approval yet: "עוד לא ביקשתי ממנה אישור"
      String.raw`(?:(?:עדיין|עוד)\s+לא|טרם)\s+(?:ביקשנו|ביקשתי)\s+מ\p{L}+\s+(?:את\s+)?(?:ה)?(?:אישור|הסכמה)`,
      String.raw`(?:לא|טרם)\s+(?:נתן|נתנה|נתנו)\s+(?:את\s+)?(?:ה)?(?:הסכמה|הסכמתו|הסכמתה|הסכמתם|אישור)`,
      // wait for us: "חכו לאישור שלנו", "המתינו עד שנחזור"
      String.raw`(?:נא\s+)?(?:חכו|המתינו|תמתינו|תחכו)\s+(?:עד|לאישור)`,
      // contact only through us: "הקשר רק דרכנו", "פנייה אך ורק דרכנו"
      String.raw`${PRE}(?:קשר|פנייה|פניה|תקשורת)\s+(?:רק|אך\s+ורק)\s+דרכ(?:נו|י)`,
    ],
  },
  motion: {
    // the partner resells, the invoice goes through it: "מפיץ מורשה", "ריסלר", "החשבונית דרכנו"
    resale: [
      String.raw`${PRE}(?:מפיץ|מפיצים|משווק|משווקים)\s+(?:ה)?(?:מורשה|מורשים|רשמי|רשמיים)`,
      // a distributor ("מפיץ", "מפיצים את הרישיונות"); a marketer ("משווק", also "markets" of any firm) only as
      // the partner or as its role in brackets ("אנחנו המשווק", "(משווק)")
      String.raw`${PRE}(?:מפיץ|מפיצים)`,
      String.raw`(?:אנחנו|אנו)\s+(?:ה)?משווק(?:ים)?`,
      String.raw`(?<=\()משווק(?:ים)?(?=\))`,
      // the partner sells: "אנחנו נמכור ונטמיע"
      String.raw`ו?נמכור`,
      String.raw`${PRE}ריסלר(?:ים)?`,
      String.raw`${PRE}מכירה\s+חוזרת`,
      String.raw`${PRE}(?:חשבונית|חיוב|רכישה|הזמנה)\s+(?:תהיה\s+|יהיה\s+|תעבור\s+|יעבור\s+|תתבצע\s+|יתבצע\s+)?(?:דרכנו|אצלנו)`,
      String.raw`(?:יקנו|קונים|ירכשו|רוכשים)\s+(?:את\s+(?:ה)?(?:רישיונות|רשיונות|מערכת|מוצר)\s+)?(?:דרכנו|מאיתנו|מאתנו)`,
      String.raw`נרכוש\s+(?:את\s+)?(?:ה)?(?:רישיונות|רשיונות)`,
      // we sell on, we sell the licences: "רוכשים ומוכרים מחדש", "מוכרים את הרישיונות"
      String.raw`${PRE}(?:מוכרים|נמכור)\s+(?:מחדש|את\s+(?:ה)?(?:רישיונות|רשיונות))`,
    ],
    // the partner only introduces; the vendor sells directly
    referral: [
      // we only bring them together: "אנחנו רק מפגישים"
      String.raw`רק\s+(?:מפגישים|מחברים|מפנים|ממליצים)`,
      String.raw`רק\s+(?:ה)?(?:הפניה|הפנייה|מפנים|מפנה|ממליצים|ממליץ|מקשרים|מחברים)`,
      String.raw`${PRE}(?:עמלת|דמי)\s+(?:ה)?(?:הפניה|הפנייה|תיווך|איתור)`,
      String.raw`(?:תמכרו|תמכור|תחתמו)\s+(?:להם\s+|לו\s+|לה\s+|איתם\s+)?ישירות`,
      String.raw`${PRE}שותף\s+(?:ה)?הפניות`,
      // only a referral, not involved after it: "בהפניה בלבד", "אנחנו לא מעורבים בהמשך"
      String.raw`${PRE}(?:הפניה|הפנייה)\s+בלבד`,
      String.raw`לא\s+(?:נהיה\s+)?(?:מעורבים|מעורב|מעורבת)\s+ב(?:המשך|מכירה|עסקה)`,
    ],
    // the partner does the work: "אנחנו נבצע את ההטמעה", "ניקח על עצמנו את ההדרכה", "שירותי הטמעה"
    services: [
      String.raw`(?:נבצע|נעשה|נספק|נטפל|ניקח\s+על\s+עצמנו|אחראים\s+על|נהיה\s+אחראים\s+על)\s+(?:את\s+|ב)?(?:ה)?(?:הטמעה|התקנה|אינטגרציה|הדרכה|תמיכה|תחזוקה|הגדרה|הגדרות|יישום)`,
      String.raw`${PRE}אינטגרטור(?:ים)?`,
      String.raw`${PRE}שירותי\s+(?:ה)?(?:הטמעה|התקנה|אינטגרציה|תמיכה|תחזוקה)`,
      // the work done by the partner: "התקנת הציוד על ידינו", "הטמעה על-ידינו"
      String.raw`${PRE}(?:הטמע|התקנ|הדרכ|תחזוק)(?:ה|ת)\s+(?:[\p{L}"״'-]+\s+){0,3}?על[\s-]ידינו`,
    ],
    // an integration with the partner's own product, a technology partner
    technology: [
      String.raw`${PRE}(?:אינטגרציה|ממשק|חיבור)\s+(?:עם\s+|ל)(?:ה)?(?:מערכת|פלטפורמה|מוצר|תוכנה)\s+שלנו`,
      String.raw`${PRE}שותף\s+טכנולוגי`,
      // "שילוב מסופי התשלום שלנו עם …" (joining our own terminals with the vendor's system)
      String.raw`${PRE}שילוב\s+(?:[\p{L}"״'-]+\s+){1,3}?שלנו\s+עם`,
    ],
  },
  // weak service words: decide only a labelled value ("התפקיד שלנו: הטמעה")
  motionWeak: { services: [`${PRE}הטמעה`, `${PRE}הדרכה`, String.raw`${PRE}תמיכה\s+טכנית`] },
  // the partner's service work, and who does it
  serviceWork: [`${PRE}הטמעה`, `${PRE}התקנה`, `${PRE}אינטגרציה`, `${PRE}הדרכה`, `${PRE}תחזוקה`, `${PRE}הגדרה`],
  partnerSubject: ["אנחנו", "ואנחנו", "אנו", "הצוות שלנו", "החברה שלנו"],
  otherSubject: ["הם", "והם", "הלקוח", "הלקוחה"],
  writerSubject: ["אני", "ואני", "אנחנו", "אנו"],
  // what a figure is: a value, a budget, an estimate or a yearly sum; the prospect's turnover or
  // income; a monthly sum
  money: {
    near: [`${PRE}(?:תקציב|שווי|הערכה|היקף)`, "לשנה", "בשנה", "שנתי"],
    other: [`${PRE}(?:מחזור|הכנסות|הכנסה)`],
    monthly: ["לחודש", "בחודש", "חודשי"],
  },
};
