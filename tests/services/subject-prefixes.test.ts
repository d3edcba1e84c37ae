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
