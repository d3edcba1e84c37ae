// Tagalog label words (lang/tl.ts labels), the Filipino name links "dela"/"delos" and the
// Indonesian short forms of address "Pak"/"Bu" (lang/person-names.ts), each in lines and names
// made up for this test, with the look-alikes that must stay as they are.
import { describe, expect, it } from "vitest";
import * as TL from "../../../services/parser/lang/tl.ts";
import * as NAMES from "../../../services/parser/lang/person-names.ts";
import { findLabelled } from "../../../services/parser/extract/labels.ts";
import { cleanPersonName, looksLikePersonName } from "../../../services/parser/normalise/person.ts";
import { isCompletePersonName } from "../../../services/parser/normalise/shape.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";

const OPTS = { vendorDomains: ["vendor.example"] };

describe("Tagalog labels", () => {
  it.each([
    ["Posisyon: Punong Tagapamahala", "role", "Punong Tagapamahala"],
    ["Lugar: Lungsod ng Malinaw", "region", "Lungsod ng Malinaw"],
    ["Lugar: Bayan ng Sampalok at Tanglaw", "region", "Bayan ng Sampalok at Tanglaw"],
  ])("%s", (line, field, value) => {
    expect(findLabelled(line)[0]).toMatchObject({ field, value });
  });
  it("every entry is read as its field", () => {
    for (const [field, words] of Object.entries(TL.labels)) {
      for (const w of words ?? []) {
        const cap = `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
        expect(findLabelled(`${cap}: Halimbawa Dalisay`)[0]?.field).toBe(field);
      }
    }
  });
  it("the words inside a sentence are no labels", () => {
    expect(findLabelled("Wala pang lugar para sa pulong.")).toEqual([]);
    expect(findLabelled("Ang posisyon niya ay bago pa lang.")).toEqual([]);
  });
});

describe("Filipino name links", () => {
  it.each(NAMES.links.tl!.map((l) => [l]))("%s is part of the name", (link) => {
    const name = `Rosalinda ${link} Paz`;
    expect(looksLikePersonName(name)).toBe(true);
    expect(isCompletePersonName(name)).toBe(true);
    expect(cleanPersonName(`Ma. Teodora ${link} Luna`)).toBe(`Ma. Teodora ${link} Luna`);
  });
  it.each(NAMES.links.tl!.map((l) => [l]))(
    "%s after a shortened given name alone leaves the name incomplete",
    (link) => {
      expect(isCompletePersonName(`Ma. ${link} Paz`)).toBe(false);
      expect(isCompletePersonName(`Dr. Ma. ${link} Paz`)).toBe(false);
      expect(isCompletePersonName(`Ma. Teodora ${link} Paz`)).toBe(true);
    },
  );
  it("a registration's contact line keeps the name with its link", async () => {
    const r = await parseMessage(
      Buffer.from(
        [
          "From: Noel Dimaculangan <noel@halimbawa-it.example>",
          "To: partners@vendor.example",
          "Subject: Bagong lead",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Hi team,",
          "",
          "Kumpanya: Masigla Panaderya Inc.",
          "Website: masiglapanaderya.example",
          "Contact: Rosalinda dela Paz",
          "Posisyon: Operations Head",
          "Email: rdelapaz@masiglapanaderya.example",
          "Lugar: Lungsod ng Malinaw",
          "",
          "Salamat,",
          "Noel",
        ].join("\r\n"),
      ),
      OPTS,
    );
    expect(r.output.registration?.contact.name).toBe("Rosalinda dela Paz");
    expect(r.output.registration?.contact.role).toBe("Operations Head");
    expect(r.output.registration?.geography).toBe("Lungsod ng Malinaw");
  });
});

describe("Indonesian short forms of address", () => {
  it.each([
    ["Pak Joko Prasetyo", "Joko Prasetyo"],
    ["Bu Wulan Sarwendah", "Wulan Sarwendah"],
    ["Pak Made Wiranata Putra", "Made Wiranata Putra"],
  ])("%s -> %s", (written, name) => expect(cleanPersonName(written)).toBe(name));
  it("before one word they may be a family name and stay", () => {
    expect(cleanPersonName("Pak Minjun")).toBe("Pak Minjun");
    expect(cleanPersonName("Bu Xiaoling")).toBe("Bu Xiaoling");
  });
  it("inside a word or in lower case before a name they are no form of address", () => {
    expect(cleanPersonName("Pakpahan Sitorus")).toBe("Pakpahan Sitorus");
    expect(cleanPersonName("Budiarto Wirawan")).toBe("Budiarto Wirawan");
  });
});
