// The prospect's name in Hebrew or Arabic script after a registering phrase and a colon
// (services/parser/extract/caseless-after-cue.ts) and the words that show a sentence there instead
// (services/parser/lang/name-after-cue.ts), in wording invented for this test: read where a comma,
// a bracket, a spaced dash or the line's end closes the name; left unread where its end or its
// being a name is open.
import { describe, expect, it } from "vitest";
import { caselessNamesAfterRegistering } from "../../../services/parser/extract/caseless-after-cue.ts";
import { SENTENCE_WORDS } from "../../../services/parser/lang/name-after-cue.ts";

const names = (text: string) => caselessNamesAfterRegistering(text).map((r) => r.name);

describe("a caseless name after a registering phrase and a colon", () => {
  it.each([
    // Hebrew: a comma, a bracket with the website, the line's end, words between phrase and colon
    ["היי,\nליד חדש: מאפיית גבעת הזית, מאפייה משפחתית ברחובות.", "מאפיית גבעת הזית"],
    ["ליד חדש: סטודיו תמר לקרמיקה (www.tamar-clay.example)", "סטודיו תמר לקרמיקה"],
    ["ליד חדש בשבילכם: נגריית עץ הזית\nאיש הקשר הוא יואב.", "נגריית עץ הזית"],
    ['ליד חדש: מוסך הצפון בע"מ.\nאיש הקשר הוא רון.', 'מוסך הצפון בע"מ'],
    // Arabic: the Arabic comma, a spaced dash on the next line, words naming the partner's firm between
    ["عميل محتمل: مخبز الواحة الذهبية، يعمل منذ عشر سنوات", "مخبز الواحة الذهبية"],
    ["عميل محتمل في الدمام:\nمركز النجمة للسباحة - مسبح مغطى جديد", "مركز النجمة للسباحة"],
    ["عميل محتمل لصالح شركة الأفق للبرمجيات: مطبعة الرمال الحمراء، وموقعها sands.example", "مطبعة الرمال الحمراء"],
  ])("%s -> %s", (text, want) => expect(names(text)).toEqual([want]));

  it.each([
    // one word: a place or a person's first name as often as a firm
    "ליד חדש: חיפה, מחר נדבר",
    // no colon: where the name starts is open
    "ליד חדש מאפיית גבעת הזית, מאפייה משפחתית",
    // the end open: the line goes on with an unspaced hyphen or runs past the window
    "ליד חדש: מאפיית גבעת-הזית הקטנה ועוד",
    // a place word inside: the name may or may not hold the place
    'عميل محتمل: محل "زهور الربيع" في الخبر، صاحبه مهتم',
    "عميل محتمل: ورشة النور في جدة، صاحبها مهتم",
    // a person with their own address right after: the lead's person, not the firm
    "ליד חדש: דנה לוי, dana.levi@example.com",
    // Latin script: the capitalised readings' job
    "ליד חדש: Harbour Bakery Ltd, Haifa",
  ])("reads nothing in %s", (text) => expect(names(text)).toEqual([]));
});

describe("words showing a sentence after the colon (lang/name-after-cue.ts)", () => {
  // each word inside an invented sentence after the cue: nothing read; a look-alike name holding
  // the word's letters inside a longer word is read all the same
  it.each(SENTENCE_WORDS.he!.map((w) => [w]))("he %s", (w) => {
    expect(names(`ליד חדש: מחר ${w} נדבר שוב,`)).toEqual([]);
    expect(names(`ליד חדש: ${w}קרמר מרכז הספורט, בחיפה`)).toEqual([`${w}קרמר מרכז הספורט`]);
  });
  it.each(SENTENCE_WORDS.ar!.map((w) => [w]))("ar %s", (w) => {
    expect(names(`عميل محتمل: غدا ${w} نتصل بهم،`)).toEqual([]);
    expect(names(`عميل محتمل: ${w}ستان مركز الرياضة، بالدمام`)).toEqual([`${w}ستان مركز الرياضة`]);
  });
  it("reads a word with a joined prefix as the word itself", () => {
    expect(names("ליד חדש: מחר ויש נדבר שוב,")).toEqual([]);
    expect(names("عميل محتمل: غدا وهو يتصل،")).toEqual([]);
  });
});
