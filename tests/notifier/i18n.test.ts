// The language tables: every language says everything English says, with the same placeholders;
// the words a mail asks the partner to write are words the inbox understands in that language.
import { describe, expect, it } from "vitest";
import {
  flatTexts,
  formatDate,
  formatMoney,
  LANGS,
  mailLang,
  say,
  type Lang,
} from "../../services/notifier/i18n/index.ts";
import { DETECTED_LANGUAGES } from "../../services/parser/normalise/language.ts";
import { parsePartnerCommand } from "../../services/partners/partner-command.ts";
import { readReplyFields } from "../../services/cases/answers/reply-fields.ts";

const LANGUAGES = Object.keys(LANGS) as Lang[];
const OTHERS = LANGUAGES.filter((l) => l !== "en");
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Texts a language may say without one of English's values (a Polish greeting without the vocative name). */
const MAY_DROP = new Set(["common.hello"]);

describe("language tables", () => {
  it("has the languages the README lists, English first", () => {
    expect(LANGUAGES).toEqual(["en", "de", "fr", "es", "nl", "it", "pt", "pl", "da", "sv", "no"]);
  });

  it.each(OTHERS)("%s has every key of English and no other", (lang) => {
    expect([...flatTexts(lang).keys()].sort()).toEqual([...flatTexts("en").keys()].sort());
    expect(Object.keys(LANGS[lang].fields).sort()).toEqual(Object.keys(LANGS.en.fields).sort());
    expect(Object.keys(LANGS[lang].statuses).sort()).toEqual(Object.keys(LANGS.en.statuses).sort());
  });

  it.each(OTHERS)("%s fills the same placeholders as English, and no text is empty or English", (lang) => {
    for (const [key, english] of flatTexts("en")) {
      const text = flatTexts(lang).get(key)!;
      expect(text.trim(), `${lang} ${key}`).not.toBe("");
      const want = placeholders(english);
      const got = placeholders(text);
      if (MAY_DROP.has(key)) expect(want, `${lang} ${key}`).toEqual(expect.arrayContaining(got));
      else expect(got, `${lang} ${key}`).toEqual(want);
    }
    // a whole sentence left in English is a missed translation (labels like "Status" may coincide)
    for (const key of ["ack.thanks", "common.missingAsk", "decision.approved", "expiry.after", "common.keepCaseNumber"])
      expect(flatTexts(lang).get(key), `${lang} ${key}`).not.toBe(flatTexts("en").get(key));
  });

  it("fails loudly on an unknown key or a missing value, and never reads a value as a placeholder", () => {
    expect(() => say("fr", "ack.nothing")).toThrow(/no text "ack.nothing" in language "fr"/);
    expect(() => say("fr", "ack.thanks")).toThrow(/needs a value for \{caseNumber\}/);
    expect(say("de", "ack.subject", { caseNumber: "{company}", company: "X" })).toBe(
      "[{company}] Registrierung erhalten: X",
    );
  });
});

describe("the language a mail is answered in", () => {
  it.each([
    ["fr", "fr"],
    ["pt-BR", "pt"],
    ["nb", "no"],
    ["NL", "nl"],
    ["cs", "en"],
    ["xx", "en"],
    [null, "en"],
    ["", "en"],
  ])("%s -> %s", (code, lang) => {
    expect(mailLang(code)).toBe(lang);
  });

  it("is every language the parser detects that has texts, English for the others", () => {
    for (const code of DETECTED_LANGUAGES) expect(mailLang(code)).toBe(code === "cs" ? "en" : code);
  });
});

describe.each(LANGUAGES)("%s: words a partner is asked to write", (lang) => {
  const t = LANGS[lang];

  it("its command words are commands, the mails suggest the first of each", () => {
    for (const w of t.commands.status) expect(parsePartnerCommand(w, "")).toMatchObject({ command: "status" });
    for (const w of t.commands.unsubscribe)
      expect(parsePartnerCommand(w, "")).toMatchObject({ command: "unsubscribe" });
    expect(t.digest.replyStatus).toContain(t.commands.status[0]);
    expect(t.unsubscribed.writeStatus).toContain(t.commands.status[0]);
    expect(t.digest.stop).toContain(t.commands.unsubscribe[0]);
  });

  it("its example lines are read as the fields they name", () => {
    const opts = { missing: [], excludedDomains: [] };
    // the label with a real-looking domain: example.com itself is never taken for a prospect's
    const website = t.common.missingExample.replace(/\S+$/, "prospect-firm.eu");
    expect(readReplyFields(website, opts).map((c) => c.path)).toEqual(["company.domain"]);
    expect(readReplyFields(t.common.correctionExample, opts).map((c) => c.path)).toEqual(["contact.name"]);
  });

  it("formats dates and money in its locale", () => {
    const date = formatDate(new Date("2027-02-01T12:00:00Z"), lang);
    expect(date).toMatch(/2027/);
    expect(date).toBe(
      new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date("2027-02-01T12:00:00Z"),
      ),
    );
    expect(formatMoney(25000, "EUR", lang)).toMatch(/25[\s.,\u00a0\u202f']?000/);
    expect(formatMoney(25000, "XYZ1", lang)).toMatch(/ XYZ1$/);
  });
});

it("a word of several languages names none of them; one of one language names it", () => {
  expect(parsePartnerCommand("status", "")).toEqual({ command: "status", caseNumber: null, lang: null });
  expect(parsePartnerCommand("statut", "")).toMatchObject({ lang: "fr" });
  expect(parsePartnerCommand("Stand", "")).toMatchObject({ lang: "de" });
  expect(parsePartnerCommand("afmelden", "")).toMatchObject({ command: "unsubscribe", lang: "nl" });
});
