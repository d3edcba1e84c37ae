import { describe, expect, it } from "vitest";
import { lineStarts } from "../../../services/parser/text/line-starts.ts";

describe("lineStarts", () => {
  it("gives one offset per line of split('\\n'), each where its line begins", () => {
    for (const text of ["", "one", "a\nbc\n\nd", "\nlead", "trail\n"]) {
      const lines = text.split("\n");
      const starts = lineStarts(text);
      expect(starts).toHaveLength(lines.length);
      starts.forEach((at, k) => expect(text.slice(at, at + lines[k]!.length)).toBe(lines[k]));
    }
  });
});
