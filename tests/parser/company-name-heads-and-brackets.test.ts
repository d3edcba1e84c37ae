// Company names stored wrong while the registration counted as complete (held-out 98, 100, 101,
// 102), each written here as its class in invented names: a name opened by its legal kind whose
// first words a sentence-case language writes in lower case; a quoted name after an institution's
// or a business's noun; a registered name with the trading name its website spells in brackets
// (which one the registration means is open: flagged); a labelled name in another script with its
// Latin form, in a mail whose signature glosses the partner's firm in Latin too.
import { describe, expect, it } from "vitest";
import { findCompanyCandidates } from "../../services/parser/extract/company.ts";
import { tradeNameInBrackets } from "../../services/parser/extract/pick-company.ts";
import { companyOfTwoScripts } from "../../services/parser/extract/two-scripts.ts";
import { headNouns } from "../../services/parser/lang/org-forms.ts";

const names = (own: string) =>
  findCompanyCandidates({ own, subject: "", domain: null, excluded: [], excludedDomains: [] }).map((c) => c.name);

describe("a name opened by its legal kind, its first words in lower case", () => {
  it("keeps the kind and the words before the capitalised rest", () => {
    expect(names("Khách hàng Công ty TNHH Bến xe khách Hạ Mai (website: hamai.example) cần hỗ trợ.")).toContain(
      "Công ty TNHH Bến xe khách Hạ Mai",
    );
    expect(names("Khách hàng là Công ty Cổ phần Gốm sứ Thanh Bình (thanhbinh.example) ở Huế.")).toContain(
      "Công ty Cổ phần Gốm sứ Thanh Bình",
    );
  });
  it("not across a word saying where, nor three lower-case words in a row (the sentence going on)", () => {
    const atPlace = names("Khách hàng Công ty CP Minh Long ở Hạ Mai (hamai.example) cần hỗ trợ.");
    expect(atPlace.some((n) => n.startsWith("Công ty CP Minh Long ở"))).toBe(false);
    const sentence = names("Công ty CP Minh Long muốn giới thiệu Hạ Mai (hamai.example) với các bạn.");
    expect(sentence.some((n) => n.includes("giới thiệu Hạ Mai"))).toBe(false);
  });
});

describe("a quoted name after an institution's or a business's noun", () => {
  it("is one name with the noun phrase before it", () => {
    expect(
      names('Vă prezint clientul Cooperativa Agricolă Montană "Floarea Văii" (www.floareavaii.example) din Brașov.'),
    ).toContain('Cooperativa Agricolă Montană "Floarea Văii"');
    expect(names("Klientem jest Fundacja Ochrony Lasów „Zielony Dąb” (zielonydab.example) z Lublina.")).toContain(
      "Fundacja Ochrony Lasów „Zielony Dąb”",
    );
    expect(names("Il cliente è Hotel Belvedere «Tre Pini» (trepini.example) sul lago.")).toContain(
      "Hotel Belvedere «Tre Pini»",
    );
  });
  it("Romanian names a cooperative with its noun first", () => {
    expect(headNouns.ro!.before).toContain("Cooperativa");
  });
  it("not after a word that is no such noun, nor an English noun put first without an of-phrase, nor an unclosed quote", () => {
    expect(names('We met Brightwell Partners "Kestrel Tools" (kestreltools.example) today.')).not.toContain(
      'Brightwell Partners "Kestrel Tools"',
    );
    expect(names('The client is Trust "Kestrel Tools" (kestreltools.example) now.')).not.toContain(
      'Trust "Kestrel Tools"',
    );
    expect(
      names('Vă prezint clientul Cooperativa Montană "Floarea Văii (www.floareavaii.example) din Brașov.'),
    ).not.toContain('Cooperativa Montană "Floarea Văii"');
  });
});

describe("a registered name with the name its website spells in brackets", () => {
  it("is open: the registered name, the trading name or both", () => {
    expect(tradeNameInBrackets("PT Bumi Hijau Lestari (Sunny Kite Tours)", "sunnykitetours.example")).toBe(true);
    expect(tradeNameInBrackets("4471-2208 Ontario Inc. (Maple Bench Diner)", "maplebenchdiner.example")).toBe(true);
  });
  it("not when the registered name shares a word with the website, nor a place, a description or an acronym", () => {
    expect(tradeNameInBrackets("PT Bumi Hijau Lestari (Hijau Kite Tours)", "hijaukitetours.example")).toBe(false);
    expect(tradeNameInBrackets("Kestrel Tools Ltd (North Yorkshire)", "kestreltools.example")).toBe(false);
    expect(tradeNameInBrackets("Kestrel Tools Ltd (Sunny Kite Tours)", "kestreltools.example")).toBe(false);
    expect(tradeNameInBrackets("Quill Verdance Board (QVB)", "qvb.example")).toBe(false);
    expect(tradeNameInBrackets("Kestrel Tools Ltd (hand tools, 12 staff)", "handtools.example")).toBe(false);
  });
  it("not a name in another script with its Latin form (extract/two-scripts.ts reads those)", () => {
    expect(tradeNameInBrackets("مطبعة الندى (Al Nada Print House)", "alnadaprinthouse.example")).toBe(false);
  });
});

describe("a labelled name in another script, the partner's signature glossing its own firm", () => {
  const value = "مطبعة الندى (Al Nada Print House)";
  const text = "الشركة: مطبعة الندى (Al Nada Print House)\nالمسؤول: سلمى حداد";
  it("is the Latin one when the signature glosses the partner's firm with its legal form", () => {
    expect(
      companyOfTwoScripts(value, text, [], "", "سامر\nمدير | الرمال للاستشارات م.م.ح (Al Rimal Advisory FZ-LLC)"),
    ).toBe("Al Nada Print House");
    expect(companyOfTwoScripts(value, text, [], "", "سامر\nشركة الرمال (Al Rimal Advisory Ltd)")).toBe(
      "Al Nada Print House",
    );
  });
  it("not for a person's name glossed there, a firm written in Latin only, or a gloss without a legal form", () => {
    expect(companyOfTwoScripts(value, text, [], "", "سامر حداد (Samer Haddad)\nمدير")).toBe("مطبعة الندى");
    expect(companyOfTwoScripts(value, text, [], "", "سامر\nAl Rimal Advisory FZ-LLC")).toBe("مطبعة الندى");
    expect(companyOfTwoScripts(value, text, [], "", "سامر\nالرمال للاستشارات (Al Rimal Advisory)")).toBe("مطبعة الندى");
  });
});

describe("a labelled name in another script, the contact's name glossed too", () => {
  const value = "青柳茶房有限公司 (Aoyagi Tea House Limited)";
  const body = "公司：青柳茶房有限公司 (Aoyagi Tea House Limited)\n聯絡人：林小雨 (Lam Siu-yu)\n";
  const people = ["林小雨 (Lam Siu-yu)"];
  it("is the Latin one when the partner glosses their own name as well", () => {
    expect(companyOfTwoScripts(value, `${body}\n何志明 (Ho Chi-ming)`, ["何志明"], "", "", people)).toBe(
      "Aoyagi Tea House Limited",
    );
    expect(companyOfTwoScripts(value, body, ["何志明"], "", "何志明 (Ho Chi-ming)\n經理", people)).toBe(
      "Aoyagi Tea House Limited",
    );
  });
  it("is the one written first when only the contact's name is glossed", () => {
    expect(companyOfTwoScripts(value, `${body}\n何志明`, ["何志明"], "", "何志明\n經理", people)).toBe(
      "青柳茶房有限公司",
    );
  });
  it("a gloss of no person's name says so alone", () => {
    const placed = `${body}地區：荃灣 (Tsuen Wan)\n`;
    expect(companyOfTwoScripts(value, placed, ["何志明"], "", "何志明", people)).toBe("Aoyagi Tea House Limited");
  });
});

describe("a legal form the tables lacked closes the name whole", () => {
  it("the Austrian sole trader, the Czech limited company written out", () => {
    expect(names("Ich darf Ihnen die Tischlerei Grabner e.U. in Wels vorstellen.")).toContain(
      "Tischlerei Grabner e.U.",
    );
    expect(names("doporučuji firmu Truhlářství Vrba a dcera, spol. s r.o. (vrba.example), 2 dílny.")).toContain(
      "Truhlářství Vrba a dcera, spol. s r.o.",
    );
  });
  it("not lower-case words and a comma with no form after them, nor a sentence ended after the form", () => {
    expect(names("doporučuji firmu Truhlářství Vrba a dcera, Plzeň (vrba.example).")).not.toContain(
      "Truhlářství Vrba a dcera, Plzeň",
    );
    const parts = names("Ich darf Ihnen die Tischlerei Grabner e.U. Inhaber Franz Grabner vorstellen.");
    expect(parts.some((n) => n.includes("Inhaber"))).toBe(false);
  });
});
