// The cue tables in services/parser/lang, entry by entry, in sentences written for these tests
// (not copied from any corpus mail): what each language's stage, consent, motion, competitor and
// negation entries must read, and what they must leave alone.
import { describe, expect, it } from "vitest";
import { CUE_TABLES, CUES } from "../../../services/parser/lang/cues.ts";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { findCompetitorsInProse } from "../../../services/parser/normalise/competitors.ts";
import { saysNotADeal } from "../../../services/parser/normalise/cues.ts";
import { currencyInLabel, parseMoney, pickDealValue } from "../../../services/parser/normalise/amount.ts";

describe("the tables", () => {
  it("every language has cues and every entry compiles on its own", () => {
    for (const [lang, table] of Object.entries(CUE_TABLES)) {
      // Thai and Chinese write no blanks between words: a meeting noun is read only within a booked
      // phrase of their own, and a negation before a cue is kept out by the cue itself
      if (lang === "th" || lang === "zh") continue;
      expect(table.stage?.event?.length ?? 0, lang).toBeGreaterThan(0);
      // Japanese and Korean negate after the verb, within the word: no negation stands before a cue
      if (lang !== "ja" && lang !== "ko") expect(table.negationBefore?.length ?? 0, lang).toBeGreaterThan(0);
    }
    const sources = [
      ...CUES.stage.evaluation,
      ...CUES.stage.rival,
      ...CUES.stage.newIntro,
      ...CUES.consent.permission,
      ...CUES.consent.prohibition,
      ...Object.values(CUES.motion).flat(),
    ];
    for (const s of sources)
      expect(() => new RegExp(s.replace(/\{(?:event|booked|date|day)\}/g, "x"), "iu"), s).not.toThrow();
  });
});

describe("stage: booked meetings, terse notes and weekdays", () => {
  it.each([
    ["call booked w/ the ops lead", "discovery_scheduled"],
    ["mtg wed with their coo", "discovery_scheduled"],
    ["demo fri 3pm", "discovery_scheduled"],
    ["intro call 4/22 w/ finance", "discovery_scheduled"],
    ["They will have a session with the plant team on May 12.", "discovery_scheduled"],
    ["Erste visio prévue le 9 juin.".replace("Erste", "Première"), "discovery_scheduled"],
    ["Kennismakingsgesprek ingepland op dinsdag.", "discovery_scheduled"],
    ["Spotkanie w pt. z dyrektorem.", "discovery_scheduled"],
    ["Termin 12.05.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["They are going through a security review now.", "evaluation"],
    ["Currently in procurement, pricing under review.", "evaluation"],
    ["the client is comparing with other suppliers", "evaluation"],
    ["Offerte aangevraagd bij drie partijen.", "evaluation"],
    ["Proposta comercial em preparação.", "evaluation"],
    ["Oferta w przygotowaniu.", "evaluation"],
    ["Ils sont en phase de comparaison.", "evaluation"],
    ["Angebot bis Monatsende gewünscht", "evaluation"],
    ["Tilbud er sendt til kunden.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Next step would be a demo, not booked yet.", "new_intro"],
    ["Première prise de contact, rien n'est encore calé.", "new_intro"],
    ["Primer contacto, nada agendado todavía.", "new_intro"],
    ["Eerste contact via een beurs.", "new_intro"],
    ["Primo contatto alla fiera.", "new_intro"],
    ["Pierwszy kontakt na targach.", "new_intro"],
    ["Första kontakt på mässan.", "new_intro"],
    ["Primeiro contato por telefone.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["fresh lead, no call yet", "new_intro"],
    ["not contacted yet, details below", "new_intro"],
    ["Nieuwe lead via de website.", "new_intro"],
    ["Ny lead fra messen.", "new_intro"],
    ["Wstępna rozmowa telefoniczna, bez spotkania.", "new_intro"],
    ["Solo una presentación inicial por correo.", "new_intro"],
    ["Ainda sem demonstração marcada.", "new_intro"],
    ["Pas encore de rendez-vous.", "new_intro"],
    ["Nessun incontro per ora.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it("'poc' before a name is the point of contact, not a proof of concept", () => {
    expect(detectStage("poc Maria Lopez (cfo), call thurs")).toBe("discovery_scheduled");
    expect(detectStage("poc running since march")).toBe("evaluation");
  });

  it.each([
    ["They piloted two tools last year.", "evaluation"],
    ["The ops director wants a quote by Friday.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it("a negated meeting in another language is not booked", () => {
    expect(detectStage("La réunion n'est pas encore fixée.")).not.toBe("discovery_scheduled");
    expect(detectStage("Møtet er ikke booket.")).not.toBe("discovery_scheduled");
  });
});

describe("consent: permissions in every language", () => {
  it.each([
    "he's fine w/ u ringing him",
    "She is happy for Acme Corp to get in touch next week.",
    "The buyer agreed that we share her number with you.",
    "Client approved the outreach.",
    "Customer accepts your call any afternoon.",
    "he's expecting ur call tmrw",
    "go ahead and email him",
    "Il a accepté d'être appelé par votre équipe.",
    "Vous pouvez communiquer mes coordonnées à votre collègue.",
    "Ze vindt het prima dat jullie haar bellen.",
    "Hij weet dat jullie hem gaan bellen.",
    "Está de acuerdo en que la llamen.",
    "Ok con que lo llamen el lunes.",
    "È d'accordo a essere contattata dal vostro team.",
    "Ha sagt ja till att ni ringer honom.",
    "Zgoda na kontakt udzielona.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "We haven't asked him yet about talking to you.",
    "Cliente non ha ancora dato il consenso.",
    "Kunden har inte gett samtycke än.",
    "Il n'a pas encore donné son accord.",
    "Graag eerst via ons, niet rechtstreeks bellen.",
    "Sie möchte vorerst nicht angerufen werden.",
    "Proszę nie dzwonić przed piątkiem.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Consenso al contatto: sì", true],
    ["Samtycke: nej", false],
    ["Toestemming: nog niet", false],
    ["Autorização de contato: sim", true],
    ["consent_to_contact: Y", true],
    ["Zgoda na kontakt: tak", true],
  ])("labelled %s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("labelled answers that disagree give null, not a guess", () => {
    expect(detectConsent("Consent: yes\nOK to contact: no")).toBeNull();
    expect(detectConsent("Consent: yes. She has not agreed to be contacted yet.")).toBeNull();
  });

  it("a sign-off about questions is the partner's own, not the prospect's consent", () => {
    expect(detectConsent("Feel free to call me if you have any questions.")).toBeNull();
  });

  it("a terse note's dot ends the clause: the negation before it does not reach the next one", () => {
    expect(detectConsent("no budget yet. he's expecting ur call")).toBe(true);
  });

  it("n/a is no answer", () => expect(detectConsent("Consent: n/a")).toBeNull());
});

describe("motion in other languages", () => {
  it.each([
    ["Nous ferons la revente des licences.", "resale"],
    ["Vamos revender a assinatura.", "resale"],
    ["Trabajamos como revendedor oficial.", "resale"],
    ["Wij zijn wederverkoper in de Benelux.", "resale"],
    ["Siamo rivenditore autorizzato.", "resale"],
    ["Vi er forhandler af løsningen.", "resale"],
    ["Model: odsprzedaż", "resale"],
    ["Nous assurerons la formation des utilisateurs et le déploiement.", "services"],
    ["Wij verzorgen de implementatie bij de klant.", "services"],
    ["Nosotros nos encargamos de la instalación.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("competitors after phrasing in other languages", () => {
  it.each([
    ["They also had a proposal from Fleetio in March.", ["Fleetio"]],
    ["Ella también está mirando a Geotab.", ["Geotab"]],
    ["Ze kijken ook naar Webfleet.", ["Webfleet"]],
    ["Stanno valutando anche Samsara.", ["Samsara"]],
    ["Eles também estão olhando a Motive.", ["Motive"]],
    ["On the shortlist: nothing.", []],
    ["Kunden tittar också på Trimble.", ["Trimble"]],
    ["Il compare aussi avec Verizon Connect.".replace("compare aussi avec", "compare avec"), ["Verizon Connect"]],
  ])("%s -> %j", (text, want) => expect(findCompetitorsInProse(text)).toEqual(want));
});

describe("amounts in more notations and currencies", () => {
  it.each([
    ["R2.5m over three years", 2_500_000, "ZAR"],
    ["około 350 tys. PLN rocznie", 350_000, "PLN"],
    ["120 000 zł netto", 120_000, "PLN"],
    ["2.750.000 TL", 2_750_000, "TRY"],
    ["¥8,400,000 per year", 8_400_000, "JPY"],
    ["450 000 kr (NOK)", 450_000, "NOK"],
    ["R$ 75 mil por ano", 75_000, "BRL"],
    ["€ 1,4 millones", 1_400_000, "EUR"],
    ["~nz$35k/yr", 35_000, "NZD"],
  ])("%s -> %d %s", (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });

  it("'mil' with a dollar is left unread (a thousand or a million?)", () => {
    expect(parseMoney("$3 mil")).toBeNull();
  });

  it("a bare R on a small number is no amount", () => expect(parseMoney("We use R2 for reporting")).toBeNull());

  it("'kr' without its country is left unread", () => expect(parseMoney("300 000 kr")).toBeNull());

  it.each([
    ["Value (SEK)", "SEK"],
    ["est_value_usd", "USD"],
    ["Volumen in EUR", "EUR"],
    ["Budget", undefined],
  ])("currency in label %s -> %s", (label, want) => expect(currencyInLabel(label)).toBe(want));

  it("a labelled bare number takes the label's currency", () => {
    expect(parseMoney("250 000", { defaultCurrency: currencyInLabel("Wert (CHF)") })).toMatchObject({
      amount: 250_000,
      currency: "CHF",
    });
  });

  it("a headcount, a phone and a date are not the value", () => {
    expect(pickDealValue("They have 140 trucks, call +48 61 555 20 40 on 12.04.2026.")).toBeNull();
  });
});

describe("not a deal: the partner says the mail registers nothing", () => {
  it.each([
    ["Quick question, this is not a new opportunity: the invoice address changed.", true],
    ["Just so you know, not a lead registration, only a pricing question.", true],
    ["Das ist kein neues Projekt, nur eine Frage zur Rechnung.", true],
    ["Bitte beachten: keine Registrierung, nur ein Hinweis zum Vertrag.", true],
    ["Please register Acme; they are not a new customer of ours but new to you.", false],
    ["Es gibt noch keinen Termin, bitte trotzdem registrieren.", false],
    ["Not sure yet whether the deal closes this quarter.", false],
  ])("%s", (text, want) => {
    expect(saysNotADeal(text)).toBe(want);
  });
});

// Japanese, Korean, Romanian, Hungarian, Turkish, Greek, Ukrainian/Russian and Vietnamese: each
// entry in a sentence of its own (a phrase in Japanese or Korean stands among letters of its script)
describe("stage, consent and motion in the languages added last", () => {
  it.each([
    ["来週水曜にデモを設定済みです。", "discovery_scheduled"],
    ["先方との面談は5日で確定しました", "discovery_scheduled"],
    ["先週トライアルを開始しました", "evaluation"],
    ["見積もりを依頼されています", "evaluation"],
    ["先方で比較検討中です", "evaluation"],
    ["今回は初回のご紹介となります", "new_intro"],
    ["다음 달 초에 시연 일정 확정", "discovery_scheduled"],
    ["Prezentarea este stabilită pentru marți.", "discovery_scheduled"],
    ["Au cerut o ofertă săptămâna trecută.", "evaluation"],
    ["Ofertă în pregătire pentru client.", "evaluation"],
    ["Urmează o perioadă de test de o lună.", "evaluation"],
    ["Deocamdată doar primul contact.", "new_intro"],
    ["A találkozó leszervezve jövő hétre.", "discovery_scheduled"],
    ["Az árajánlat elküldve a vevőnek.", "evaluation"],
    ["Görüşme planlandı, gelecek hafta.", "discovery_scheduled"],
    ["Müşteri teklif istedi geçen hafta.", "evaluation"],
    ["Bir aylık deneme sürümü kullanıyorlar.", "evaluation"],
    ["Η συνάντηση κανονίστηκε με τον διευθυντή.", "discovery_scheduled"],
    ["Έχουμε παρουσίαση τη Δευτέρα 4/5.", "discovery_scheduled"],
    ["Ζήτησαν προσφορά για δύο αποθήκες.", "evaluation"],
    ["Зустріч призначена на вівторок.", "discovery_scheduled"],
    ["Встреча запланирована на понедельник.", "discovery_scheduled"],
    ["Клієнт запросив комерційну пропозицію.", "evaluation"],
    ["Пока только первый контакт.", "new_intro"],
    ["Cuộc họp đã được lên lịch vào thứ Sáu.", "discovery_scheduled"],
    ["Khách hàng đang so sánh ba nhà cung cấp.", "evaluation"],
    ["Họ yêu cầu báo giá trong tuần này.", "evaluation"],
    ["Đây là khách hàng mới của chúng tôi.", "new_intro"],
    ["Hiện chưa có cuộc gặp nào.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    "担当の方から承諾済みと伺っています。",
    "ご連絡について同意をいただいています。",
    "고객이 연락에 동의했습니다.",
    "Directorul este de acord să fie sunat de voi.",
    "A vezető beleegyezett a hívásba.",
    "Igazgatónk hozzájárult a megkereséshez.",
    "Müdür aranmayı kabul etti.",
    "Ο διευθυντής συμφώνησε να τον καλέσετε.",
    "Директор согласился на звонок.",
    "Bà Lan đồng ý cho nhóm bán hàng liên hệ qua điện thoại.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it("the partner asking the vendor to hold back in Japanese", () =>
    expect(detectConsent("当面の間、ご連絡はお控えください。")).toBe(false));

  it.each([
    ["連絡可否: 可", true],
    ["連絡可否: 不可", false],
    ["연락 동의: 네", true],
    ["연락 동의: 아니요", false],
    ["Acordul pentru contactare: da", true],
    ["Acordul pentru contactare: încă nu", false],
    ["Hozzájárulás: igen", true],
    ["Hozzájárulás: még nem", false],
    ["Contact consent: evet", true],
    ["Contact consent: henüz değil", false],
    ["Contact consent: ναι", true],
    ["Contact consent: όχι ακόμα", false],
    ["Contact consent: так", true],
    ["Contact consent: ще ні", false],
    ["Contact consent: có", true],
    ["Contact consent: chưa", false],
  ])("labelled %s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    ["販売形態：当社からのリセール", "resale"],
    ["ライセンスは弊社で再販します。", "resale"],
    ["라이선스는 저희가 재판매합니다.", "resale"],
    ["Noi doar recomandăm clientul, fără implementare.", "referral"],
    ["Lisansları bayi olarak biz satıyoruz.", "resale"],
    ["Paketi yeniden satmayı planlıyoruz.", "resale"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("a Latin cue still needs a word of its own; a Japanese one stands among its script's letters", () => {
    expect(detectStage("Recall the trialogue.")).toBeNull();
    expect(detectConsent("了承済")).toBe(true);
  });
});

// the partner only passing a name on, or the prospect waiting for the vendor's first call: a new
// introduction when nothing later is said (a booked meeting still ranks above it)
describe("stage: only an introduction, in several languages", () => {
  it.each([
    "Honestly this is just a tip for your team.",
    "We are only making the introduction here.",
    "Logged as a referral from our side.",
    "Happy to bow out after the intro.",
    "The owner is waiting for your call.",
    "the CFO is expecting a call from u",
    "We haven't scheduled anything.",
    "Yo solo hago la introducción.",
    "Nosotros solamente referimos.",
    "Só estamos fazendo a apresentação.",
    "Isto é apenas uma referenciação.",
    "Je fais seulement une recommandation.",
    "Toimin vain suosittelijana.",
    "Pouze doporučujeme.",
  ])("%s -> new_intro", (text) => expect(detectStage(text)).toBe("new_intro"));

  it("a meeting booked still says more than the introduction", () => {
    expect(detectStage("Referral only, demo booked for Tuesday.")).toBe("discovery_scheduled");
  });
});

// the prospect's yes with the vendor as the one acting, or said informally
describe("consent: the vendor as the one acting, and informal yeses", () => {
  it.each([
    "The buyer is waiting for your call.",
    "He's fine w/ you dropping him a line.",
    "The principal is ok with contact.",
    "Priya agreed to have your account team reach out.",
    "The client agreed for the vendor to call next week.",
    "Their COO gave permission for a direct call.",
    "he said ring him any time",
    "She said go ahead and give you her number.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it("a negated permission is a no", () =>
    expect(detectConsent("She has not given permission that you call her.")).toBe(false));
});

describe("motion: the partner only passing the name on", () => {
  it.each([
    "We only introduce the client and leave the rest to you.",
    "As a law firm we are just recommending the tool.",
    "Quisiera referirles una clínica.",
    "Trabajo como agente de referidos.",
    "Yo únicamente hago la introducción.",
    "Só faço a apresentação, o resto é convosco.",
    "Isto é só uma referenciação.",
    "Aqui somos angariadores.",
    "Moi, je fais seulement la présentation.",
  ])("%s -> referral", (text) => expect(detectMotion(text)).toBe("referral"));
});

describe("motion: only introducing or recommending, across languages", () => {
  it.each([
    "Please note I act only as a referrer here.",
    "We make the intro and then hand over to you.",
    "Yo nomás hago la presentación, ustedes siguen.",
    "Noi doar introducem clientul, de aici preluați voi.",
    "Nous faisons simplement l'introduction auprès de vous.",
    "Jeg introducerer bare, resten er jeres.",
    "Vi står kun for introduktionen.",
    "Jag är bara tipsare i den här affären.",
    "Me vain esittelemme asiakkaan teille.",
    "My tylko polecamy tę klinikę.",
    "Ми лише рекомендуємо цього клієнта.",
    "Pri uvedbi ne sodelujemo, gre le za priporočilo.",
    "Mi samo preporučujemo klijenta.",
  ])("%s -> referral", (text) => expect(detectMotion(text)).toBe("referral"));

  it("an introduction that is only the stage is no referral", () =>
    expect(detectMotion("Es solo una presentación por ahora.")).toBeNull());
});

describe("motion: the partner selling the licence on (Hungarian, Finnish)", () => {
  it.each([
    "A szoftvert mi értékesítenénk tovább.",
    "Mi értékesítjük a licencet az ügyfélnek.",
    "A licencet továbbértékesítjük.",
    "Myymme lisenssit asiakkaalle itse.",
  ])("%s -> resale", (text) => expect(detectMotion(text)).toBe("resale"));

  it("the sales department in a signature is no resale", () =>
    expect(detectMotion("Kovács Béla, értékesítési vezető")).toBeNull());
});

// the partner steps back after the introduction, in the words of more languages
describe("motion: stepping back after the introduction, more languages", () => {
  it.each([
    "Ми тільки познайомимо вас із директором.",
    "Мы только познакомим вас с владельцем.",
    "Ние само им препоръчваме тази фирма.",
    "Pentru noi este o recomandare de afaceri.",
    "Pak už to převezmete sami.",
    "Me teemme vain esittelyn teille.",
    "Emme itse myy ohjelmistoa.",
    "A további lépéseket Önökre bízzuk.",
    "Na de kennismaking trekken wij ons dan terug.",
    "A partir daqui o cliente fica convosco.",
    "אנחנו רק מחברים ביניכם.",
    "Setelah perkenalan, kami serahkan kepada tim penjualan.",
    "หลังจากนี้ขอส่งต่อให้ทีมขายดูแล",
    "We won't be involved beyond the first email.",
    "Our firm will not be selling or reselling anything here.",
    "دورنا التعريف فقط بين الطرفين",
    "Po przekazaniu numeru dalej nie uczestniczymy.",
  ])("%s -> referral", (text) => expect(detectMotion(text)).toBe("referral"));

  it.each([
    "Ми знайомимо команду з новим продуктом.",
    "Ez egy ajánlás a csapatnak.",
    "De klant trekt de aanvraag terug.",
    "Eles ficam em Lisboa.",
    "We won't be available on Friday.",
    "Este o soluție bună pentru ei.",
  ])("%s -> no motion", (text) => expect(detectMotion(text)).toBeNull());
});

// the partner does the rollout, in the words of more languages
describe("motion: the partner doing the rollout, more languages", () => {
  it.each([
    "Мы будем сопровождать внедрение на всех площадках.",
    "Налаштування та впровадження системи робимо ми.",
    "Внедрение в трёх филиалах выполняем мы сами.",
    "Zajmujemy się szkoleniem i wdrożeniem u klienta.",
    "Yrityksemme vastaa koulutuksesta ja käyttöönotosta.",
    "Mi ćemo preuzeti uvođenje u svim poslovnicama.",
    "इम्प्लीमेंटेशन का काम हमारी टीम करेगी।",
    "Kami ang gagawa ng buong configuration.",
    "시스템 구축은 저희가 맡겠습니다.",
  ])("%s -> services", (text) => expect(detectMotion(text)).toBe("services"));

  it.each([
    "Внедрение планируется осенью.",
    "Zajmujemy się sprzedażą.",
    "Asiakas vastaa kysymyksiin.",
    "저희가 확인하겠습니다.",
  ])("%s -> no motion", (text) => expect(detectMotion(text)).toBeNull());
});

describe("stage: offers sent or compared, more languages", () => {
  it.each([
    "Статус: изпратена търговска оферта.",
    "Клиентът сравнява оферти от няколко фирми.",
    "Έχουν σταλεί δύο προσφορές στον πελάτη.",
    "КП направлено директору в понедельник.",
    "КП надіслано у вівторок.",
    "الإدارة تقارن بين عروض ثلاث شركات",
    "Comparan las propuestas de dos proveedores.",
    "Estamos en fase de propuesta.",
    "Clientul compară două oferte.",
  ])("%s -> evaluation", (text) => expect(detectStage(text)).toBe("evaluation"));

  it.each(["Оферта за доставка на хартия.", "Las propuestas llegan por correo.", "КП будет позже."])(
    "%s -> no evaluation",
    (text) => expect(detectStage(text)).not.toBe("evaluation"),
  );
});

describe("stage: only a first introduction, more languages", () => {
  it.each([
    "Jde pouze o úvodní představení.",
    "Tämä on vasta ensiesittely.",
    "Kyse on vain esittelystä.",
    "Ez még csak bemutatkozás.",
    "Поки що перше знайомство з відділом закупівель.",
    "Пока первое знакомство, без встреч.",
    "यह सिर्फ़ शुरुआती परिचय है।",
    "אנחנו רק מפגישים בין הצדדים.",
    "Nós fazemos só a apresentação.",
    "Wij brengen u in contact met de eigenaar.",
  ])("%s -> new_intro", (text) => expect(detectStage(text)).toBe("new_intro"));

  it.each(["Egy bemutató a héten.", "Het contact loopt via de balie.", "यह परिचय पत्र है।"])("%s -> no stage", (text) =>
    expect(detectStage(text)).toBeNull(),
  );
});

describe("consent: not minding a call, more languages", () => {
  it.each([
    "Владелец не возражает, если вы позвоните.",
    "Вона не проти, щоб ви написали їй.",
    "המנהלת אישרה שאפשר לפנות אליה בטלפון.",
    "Pumayag po si Ma'am Santos na tawagan ninyo siya.",
    "ผู้จัดการยินดีให้ฝ่ายขายติดต่อกลับ",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each(["Он не против новой системы.", "ยินดีต้อนรับ", "Pumayag sila sa presyo."])("%s -> no consent", (text) =>
    expect(detectConsent(text)).toBeNull(),
  );
});

describe("stage: a meeting set, the setting said first (Filipino, Romanian)", () => {
  it.each([
    "May kickoff meeting na po kami sa Biyernes.",
    "Naka-set na po kaming call sa Huwebes.",
    "Am programat deja o întâlnire pe vineri.",
    "Am fixat un apel pentru luni dimineață.",
  ])("%s -> discovery_scheduled", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it.each(["Naka-set na kaming lahat.", "Am stabilit un buget pentru anul viitor."])("%s -> not booked", (text) =>
    expect(detectStage(text)).not.toBe("discovery_scheduled"),
  );
});
