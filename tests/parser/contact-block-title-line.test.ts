// A contact written as a block: the name alone on its line, the title on the next, then the
// address. The title's words are no part of the name, the title is the contact's role, and a
// person named later in a table with their own address does not outrank them.
// Invented partner, prospect and people.
import { describe, expect, it } from "vitest";
import { findPersonMentions, rankContacts, roleNear } from "../../services/parser/extract/people.ts";

const block = [
  "The client is Ventoril Pesca S.A. The principal contact is:",
  "",
  "   Mr. Tadeo Quirbal-Enna",
  "   Gerente de Operaciones (Operations Manager)",
  "   tquirbal@ventorilpesca.example",
  "",
  " Site      | Chief",
  " Punta Alta | Lidia Morvane (lmorvane@ventorilpesca.example)",
  " Punta Baja | Lidia Morvane (lmorvane@ventorilpesca.example)",
  "",
].join("\n");

describe("a name with its title on the next line", () => {
  it("ends the name at its line when the next line is a title", () => {
    const names = findPersonMentions(block).map((m) => m.name);
    expect(names).toContain("Tadeo Quirbal-Enna");
    expect(names.some((n) => n.includes("Gerente"))).toBe(false);
  });

  it("reads the title below the name", () => {
    const m = findPersonMentions(block).find((p) => p.name === "Tadeo Quirbal-Enna")!;
    expect(roleNear(block, m)).toBe("Gerente de Operaciones (Operations Manager)");
  });

  it("ranks the person of the block above one named twice in a table", () => {
    const ranked = rankContacts(block, ["tquirbal@ventorilpesca.example", "lmorvane@ventorilpesca.example"], []);
    expect(ranked[0]?.name).toBe("Tadeo Quirbal-Enna");
    expect(ranked[0]?.email).toBe("tquirbal@ventorilpesca.example");
  });

  it("cuts no business's name off a person on the line below it", () => {
    const text = "reg pls\n\nBrannock Valley Creameries\nOrla Fenwick, fleet mgr\norla@brannock.example\n";
    expect(findPersonMentions(text).map((m) => m.name)).not.toContain("Brannock Valley Creameries");
  });

  it("reads no title from a sentence on the next line", () => {
    const text = "Contact: Orla Fenwick\nshe said the depot manager will call back on 12 May\n";
    const m = findPersonMentions(text).find((p) => p.name === "Orla Fenwick")!;
    expect(roleNear(text, m)).toBeNull();
  });
});
