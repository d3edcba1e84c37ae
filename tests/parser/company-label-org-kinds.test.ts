// A members' body named by its kind in a form's label ("Club:", "Verband:", "団体名:", "Клуб<TAB>…"):
// the label names the prospect as "Company:" does, in the forms partners write (a colon, a tab
// column, a bullet, a label in two languages). Invented bodies and people only.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";
import { tidyPhrase } from "../../services/parser/extract/company.ts";

const company = (form: string) => firstByField(findLabelled(form)).get("company")?.value ?? null;

describe("organisation-kind labels name the prospect", () => {
  it.each([
    [
      "Club: Larkspur Valley Rowing Club\nWebsite: larkspur-rowing.example\nContact: Ena Moss",
      "Larkspur Valley Rowing Club",
    ],
    [
      "Club / Association\tNorthmere Junior Netball Association Inc.\nWebsite\tnjna.example",
      "Northmere Junior Netball Association Inc.",
    ],
    ["* Klub: Plivački klub Modri Val\n* Web: modrival.example", "Plivački klub Modri Val"],
    ["Verband:        Bergland Rodelverband\nE-Mail:        info@rodel.example", "Bergland Rodelverband"],
    ["- Circolo: Circolo Tennis Valdorso\n- Sito: ctvaldorso.example", "Circolo Tennis Valdorso"],
    ["Klubb: Norrviks Seglarklubb\nWebb: norrvikssk.example", "Norrviks Seglarklubb"],
    ["Szervezet: Tiszaparti Evezős Egyesület\nWeboldal: tee.example", "Tiszaparti Evezős Egyesület"],
    ["Organizație: Asociația Sportivă Valea Mureșului\nSite: asvm.example", "Asociația Sportivă Valea Mureșului"],
    ["Клуб\tВеслувальний клуб «Дніпрова хвиля»\nСайт\tdnipro-hvylia.example", "Веслувальний клуб «Дніпрова хвиля»"],
    ["団体名:みなと海浜ヨット協会\nURL:minato-yacht.example", "みなと海浜ヨット協会"],
    ["机构:东湖皮划艇协会\n网站:donghu-kayak.example", "东湖皮划艇协会"],
    ["النادي: نادي الواحة للتجديف\nالموقع: wahah-rowing.example", "نادي الواحة للتجديف"],
    ["Tên khách hàng: Câu lạc bộ Bơi thuyền Sông Lam\nWebsite: songlam-boat.example", "Câu lạc bộ Bơi thuyền Sông Lam"],
  ])("%s", (form, want) => expect(company(form)).toBe(want));

  it("a word of the kind inside a sentence is no label", () => {
    expect(company("The club wants online bookings before the season starts.")).toBeNull();
  });

  it("the partner's own organisation stays the partner's", () => {
    expect(company("Partner association: Brightline Advisory Group")).toBeNull();
  });
});

describe("a place with a locative ending before a name is no word of it", () => {
  it.each([
    ["Konya'da Mavi Liman Nakliyat", "Mavi Liman Nakliyat"],
    ["Samsun’daki Kuzey Fırın Ltd. Şti.", "Kuzey Fırın Ltd. Şti."],
    ["Sivas'ta Yıldız Kargo", "Yıldız Kargo"],
    // an apostrophe inside a name's own word, or no name after the place, stays as written
    ["O'Dare Bakery", "O'Dare Bakery"],
    ["D'Arcy Tile Works", "D'Arcy Tile Works"],
  ])("%s -> %s", (raw, want) => expect(tidyPhrase(raw)).toBe(want));
});
