import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outsideLatin, sameStrictly, strictNonLatin } from "./script-strict.ts";

const COMPANY = "registration.company.name";
const CONTACT = "registration.contact.name";

describe("strict comparison of names the shared scorer folds away", () => {
  it("knows which values it has to judge", () => {
    expect(outsideLatin("Ярослав Коваль")).toBe(true);
    expect(outsideLatin("株式会社さくら")).toBe(true);
    expect(outsideLatin("Müller & Söhne GmbH")).toBe(false);
    expect(outsideLatin(null)).toBe(false);
  });

  it("takes the same name however it is spaced, cased or punctuated", () => {
    expect(sameStrictly(CONTACT, "田中 太郎", "田中太郎")).toBe(true);
    expect(sameStrictly(COMPANY, "ΑΛΦΑ Α.Ε.", "Αλφα ΑΕ")).toBe(true);
    expect(sameStrictly(COMPANY, "ООО «Ромашка»", "ООО Ромашка")).toBe(true);
  });

  it("forgives a legal form or a form of address around the name", () => {
    expect(sameStrictly(COMPANY, "株式会社さくら物流", "さくら物流")).toBe(true);
    expect(sameStrictly(COMPANY, "บริษัท ทะเลใส จำกัด", "ทะเลใส")).toBe(true);
    expect(sameStrictly("registration.contact.role", "代表取締役", "代表取締役社長")).toBe(true);
  });

  it("refuses another name, a cut name and nothing read", () => {
    expect(sameStrictly(COMPANY, "さくら物流", "みどり運輸")).toBe(false);
    expect(sameStrictly(CONTACT, "Ярослав Коваль", "Ярослав")).toBe(false);
    expect(sameStrictly(COMPANY, "שירותי ים התיכון בע״מ", null)).toBe(false);
    expect(sameStrictly(COMPANY, "山田", "山田のお客様のご担当者様である営業部長の会社")).toBe(false);
  });

  const dir = mkdtempSync(join(tmpdir(), "strict-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts over a corpus the labelled non-Latin values and those read the same", () => {
    const label = (company: string, contact: string | null) => ({
      kind: "registration",
      registration: { company: { name: company, domain: "x.example" }, contact: { name: contact } },
    });
    writeFileSync(join(dir, "1.expected.json"), JSON.stringify(label("株式会社さくら物流", "田中 太郎")));
    writeFileSync(join(dir, "2.expected.json"), JSON.stringify(label("Nordlicht GmbH", "Anna Berg")));
    writeFileSync(join(dir, "3.expected.json"), JSON.stringify(label("ООО «Ромашка»", null)));
    const lines = [
      JSON.stringify({
        file: join(dir, "1.eml"),
        registration: { company: { name: "さくら物流" }, contact: { name: "山田" } },
      }),
      JSON.stringify({
        file: join(dir, "2.eml"),
        registration: { company: { name: "Wrong" }, contact: { name: "X" } },
      }),
      JSON.stringify({ file: join(dir, "3.eml"), registration: { company: { name: null }, contact: { name: null } } }),
    ];
    expect(strictNonLatin(dir, lines)).toEqual({ all: 3, right: 1 });
  });
});
