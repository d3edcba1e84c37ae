import { describe, expect, it } from "vitest";
import {
  FORWARD_PREFIXES,
  REPLY_PREFIXES,
  hasReplyPrefix,
  stripSubjectPrefixes,
} from "../../services/core/subject-prefixes.ts";

describe("subject prefixes", () => {
  it.each(REPLY_PREFIXES.map((p) => [p]))("reads %s: as an answer's prefix", (p) => {
    expect(hasReplyPrefix(`${p.toUpperCase()}: Status`)).toBe(true);
    expect(stripSubjectPrefixes(`${p}: Status`)).toBe("Status");
  });

  it.each(FORWARD_PREFIXES.map((p) => [p]))("reads %s: as a forward's prefix, not an answer's", (p) => {
    expect(stripSubjectPrefixes(`${p.toUpperCase()}: Nowy klient`)).toBe("Nowy klient");
    expect(hasReplyPrefix(`${p}: Nowy klient`)).toBe(false);
  });

  it("strips a run of mixed prefixes and keeps words that only start like one", () => {
    expect(stripSubjectPrefixes("ODP: TR:  Re : [REG-2026-000123] stan")).toBe("[REG-2026-000123] stan");
    expect(stripSubjectPrefixes("Registro: Hotel Sol")).toBe("Registro: Hotel Sol");
    expect(stripSubjectPrefixes("Tramites SA")).toBe("Tramites SA");
    expect(hasReplyPrefix("Resale deal: Acme")).toBe(false);
  });
});

describe("answer prefixes of other scripts' mail clients", () => {
  it.each([
    ["Ynt: [ABC-2026-00123] Başvurunuz", "[ABC-2026-00123] Başvurunuz"],
    ["回复：[ABC-26-000812] 已收到", "[ABC-26-000812] 已收到"],
    ["回覆: 案件進度", "案件進度"],
    ["答复: 预算确认", "预算确认"],
    ["Απ: [XY-2026-0042] Ενημέρωση", "[XY-2026-0042] Ενημέρωση"],
    ["رد: طلب التسجيل", "طلب التسجيل"],
    ["회신: 등록 확인", "등록 확인"],
  ])("reads %s as an answer", (subject, rest) => {
    expect(hasReplyPrefix(subject)).toBe(true);
    expect(stripSubjectPrefixes(subject)).toBe(rest);
  });

  it("keeps words that merely start like one", () => {
    expect(hasReplyPrefix("Yntegra Ltd: new lead")).toBe(false);
    expect(hasReplyPrefix("回复率提升项目: 新客户")).toBe(false);
  });
});
