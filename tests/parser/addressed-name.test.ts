// A person named in Thai prose by the form of address joined to the name, or labelled by their
// title in a script without capitals (extract/addressed-name.ts): each cue word and each word that
// is no family name (lang/person-names.ts), with invented names.
import { describe, expect, it } from "vitest";
import * as NAMES from "../../services/parser/lang/person-names.ts";
import { addressedName, honoredName, titleLabelledName } from "../../services/parser/extract/addressed-name.ts";
import { isAddressedGivenName } from "../../services/parser/normalise/person.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe.each(Object.entries(NAMES.beforeJoinedCue))("cue words before a joined form of address (%s)", (_l, cues) => {
  it.each(cues.map((c) => [c]))("%s opens the name after it", (cue) => {
    expect(addressedName(`ร้านดาวเรือง ${cue}คุณกรองขวัญ ลมโชย (เจ้าของ)`, [], [])).toEqual({
      name: "กรองขวัญ ลมโชย",
      written: "คุณกรองขวัญ ลมโชย",
      role: "เจ้าของ",
      email: null,
    });
  });
});

describe.each(Object.entries(NAMES.afterTitleCue))(
  "words between a title and a name with no form of address (%s)",
  (_l, cues) => {
    it.each(cues.map((c) => [c]))("%s after a title opens a given name and a family name", (cue) => {
      expect(addressedName(`ร้านดาวเรือง เจ้าของ${cue}กรองขวัญ ลมโชย โทร 080 000 0000`, [], [])).toEqual({
        name: "กรองขวัญ ลมโชย",
        written: "กรองขวัญ ลมโชย",
        role: "เจ้าของ",
        email: null,
      });
      // a blank may stand after the cue word
      expect(addressedName(`ร้านดาวเรือง ผู้จัดการ${cue} ภูผา ธารน้ำ โทร 080`, [], [])?.name).toBe("ภูผา ธารน้ำ");
    });
    it.each(cues.map((c) => [c]))("%s opens no name without a title before it, nor a lone word", (cue) => {
      // no title before the cue ("ร้าน…ชื่อ…" names the shop)
      expect(addressedName(`ร้านดาวเรือง ${cue}ภูผา ธารน้ำ โทร 080`, [], [])).toBeNull();
      // a nickname alone, its full name in brackets: not read, left open
      expect(addressedName(`เจ้าของ${cue} ช่างภู (ภูผา ธารน้ำ) โทร 080`, [], [])).toBeNull();
    });
  },
);

describe.each(Object.entries(NAMES.notFamilyName))("words after a name that are no family name (%s)", (_l, words) => {
  it.each(words.map((w) => [w]))("%s", (word) => {
    expect(addressedName(`ติดต่อคุณภูผา ${word} 080 000 0000`, [], [])?.name).toBe("ภูผา");
  });
});

describe("a Thai name after its joined form of address", () => {
  it("reads the title after the name and the address on its line", () => {
    expect(addressedName("คุณภูผา ธารน้ำ ผู้จัดการทั่วไป phupha@example.com\nต่อ", ["phupha@example.com"], [])).toEqual({
      name: "ภูผา ธารน้ำ",
      written: "คุณภูผา ธารน้ำ",
      role: "ผู้จัดการทั่วไป",
      email: "phupha@example.com",
    });
  });
  it("reads the title written before the name", () => {
    expect(addressedName("ร้านฟ้าใส ผู้จัดการ คุณดาวเรือง ลมโชย", [], [])?.role).toBe("ผู้จัดการ");
  });
  it("is no name where the form of address means 'you' inside a clause", () => {
    expect(addressedName("ขอให้คุณช่วยดู ครับ", [], [])).toBeNull();
    expect(addressedName("ขอบคุณครับ", [], [])).toBeNull();
  });
  it("leaves two different people open", () => {
    expect(addressedName("ติดต่อคุณภูผา ธารน้ำ หรือ คุณดาวเรือง ลมโชย", [], [])).toBeNull();
  });
  it("takes the same person named twice once, in full", () => {
    expect(addressedName("ติดต่อคุณภูผา เบอร์ 080\nคุณภูผา ธารน้ำ (เจ้าของ)", [], [])?.name).toBe("ภูผา ธารน้ำ");
  });
  it("a given name alone with its form of address is how the person is called", () => {
    expect(isAddressedGivenName("คุณกรองขวัญ")).toBe(true);
    expect(isAddressedGivenName("คุณกรองขวัญ ลมโชย")).toBe(false);
  });
});

const mail = (body: string) =>
  Buffer.from(
    `From: Partner <sales@reseller.example>\r\nTo: partners@vendor.example\r\nSubject: =?utf-8?b?${Buffer.from("ลีดใหม่").toString("base64")}?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );

describe("the contact of a short Thai lead", () => {
  it("is the person the prose names with คุณ, with the title and the address after the name", async () => {
    const r = await parseMessage(
      mail("ลีดใหม่ครับ ร้านดาวเรือง ติดต่อคุณกรองขวัญ ลมโชย (เจ้าของ) krongkwan.daoruang@gmail.com อยากได้ระบบจอง"),
      { vendorDomains: ["vendor.example"] },
    );
    expect(r.output.registration?.contact).toMatchObject({
      name: "กรองขวัญ ลมโชย",
      role: "เจ้าของ",
      email: "krongkwan.daoruang@gmail.com",
    });
  });
});

describe("a title written as a line's label, a caseless name as its value", () => {
  it("reads the name, the title and the address", () => {
    expect(
      titleLabelledName("- 업체: 별빛공방\n- 대표: 한별찬 (byeol@example.kr)\n", ["byeol@example.kr"], []),
    ).toEqual({
      name: "한별찬",
      written: "한별찬",
      role: "대표",
      email: "byeol@example.kr",
    });
  });
  it("drops the title written again after the name", () => {
    expect(titleLabelledName(" * 대표: 도하늘 대표\n", [], [])?.name).toBe("도하늘");
  });
  it("reads a name in any script, its form of address off, up to its address or phone", () => {
    expect(titleLabelledName("Owner: Ada Brenn, 024 555 0101\n", [], [])).toMatchObject({
      name: "Ada Brenn",
      role: "Owner",
    });
    expect(
      titleLabelledName("- Pemilik: Ibu Ratih Anggraeni - ratih@example.id\n", ["ratih@example.id"], []),
    ).toMatchObject({ name: "Ratih Anggraeni", role: "Pemilik", email: "ratih@example.id" });
    expect(titleLabelledName("בעלים: דנה שמיר, טלפון 050-555-0199\n", [], [])).toMatchObject({
      name: "דנה שמיר",
      role: "בעלים",
    });
    expect(titleLabelledName("Управител: Пламен Колев — p.kolev@example.bg\n", [], [])?.name).toBe("Пламен Колев");
  });
  it("reads no label word, no firm, no sentence, nobody excluded and no two people", () => {
    expect(titleLabelledName("담당자: 한별찬\n", [], [])).toBeNull();
    expect(titleLabelledName("대표: 한별찬\n대표: 도하늘\n", [], [])).toBeNull();
    expect(titleLabelledName("Owner: Brennwald Halle AS\n", [], [])).toBeNull();
    // a registering phrase whose last word is a title word ("registrar"): the firm after it is excluded
    expect(titleLabelledName("Uno más para registrar: Halvard Ciclos, de Gijón.\n", [], ["Halvard Ciclos"])).toBeNull();
    expect(titleLabelledName("Owner: wants a demo next week\n", [], [])).toBeNull();
    expect(titleLabelledName("Account Manager: Vera Lind\n", [], ["Vera Lind"])).toBeNull();
    // two people labelled by titles: nothing says which one is the contact
    expect(titleLabelledName("Owner: Ada Brenn\nManager: Tom Varga\n", [], [])).toBeNull();
  });
});

describe.each(Object.entries(NAMES.afterInProse))("honorifics after a name in prose (%s)", (_l, words) => {
  it.each(words.map((w) => [w]))("%s after the name, or after the title after it", (h) => {
    expect(honoredName(`별빛공방 한별찬 ${h}을 소개합니다`, [], [])).toMatchObject({ name: "한별찬", role: null });
    expect(honoredName(`별빛공방 한별찬 원장${h} (byeol@example.kr)`, ["byeol@example.kr"], [])).toEqual({
      name: "한별찬",
      written: "한별찬",
      role: "원장",
      email: "byeol@example.kr",
    });
    expect(honoredName(`센터장 도하늘${h}과 이야기했습니다`, [], [])).toMatchObject({ name: "도하늘", role: "센터장" });
  });
});

describe("a Korean name honoured in prose", () => {
  it("is no title and no label word", () => {
    expect(honoredName("파트너팀 담당자님 안녕하세요", [], [])).toBeNull();
    expect(honoredName("별빛공방 사무국장님", [], [])).toBeNull();
  });
  it("of two people, the one whose address is on their line; else nobody", () => {
    expect(honoredName("한별찬 원장님 (byeol@example.kr)\n미팅 전이고 원장님께", ["byeol@example.kr"], [])?.name).toBe(
      "한별찬",
    );
    expect(honoredName("한별찬 원장님, 도하늘 실장님", [], [])).toBeNull();
  });
});
