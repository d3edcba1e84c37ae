// The prospect's name in a script without blanks between words, given by the subject after its lead
// words and a blank, opened by a noun for a kind of business ("ร้าน…", a shop), and written again
// whole in the text (extract/caseless-subject.ts: businessPhraseOfSubject). Invented Thai wording.
import { describe, expect, it } from "vitest";
import { businessPhraseOfSubject } from "../../services/parser/extract/caseless-subject.ts";

const SHOP = "ร้านเครื่องเขียนนกฮูก";
const TEXT = `สวัสดีครับ\n\nแนะนำ ${SHOP} สนใจระบบสต็อก\nติดต่อคุณมานพ โทร 080-000-0000\n`;

describe("a business's phrase in the subject, written again in the text", () => {
  it("is the name", () => {
    expect(businessPhraseOfSubject(`ลูกค้าใหม่ ${SHOP}`, TEXT, null)).toBe(SHOP);
    expect(businessPhraseOfSubject(`Fwd: แนะนำลูกค้า ${SHOP}`, TEXT, null)).toBe(SHOP);
    const farm = "ฟาร์มแพะดอยหลวง";
    expect(businessPhraseOfSubject(`ลีดใหม่ ${farm}`, `มีลูกค้า ${farm} (เชียงราย)`, null)).toBe(farm);
  });
  it("is not a place or another word the subject writes after its lead words", () => {
    expect(businessPhraseOfSubject("ลูกค้าใหม่ เชียงราย", "ร้านหนึ่งที่ เชียงราย สนใจ", null)).toBeNull();
  });
  it("is not read where the text writes it only glued to more letters", () => {
    expect(businessPhraseOfSubject(`ลูกค้าใหม่ ${SHOP}`, `แนะนำ ${SHOP}สาขาสอง สนใจระบบ`, null)).toBeNull();
  });
  it("is not read where a legal form stands after it (the registered name is longer)", () => {
    expect(businessPhraseOfSubject(`ลูกค้าใหม่ ${SHOP}`, `แนะนำ ${SHOP} จำกัด สนใจระบบ`, null)).toBeNull();
  });
  it("is not read where the subject writes two such phrases", () => {
    expect(businessPhraseOfSubject(`ลูกค้าใหม่ ${SHOP} ร้านกาแฟดอยงาม`, TEXT, null)).toBeNull();
  });
  it("is not the noun alone or a short word", () => {
    expect(businessPhraseOfSubject("ลูกค้าใหม่ ร้านนก", "แนะนำ ร้านนก สนใจ", null)).toBeNull();
  });
});
