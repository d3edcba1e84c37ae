// Problem cues for a tool the prospect dislikes ("hating the licence terms", "unzufrieden", "ontevreden")
// and for records kept in a notebook ("in a book", "w zeszycie", "en cuadernos"): one invented
// sentence per entry, and near misses that name no need.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";

describe("problem: a disliked tool, records in a notebook", () => {
  it.each([
    ["Currently on Quorvex and hating the licence terms.", "en: hating the"],
    ["On Quorvex Gold, hate it, renewal up in May.", "en: hate it"],
    ["She uses the Quorvex trial now but dont like.", "en: dont like"],
    ["The porters log every parcel in a book.", "en: in a book"],
    ["The treasurer keeps the subscriptions in a paper ledger.", "en: in a paper ledger"],
    ["Sie sind mit der Anbindung an das Archiv unzufrieden.", "de: unzufrieden"],
    ["Zij zijn ontevreden over de synchronisatie aan boord.", "nl: ontevreden"],
    ["De leden worden bijgehouden in een notitieboek.", "nl: notitieboek"],
    ["Składki są zapisywane w zeszycie skarbnika.", "pl: zeszy…"],
    ["Los turnos de la tripulación se llevan en cuadernos.", "es: cuadernos"],
    ["Los turnos se anotan en una libreta.", "es: libreta"],
  ])("%s (%s)", (text) => expect(findProblem([text], null, true, false)).toBe(text));

  it.each([
    ["I'd hate to lose this one to another partner."],
    ["The booking page looks great to them."],
    ["Please book a call with them in a week or so."],
  ])("%s -> no strong cue", (text) => expect(findProblem([text], null, true, false)).toBeNull());
});
