import { describe, expect, it } from "vitest";
import { memoised } from "../../../services/parser/text/memo.ts";

describe("memoised", () => {
  it("answers a repeated input without calling the function again", () => {
    let calls = 0;
    const upper = memoised((s: string) => (calls++, s.toUpperCase()));
    expect([upper("kiel"), upper("kiel"), upper("bonn")]).toEqual(["KIEL", "KIEL", "BONN"]);
    expect(calls).toBe(2);
  });

  it("keeps null answers too", () => {
    let calls = 0;
    const none = memoised((_s: string) => (calls++, null));
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("does not keep inputs longer than its limit, and forgets everything when full", () => {
    let calls = 0;
    const len = memoised((s: string) => (calls++, s.length), 2, 5);
    len("longer than five");
    len("longer than five");
    expect(calls).toBe(2);
    len("a");
    len("b");
    len("c"); // full: cleared, then kept
    len("a");
    expect(calls).toBe(6);
  });
});
