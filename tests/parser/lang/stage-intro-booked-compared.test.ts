// Stage cues in other words (services/parser/lang/*): the writer introducing a prospect
// or only recommending it (new_intro), a meeting booked in words the tables missed
// (discovery_scheduled), offers compared, a trial running, a proposal handed in (evaluation).
// Each sentence is written for this test (invented names, never a corpus mail's words).
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("new_intro: introduced, only recommended, nothing booked", () => {
  it.each([
    ["Θέλω να σας συστήσω ένα βιβλιοπωλείο στην Πάτρα.", "new_intro"],
    ["Απλώς κάνουμε τη σύσταση, τίποτε άλλο.", "new_intro"],
    ["Je souhaite vous mettre en relation avec une boulangerie de Nantes.", "new_intro"],
    ["이번에 빵집 한 곳을 소개해 드립니다.", "new_intro"],
    ["Este doar o primă recomandare.", "new_intro"],
    ["Nicio întâlnire deocamdată.", "new_intro"],
    ["Još nismo dogovorili termin.", "new_intro"],
    ["سنكتفي بالتقديم.", "new_intro"],
    ["Jedná se zatím o první kontakt.", "new_intro"],
    ["Kedai ini baru diperkenalkan kepada kami.", "new_intro"],
    ["Ini hanya rujukan, cuma referensi saja.", "new_intro"],
    ["זו הפניה בלבד מצד המשרד.", "new_intro"],
    ["Temos uma padaria para vos apresentar.", "new_intro"],
    ["È solo una segnalazione per adesso.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("discovery_scheduled: a meeting booked", () => {
  it.each([
    ["已排定 5/7 上午到門市簡報。", "discovery_scheduled"],
    ["已約 6/2 下午訪談店長。", "discovery_scheduled"],
    ["นัดประชุมสาธิตระบบกับเจ้าของร้านวันที่ 12 พฤษภาคม", "discovery_scheduled"],
    ["นัดประชุมทางวิดีโอกับทีมบัญชีของลูกค้าไว้แล้ว", "discovery_scheduled"],
    ["O gerente marcou uma reunião connosco para sexta.", "discovery_scheduled"],
    ["На 3 июня назначена первая встреча.", "discovery_scheduled"],
    ["Призначена онлайн-зустріч на вівторок.", "discovery_scheduled"],
    ["Am stabilit o discuție de descoperire pentru joi.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // not booked: a negation before the participle, a wish
    ["Встреча пока не назначена.", "discovery_scheduled"],
    ["อยากนัดประชุมกับเจ้าของร้านเร็วๆ นี้", "discovery_scheduled"],
  ])("not so: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));
});

describe("evaluation: compared, on trial, a proposal handed in", () => {
  it.each([
    ["Le client compare notre soumission avec deux autres.", "evaluation"],
    ["Ils comparent également les soumissions reçues.", "evaluation"],
    ["العميل يقارن حالياً بين عرضين.", "evaluation"],
    ["지금 무료 체험 중입니다.", "evaluation"],
    ["고객이 견적서를 요청했습니다.", "evaluation"],
    ["Kupac uspoređuje našu ponudu s dvije druge.", "evaluation"],
    ["Magpapasa kami ng quotation bukas.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});
