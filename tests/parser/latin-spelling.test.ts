// A name in a non-Latin script and its Latin spelling beside it in the same writer's text
// (services/parser/extract/latin-spelling.ts). Invented names.
import { describe, expect, it } from "vitest";
import { latinSpelling } from "../../services/parser/extract/latin-spelling.ts";

describe("the Latin spelling of a name in another script", () => {
  it("is read from brackets after the name, family name first kept in one capital", () => {
    expect(latinSpelling("中村 悠真", "--\n中村 悠真 (NAKAMURA Yuma)\n営業部")).toBe("Nakamura Yuma");
    expect(latinSpelling("정민재", "정민재 (Jung Min-jae) 대리\n")).toBe("Jung Min-jae");
  });
  it("is read from before brackets holding the name", () => {
    expect(latinSpelling("정민재", "Hello, this is Jung Min-jae (정민재) from a reseller.")).toBe("Jung Min-jae");
  });
  it("is read from the line under the name in a signature", () => {
    expect(latinSpelling("خالد الحربي", "مع التحية\nخالد الحربي\nKhalid Al-Harbi\nAcme Co.")).toBe("Khalid Al-Harbi");
  });
  it("is none for a Latin name, another person, or a line that is no name", () => {
    expect(latinSpelling("Jung Min-jae", "Jung Min-jae (정민재)")).toBeNull();
    expect(latinSpelling("정민재", "담당: 이하늘 (Lee Ha-neul)")).toBeNull();
    expect(latinSpelling("خالد الحربي", "خالد الحربي\nSales Department\n")).toBeNull();
  });
});
