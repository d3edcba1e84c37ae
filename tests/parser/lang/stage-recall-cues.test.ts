// Stage cue entries added for recall (services/parser/lang/*: `cues.stage`), each in a sentence
// invented for this test: a first introduction or nothing booked yet, an offer out or a trial
// running, a first meeting booked with its date, a rival weighed beside a booked meeting; and for
// the risky ones what they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("new_intro: only a first introduction, nothing booked yet", () => {
  it.each([
    // English
    ["We did not set up any meeting yet.", "new_intro"],
    ["They haven't had a call so far.", "new_intro"],
    ["No meetings arranged so far.", "new_intro"],
    // German
    ["Ein Termin steht noch nicht fest.", "new_intro"],
    ["Termin gibt es noch keinen.", "new_intro"],
    ["Dies ist nur eine erste Vorstellung.", "new_intro"],
    // Spanish, Catalan
    ["Apenas es un primer acercamiento con ellos.", "new_intro"],
    ["Por ahora es solo la presentación.", "new_intro"],
    ["Esto es solo una primera toma de contacto.", "new_intro"],
    ["Per ara és només una primera presentació.", "new_intro"],
    ["Todavía sin fecha de demo.", "new_intro"],
    ["Aún no hay fecha para la reunión.", "new_intro"],
    // Italian
    ["Per ora è solo una prima presentazione.", "new_intro"],
    ["Non abbiamo ancora fissato un incontro.", "new_intro"],
    // Nordic, Icelandic
    ["Status: kun en første introduktion.", "new_intro"],
    ["Just nu bara en första introduktion.", "new_intro"],
    ["Ingen møter avtalt ennå.", "new_intro"],
    ["Þetta er bara fyrsta kynning.", "new_intro"],
    // Czech, Finnish
    ["Zatím jde jen o první představení.", "new_intro"],
    ["Zatím jsme nic nedomluvili.", "new_intro"],
    ["Ei vielä sovittu mitään.", "new_intro"],
    ["Ei vielä sovittua tapaamista.", "new_intro"],
    // Polish, Estonian, Hungarian, Ukrainian
    ["Nic jeszcze nie ustalaliśmy z klientem.", "new_intro"],
    ["Klient jest na etapie wstępnym.", "new_intro"],
    ["Tegemist on esmase kontaktiga.", "new_intro"],
    ["Még nem volt egyeztetés a céggel.", "new_intro"],
    ["Státusz: új érdeklődő", "new_intro"],
    ["Зустріч ще не призначали.", "new_intro"],
    // Turkish, Japanese, Vietnamese, Malay, Thai
    ["İlk tanışma aşamasındayız.", "new_intro"],
    ["まだ紹介段階です。", "new_intro"],
    ["Hiện tại mới ở bước giới thiệu ban đầu.", "new_intro"],
    ["Peringkat: baru perkenalan", "new_intro"],
    ["Belum ada mesyuarat dengan pelanggan.", "new_intro"],
    ["ตอนนี้เพิ่งแนะนำเบื้องต้น", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a meeting that is fixed is no new introduction
    ["Der Termin steht am Dienstag um 10 Uhr.", "new_intro"],
    ["Abbiamo fissato un incontro per lunedì 4 maggio.", "new_intro"],
    ["Tapaaminen sovittu 3.4. klo 10.", "new_intro"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("evaluation: an offer out or weighed, a trial running", () => {
  it.each([
    ["We sent pricing on Monday.", "evaluation"],
    ["Offerte abgegeben, Entscheid im Juni.", "evaluation"],
    ["Die Offerte liegt beim Kunden.", "evaluation"],
    ["Jetzt kommt das Angebot von uns.", "evaluation"],
    ["Bitte senden Sie uns ein Angebot.", "evaluation"],
    ["Essai gratuit en cours depuis lundi.", "evaluation"],
    ["Elle compare notre offre avec une autre.", "evaluation"],
    ["Ils veulent une soumission d'ici vendredi.", "evaluation"],
    ["Tienen la prueba gratis activa.", "evaluation"],
    ["Proposta economica inviata ieri.", "evaluation"],
    ["Abbiamo consegnato l'offerta la settimana scorsa.", "evaluation"],
    ["Stanno confrontando la nostra proposta con un'altra.", "evaluation"],
    ["Ela pediu proposta ontem.", "evaluation"],
    ["Estamos a preparar a proposta técnica.", "evaluation"],
    ["Ofertă preliminară trimisă săptămâna trecută.", "evaluation"],
    ["Urmează o ofertă comparativă.", "evaluation"],
    ["Clientul o compară cu altă soluție.", "evaluation"],
    ["Clientul testează o versiune demo.", "evaluation"],
    ["Klient otrzymał ofertę w piątek.", "evaluation"],
    ["Nabídku mají od pondělí.", "evaluation"],
    ["Vaihe: tarjousvaihe", "evaluation"],
    ["Asiakas on pyytänyt tarjousta.", "evaluation"],
    ["Asiakas vertailee vaihtoehtoja.", "evaluation"],
    ["Vi har kørt et pilotforløb hos dem.", "evaluation"],
    ["De skal nu vælge mellem to leverandører.", "evaluation"],
    ["De sammenligner jer med en anden løsning.", "evaluation"],
    ["Jelenleg ajánlatokat hasonlítanak össze.", "evaluation"],
    ["Ze draaien een proefinstallatie.", "evaluation"],
    ["Preizkusna različica velja do konca meseca.", "evaluation"],
    ["Stranka trenutno testira rešitev.", "evaluation"],
    ["現在見積比較中です。", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("discovery_scheduled: a first meeting booked with its date", () => {
  it.each([
    ["已约好12月9日到工厂现场做首次交流。", "discovery_scheduled"],
    ["阶段：已安排 3/14 初次會議", "discovery_scheduled"],
    ["进展：已安排4月8日线上演示", "discovery_scheduled"],
    ["阶段：已约定 5 月 18 日上门调研", "discovery_scheduled"],
    ["Vaihe: ensitapaaminen sovittu 3.4.", "discovery_scheduled"],
    ["12 Nisan'da tanışma toplantısı var.", "discovery_scheduled"],
    ["Spotkanie wstępne: 14 kwietnia, godz. 11:00", "discovery_scheduled"],
    ["Státusz: március 3-án bemutatót tartunk nekik", "discovery_scheduled"],
    ["Giai đoạn: đã hẹn buổi khảo sát ngày 12/4", "discovery_scheduled"],
    ["Termin nächste Woche fix.", "discovery_scheduled"],
    ["Status: Vorführtermin vor Ort am 12.05. fixiert", "discovery_scheduled"],
    ["Chat confirmed for fri with the practice manager.", "discovery_scheduled"],
    ["Следваща среща с тях: 14.04 в офиса.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // nothing booked, no day, or the meeting said not to be there
    ["尚未安排会议。", "discovery_scheduled"],
    ["Toplantı henüz yok.", "discovery_scheduled"],
    ["A bemutató még nincs egyeztetve.", "discovery_scheduled"],
    ["Spotkanie: jeszcze nie ustalone", "discovery_scheduled"],
    ["A quick chat was mentioned, nothing more.", "discovery_scheduled"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("a rival weighed beside a meeting booked with the vendor: the meeting says where the deal stands", () => {
  it.each([
    ["They are also evaluating Zentrix. Intro call booked for Tuesday 4 May.", "discovery_scheduled"],
    [
      "They have also asked Varnel Systems for a proposal; an introductory call has been arranged for Thursday.",
      "discovery_scheduled",
    ],
    [
      "They're piloting something with Brakko but aren't happy. Discovery call booked next Thursday.",
      "discovery_scheduled",
    ],
    ["Stanno valutando anche Fendro. Abbiamo già una call fissata per venerdì 10 aprile.", "discovery_scheduled"],
    // with no meeting booked the rival alone is still evaluation
    ["They are also evaluating Zentrix.", "evaluation"],
    ["Two other vendors have also quoted.", "evaluation"],
    ["Stanno valutando anche Fendro.", "evaluation"],
    // the vendor's own evaluation outranks the meeting
    ["They are also evaluating Zentrix and the budget is approved; call booked Tuesday.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("new_intro: the partner only passing the prospect on", () => {
  it.each([
    ["Es ist eine reine Empfehlung von uns.", "new_intro"],
    ["Ich gebe nur die Empfehlung weiter.", "new_intro"],
    ["Vi står kun for introduktionen.", "new_intro"],
    ["Vi gör bara introduktionen.", "new_intro"],
    ["Vi henviser bare.", "new_intro"],
    ["Ik doe alleen de introductie.", "new_intro"],
    ["Wij brengen ze alleen in contact.", "new_intro"],
    ["Facciamo solo la segnalazione.", "new_intro"],
    ["Faccio solo la presentazione, poi procedete voi.", "new_intro"],
    ["Noi doar facem introducerea.", "new_intro"],
    ["Pour nous c'est une simple recommandation.", "new_intro"],
    ["Nous faisons un simple apport d'affaires.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a recommendation that is not the partner's part, a trial already running
    ["Die Empfehlung des Prüfers war eindeutig.", "new_intro"],
    ["Eine reine Empfehlung, aber der Test läuft schon seit Montag.", "new_intro"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});
