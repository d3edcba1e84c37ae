// Vietnamese names opened by a business head ("Tiệm", "Xưởng", "Phòng khám" …; lang/business-nouns.ts,
// vi) with the trade in lower case before the proper name, the subject's place that the text writes
// only as a name's place, and the Vietnamese shop-name labels. Invented names and sentences throughout.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates, viHeadNamesIn } from "../../services/parser/extract/company.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";
import { vi as VI_HEADS } from "../../services/parser/lang/business-nouns.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { plainMail } from "../helpers/plain-mail.ts";

const OPTS = { vendorDomains: ["vendor.example"] };
const names = (text: string) => viHeadNamesIn(text).map((n) => n.name);

describe("a Vietnamese head opening a name", () => {
  it.each(VI_HEADS.map((h) => [h]))("%s with a trade and a proper name", (head) => {
    expect(names(`Khách mới là ${head} gỗ mỹ nghệ Sơn Trà Lam, chủ là anh Vỹ.`)).toEqual([
      `${head} gỗ mỹ nghệ Sơn Trà Lam`,
    ]);
  });
  it.each(VI_HEADS.map((h) => [h]))("%s in lower case opens none", (head) => {
    expect(names(`Khách mới là ${head.toLowerCase()} gỗ mỹ nghệ Sơn Trà Lam, chủ là anh Vỹ.`)).toEqual([]);
  });
  it.each([
    ["Tên: Xưởng Gốm Lam Khê\nEmail: …", "Xưởng Gốm Lam Khê"],
    ["Nhờ đăng ký giúp Phòng Khám Nha khoa Bích Ngọc ở Vinh nhé.", "Phòng Khám Nha khoa Bích Ngọc"],
    ["Quán bún chả Cô Tư (Nam Định) muốn dùng thử.", "Quán bún chả Cô Tư"],
  ])("%s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each([
    // the sentence goes on after the head: no name
    "Tiệm của Anh Vỹ chưa làm biển hiệu, ảnh sẽ gửi sau.",
    // a place word, not the trade
    "Quán cà phê ở Đà Lạt rất đông.",
    // a lower-case word right after the capitalised one: the name goes on, where it ends is open
    "Phòng khám Nha khoa chuyên sâu Bích Ngọc ở Vinh.",
  ])("none in: %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("the subject's place the text writes after another name", () => {
  const top = (own: string, subject: string) =>
    findCompanyCandidates({ own, subject, domain: null, excluded: [], excludedDomains: [] })[0]?.name;
  it("a bracketed place after the name read from the text gives way", () => {
    expect(top("Em gửi khách mới: Xưởng dệt thổ cẩm Mường Lò (Yên Bái), chị Hoa là chủ.", "Khách mới - Yên Bái")).toBe(
      "Xưởng dệt thổ cẩm Mường Lò",
    );
  });
  it("a place the text writes on its own is not doubted so", () => {
    expect(
      top(
        "Em gửi khách mới ở Yên Bái: Xưởng dệt thổ cẩm Mường Lò, chị Hoa là chủ.",
        "Khách mới - Xưởng dệt thổ cẩm Mường Lò",
      ),
    ).toBe("Xưởng dệt thổ cẩm Mường Lò");
  });
});

describe("Vietnamese shop-name labels (lang/vi.ts)", () => {
  it.each(["Tên tiệm", "Tên cửa hàng", "Tên quán", "Tên xưởng"])("%s labels the company", (label) => {
    expect(findLabelled(`${label}: Tiệm Bánh Mì Cô Ba`)[0]).toMatchObject({
      field: "company",
      value: "Tiệm Bánh Mì Cô Ba",
    });
  });
  it("the words in a sentence are no label", () => {
    expect(findLabelled("Em chưa biết tên tiệm của chị ấy.")).toEqual([]);
  });
});

describe("a whole mail", () => {
  it("reads the head's name, not the subject's place", async () => {
    const parsed = await parseMessage(
      plainMail(
        "Khách hàng mới - Huế",
        "Chào cả nhà,\n\nBên em vừa gặp một mối mới là Xưởng may áo dài Thanh Trúc (Huế). Người liên hệ: chị Trúc, chủ xưởng, thanhtruc.aodai@gmail.com.\n\nCảm ơn,\nLena Hart",
      ),
      OPTS,
    );
    expect(parsed.output.registration?.company.name).toBe("Xưởng may áo dài Thanh Trúc");
  });
});
