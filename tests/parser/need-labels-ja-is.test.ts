// Need labels of a short referral form in Japanese ("内容：…", the matter the introduction is about)
// and Icelandic ("Þörf: …", the need; "Vandamál: …", the problem). Invented sentences.
import { describe, expect, it } from "vitest";
import { findLabelled, firstByField } from "../../services/parser/extract/labels.ts";

const need = (text: string) => firstByField(findLabelled(text)).get("need")?.value ?? null;

describe("need labels: ja 内容, is þörf / vandamál", () => {
  it.each([
    // a referral form's lines (the mail's full-width colons are made ASCII before labels are read)
    [
      "会社名: みなと倉庫株式会社\n内容: 倉庫の入出庫を紙の台帳で管理しているため、棚卸しに丸二日かかる",
      "倉庫の入出庫を紙の台帳で管理しているため、棚卸しに丸二日かかる",
    ],
    ["内容: 教室予約のオンライン化", "教室予約のオンライン化"],
    ["Þörf: bókanir fyrir hestaferðir eru skráðar í stílabók", "bókanir fyrir hestaferðir eru skráðar í stílabók"],
    ["Vandamál: reikningar eru slegnir inn tvisvar", "reikningar eru slegnir inn tvisvar"],
  ])("%s", (text, value) => expect(need(text)).toBe(value));

  it.each([
    // the same words in running prose, not at a label's place, label nothing
    "ご紹介の内容は追ってお送りします。",
    "Það er mikil þörf á nýju kerfi hjá þeim: hringið í Jón",
    // a longer word that opens with the label's letters is another word
    "内容証明: 来週発送予定",
  ])("not a need label: %s", (text) => expect(need(text)).toBeNull());
});
