// A person a Korean or Chinese note names with their title beside the name and no colon
// (extract/titled-beside.ts), and the Chinese family names that open such a name
// (lang/zh-family-names.ts): invented names and wording, with look-alikes that name nobody.
import { describe, expect, it } from "vitest";
import { titledBesideName } from "../../services/parser/extract/titled-beside.ts";
import { ZH_FAMILY_NAMES } from "../../services/parser/lang/zh-family-names.ts";

describe("a Korean title beside the name", () => {
  it.each([
    ["행복 도예방 등록 바랍니다.\n원장님 한별찬, byeol.han@example.kr\n", "한별찬", "원장", "byeol.han@example.kr"],
    ['도자기 카페 "물레", 대표 도하늘 haneul@example.kr 010-0000-0000.', "도하늘", "대표", "haneul@example.kr"],
    ["숲속 찻집 사장님 남궁솔님 소개해요. 메일은 나중에", "남궁솔", "사장", null],
    ["찻집 소개 (관장 예서린, 연락은 저희 통해)", "예서린", "관장", null],
    ["달빛 목공소 우다온 대표님이 관심 있으십니다.", "우다온", "대표", null],
    ["신규: 목공소 (춘천), 길한솔 대표 010-0000-0000.", "길한솔", "대표", null],
    ["노래방 사장님 표하람 님 소개합니다.", "표하람", "사장", null],
  ])("%s", (text, name, role, email) =>
    expect(titledBesideName(text, ["byeol.han@example.kr", "haneul@example.kr"], [])).toEqual({
      name,
      written: name,
      role,
      email,
    }),
  );
  it.each([
    // a title beside a word that is no name: a label word, two syllables, a word going on
    ["대표 연락처 010-0000-0000"],
    ["대표 번호로 연락 주세요"],
    // a label word with its particle after the title ("the representative mail is …")
    ["양조장 등록 바랍니다. 대표 메일이 brew@example.kr 이고"],
    ["원장님 선생님께 전달"],
    // two different people: nothing says which one is the contact
    ["대표 한별찬, 원장님 도하늘, 둘 다 관심"],
    // the partner's own name is never the prospect's
  ])("%s -> nobody", (text) => expect(titledBesideName(text, [], [])).toBeNull());
  it("leaves out an excluded name", () => expect(titledBesideName("대표 한별찬, 010", [], ["한별찬"])).toBeNull());
});

describe("a Chinese title glued to the name, the mailbox after", () => {
  it.each([
    ["你好，青石茶馆想了解系统，老板柏云，邮箱 boyun@example.cn ，电话 000", "柏云", "老板"],
    ["推薦客戶：小巷花坊（網站略），童思涵店長，信箱 sihan@example.tw。", "童思涵", "店長"],
    ["聯絡窗口是岑嘉文廠長，電話 02-0000-0000。", "岑嘉文", "廠長"],
    ["客户的联系人：总经理欧阳晓，手机 139 0000 0000", "欧阳晓", "总经理"],
  ])("%s", (text, name, role) => expect(titledBesideName(text, [], [])).toMatchObject({ name, role }));
  it.each([
    // a title alone, or a modifier before it that opens with a family name's letter
    ["，公司老板，邮箱 boss@example.cn"],
    ["，高级经理，邮箱 boss@example.cn"],
    ["，项目经理，电话 000"],
    // no mailbox or phone after the clause
    ["，老板柏云，下周见面"],
  ])("%s -> nobody", (text) => expect(titledBesideName(text, [], [])).toBeNull());
});

describe("Chinese family names", () => {
  it.each(ZH_FAMILY_NAMES.map((f) => [f]))("%s opens a name glued after a title", (f) =>
    expect(titledBesideName(`，老板${f}云，邮箱 x@example.cn`, [], [])?.name).toBe(`${f}云`),
  );
  it("a word no family name opens is no name", () =>
    expect(titledBesideName("，老板公云，邮箱 x@example.cn", [], [])).toBeNull());
});
