// The need as labelled in more words (Korean "현황" / "요청 사항" / "고민" / "내용", Dutch "Vraag", the
// singular comment labels of Spanish and French), a line labelled with another field of the form
// (the product of interest) never read as the need from prose, and a description of the prospect
// closed by its size left out before the need. Invented sentences.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { needPhrase } from "../../services/parser/extract/need-phrase.ts";

const need = (text: string) => firstByField(findLabelled(text)).get("need")?.value ?? null;

describe("need labels: more words", () => {
  it.each([
    ["현황: 창고 재고를 수기로 맞추고 있습니다", "창고 재고를 수기로 맞추고 있습니다"],
    ["요청 사항: 지점별 예약을 한 화면에서 보기", "지점별 예약을 한 화면에서 보기"],
    ["요청사항: 정산 자동화", "정산 자동화"],
    ["고민: 회비 연체 알림을 전화로 하나하나 돌림", "회비 연체 알림을 전화로 하나하나 돌림"],
    ["내용: 배송 일정을 카카오톡으로 조율 중", "배송 일정을 카카오톡으로 조율 중"],
    ["Vraag: koppeling van de kassa met de boekhouding", "koppeling van de kassa met de boekhouding"],
    ["Comentario: las guardias se cuadran en una pizarra", "las guardias se cuadran en una pizarra"],
    ["Commentaire : les tournées sont planifiées sur papier", "les tournées sont planifiées sur papier"],
  ])("%s", (text, value) => expect(need(text)).toBe(value));

  it.each([
    // the same words in running prose, not at a label's place, label nothing
    "고객사 현황은 다음 주에 다시 정리해서 보내드리겠습니다",
    "Mijn vraag is of jullie dit kunnen oppakken: graag een belletje",
    "Sin comentario por ahora: seguimos hablando",
    // a stage's word is no need label
    "진행 현황: 견적 검토 중",
  ])("not a need label: %s", (text) => expect(need(text)).toBeNull());
});

describe("the need in prose: a line labelled with another field is none", () => {
  it("passes over the product of interest for the need told below it", () => {
    const text = ["관심 제품: Nimbrel Gate", "", "고객사는 주말마다 매표 대기가 길어 온라인 예매를 원합니다."].join(
      "\n",
    );
    expect(findProblem([text])).toBe("고객사는 주말마다 매표 대기가 길어 온라인 예매를 원합니다.");
    const row = ["Module\tCourier Portal", "", "They want their tenants to see cleaning reports the same day."].join(
      "\n",
    );
    expect(findProblem([row])).toBe("They want their tenants to see cleaning reports the same day.");
  });

  it("still reads a line whose label is unknown or names the need", () => {
    expect(findProblem(["Quick one: the depot plans its rounds on paper."])).toBe(
      "Quick one: the depot plans its rounds on paper.",
    );
    expect(findProblem(["Need: the depot plans its rounds on paper."])).toBe(
      "Need: the depot plans its rounds on paper.",
    );
  });
});

describe("needPhrase: a description closed by the prospect's size", () => {
  it.each([
    ["驾校培训，8个分校，排课全靠人工，学员提醒靠电话", "排课全靠人工，学员提醒靠电话"],
    ["подготовка к олимпиадам, 300 учеников, расписание составляют вручную", "расписание составляют вручную"],
    ["攝影教室，3 間分校。 報名與繳費都用紙本", "報名與繳費都用紙本"],
  ])("%s", (text, phrase) => expect(needPhrase(text)).toBe(phrase));

  it.each([
    // no need told after the count: the text stays
    "驾校培训，8个分校，全年营业",
    // a cue before the count: the need opens the text
    "排课全靠人工，8个分校，两个城市",
    // in Latin letters the size is as often part of the need
    "canoe hire on two lakes, 40 boats, bookings taken by hand",
  ])("keeps %s", (text) => expect(needPhrase(text)).toBe(text));
});

describe("needPhrase: the next item or another field run into the need", () => {
  it.each([
    // a bullet of a Japanese or Chinese note before a short label
    [
      "点検記録を紙で保管しており、集計に時間がかかる ■提案:Nimbrel Check",
      "点検記録を紙で保管しており、集計に時間がかかる",
    ],
    ["排班靠纸本，月底对账慢 ・下一步:3月5日演示", "排班靠纸本，月底对账慢"],
    // a label of another field after a dash, its qualifier with it
    ["수업 예약을 전화로만 받음 - 진행 방식: 재판매", "수업 예약을 전화로만 받음"],
    // a clause on the deal after the need
    ["מחפשים מערכת לניהול תורים, תקציב של 40 אלף ₪", "מחפשים מערכת לניהול תורים"],
  ])("%s", (text, phrase) => expect(needPhrase(text, true)).toBe(phrase));

  it("reads a Japanese need after its bulleted label", () => {
    expect(needPhrase("■概要:受付を紙の台帳で管理している")).toBe("受付を紙の台帳で管理している");
  });

  it.each([
    // a colon inside the need with no label of another field before it
    "shifts get drawn up by hand each Monday by the yard foreman: half a day gone",
    // a bullet that opens the need is no next item
    "・受付を紙の台帳で管理している",
  ])("keeps %s", (text) => expect(needPhrase(text)).toBe(text));
});
