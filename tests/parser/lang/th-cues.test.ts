// Thai cue entries (services/parser/lang/th.ts): stage, consent and motion, each in a sentence
// written for this test (invented names, never a corpus mail's words), with the near misses the
// risky ones must leave alone. Thai writes no blanks between words: a cue stands among Thai letters.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Thai stage cues", () => {
  it.each([
    ["ลูกค้าขอใบเสนอราคาเมื่อวาน", "evaluation"],
    ["เราส่งใบเสนอราคาไปแล้ว", "evaluation"],
    ["บริษัทยื่นข้อเสนอไปสัปดาห์ก่อน", "evaluation"],
    ["ตอนนี้กำลังทดลองใช้อยู่สองสาขา", "evaluation"],
    ["อยู่ในช่วงทดลองหนึ่งเดือน", "evaluation"],
    ["เริ่มโครงการนำร่องที่โรงงาน", "evaluation"],
    ["ทีมไอทีกำลังทดสอบระบบ", "evaluation"],
    ["ลูกค้าเปรียบเทียบกับอีกสองเจ้า", "evaluation"],
    ["เขากำลังเทียบราคาอยู่", "evaluation"],
    ["จะมีประกวดราคาเดือนหน้า", "evaluation"],
    ["ผู้บริหารอนุมัติงบแล้ว", "evaluation"],
    ["ฝ่ายจัดซื้อของบประมาณปีหน้า", "evaluation"],
    ["นัดประชุมไว้แล้วกับผู้จัดการ", "discovery_scheduled"],
    ["มีนัดกับคุณสมชายที่สำนักงาน", "discovery_scheduled"],
    ["เดโมวันพฤหัสบดีบ่ายสองโมง", "discovery_scheduled"],
    ["นี่คือลูกค้าใหม่ของเรา", "new_intro"],
    ["มีลีดใหม่จากงานสัมมนา", "new_intro"],
    ["ลีด ใหม่ จากเพื่อนของเรา", "new_intro"],
    ["ขอแนะนำบริษัทนี้ให้รู้จัก", "new_intro"],
    ["เป็นการติดต่อครั้งแรก", "new_intro"],
    ["เพิ่งเริ่มคุยกับเจ้าของ", "new_intro"],
    ["ลูกค้ากำลังพิจารณาเปลี่ยนระบบ", "new_intro"],
    ["อยู่ระหว่างหาข้อมูล", "new_intro"],
    ["ยังไม่ได้นัดกับลูกค้า", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // said not to have happened, or only wished
    ["ยังไม่ได้ขอใบเสนอราคา", null],
    ["ลูกค้ายังไม่ได้ทดลองใช้", null],
    ["อยากนัดประชุมไว้ก่อน", null],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Thai consent cues", () => {
  it.each([
    ["ลูกค้ายินดีให้ทีมขายติดต่อ", true],
    ["เจ้าของอนุญาตให้โทรได้", true],
    ["ลูกค้ากำลังรอการติดต่อจากคุณ", true],
    ["อย่าเพิ่งติดต่อลูกค้านะครับ", false],
    ["ยังไม่ต้องโทร", false],
    ["รอให้ผมยืนยันก่อน", false],
    ["ลูกค้ายังไม่ได้อนุญาต", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it("the partner's own 'call me back' is no consent", () => expect(detectConsent("ยินดีให้โทรกลับหาผมได้ตลอด")).toBeNull());
});

describe("Thai motion cues", () => {
  it.each([
    ["เราซื้อมาขายต่อ", "resale"],
    ["ลูกค้าสั่งซื้อผ่านบริษัทเรา", "resale"],
    ["ทางเราเป็นตัวแทนจำหน่ายในภาคเหนือ", "resale"],
    ["เราเป็นรีเซลเลอร์มาห้าปี", "resale"],
    ["ทางเราจะติดตั้งและดูแลระบบ", "services"],
    ["รวมบริการติดตั้งด้วย", "services"],
    ["เราแค่แนะนำเท่านั้น", "referral"],
    ["ขอค่านายหน้าตามปกติ", "referral"],
    ["คุณขายกับลูกค้าโดยตรงได้เลย", "referral"],
    ["ต้องเชื่อมต่อกับระบบของเรา", "technology"],
    ["ซื้อผ่านมาร์เก็ตเพลสของคลาวด์", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("Thai consent labels", () => {
  it.each([
    ["ยินยอมให้ติดต่อ: ใช่", true],
    ["ยินยอมให้ติดต่อ: ไม่", false],
    ["อนุญาตให้ติดต่อ: ได้", true],
    ["อนุญาตให้ติดต่อ: ไม่ได้", false],
    ["ความยินยอม: ยังไม่", false],
    ["การยินยอม: ไม่ยินยอม", false],
    // the label's own words ("ยินยอมให้ติดต่อ") are no permission: an answer that is none says nothing
    ["ยินยอมให้ติดต่อ: รอยืนยัน", null],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
