// Stage cue entries for a lead named as such and an introduction and no more (services/parser/lang/*:
// `cues.stage.newIntro`): Arabic "a potential client", "a new client"; a quick or new lead with its
// adjective after the noun (Spanish, Portuguese) or before it (English, Polish, Turkish, Tagalog);
// the partner only passing the name on (Spanish, Portuguese, Italian). Each in a sentence invented for
// this test, with the look-alikes they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("new_intro: a lead named as such, an introduction and no more", () => {
  it.each([
    // Arabic: a potential or new client, with the accusative ending, the feminine, the article, a prefix
    ["لدينا عميل محتمل في جدة يعمل في تأجير القوارب.", "new_intro"],
    ["وجدنا عميلاً محتملاً في مدينة الورد.", "new_intro"],
    ["نود تعريفكم بالعميلة المحتملة التي ذكرتها.", "new_intro"],
    ["عميل جديد من مكة: متجر للعطور.", "new_intro"],
    // English
    ["Here's a quick lead: a tile shop in Ipswich, owner Pim Quill.", "new_intro"],
    ["Wants the rota module. Just a lead, nothing agreed.", "new_intro"],
    // Spanish
    ["Lead nuevo: una escuela de surf en Villarrosal.", "new_intro"],
    ["Lead rápido para vosotros: un vivero de Teruel.", "new_intro"],
    ["Para este cliente hacemos solo una referencia.", "new_intro"],
    ["Esto apenas es la toma de contacto.", "new_intro"],
    ["Solamente la refiero; la demo la hacen ustedes.", "new_intro"],
    ["Nosotros no vendemos, sólo los presentamos.", "new_intro"],
    ["Aquí nomás hacemos la introducción.", "new_intro"],
    // Portuguese
    ["Lead novo de Braga: uma escola de vela.", "new_intro"],
    ["Aqui fazemos somente a indicação.", "new_intro"],
    ["Neste caso é apenas a referência do cliente.", "new_intro"],
    ["Estado do lead: só apresentação.", "new_intro"],
    ["Só estamos a apresentar a cooperativa.", "new_intro"],
    // Italian, Polish, Turkish, Tagalog
    ["Per adesso solo presentazione, il preventivo dopo.", "new_intro"],
    ["Cześć, szybki lead: hurtownia w Orlinie.", "new_intro"],
    ["Merhaba, hızlı bir lead: Bursa'da bir fırın.", "new_intro"],
    ["Bagong lead po ito mula Tambongan.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // a lead time, a team lead, a client who is not a lead ("the client's potential" is no potential client)
    ["Just a lead time of two weeks for the hardware.", null],
    ["She is the quick-response team lead there.", null],
    ["هذا العميل لديه إمكانات كبيرة للنمو.", null],
    // not only the introduction: the partner does more
    ["No solo la presentación, también haremos la implantación.", null],
    ["Não só a indicação: também fazemos a implementação.", null],
    // a booked meeting outranks the lead word
    ["Lead novo: reunião marcada para terça-feira 14/05.", "discovery_scheduled"],
    ["عميل محتمل، وتم تحديد اجتماع مع المدير المالي.", "discovery_scheduled"],
    // a quick contact asked for is no quick lead
    ["Prosi o szybki kontakt telefoniczny.", null],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});
