// Person names as people across the world write them: apostrophes, particles, initials, Arabic
// articles, patronymic links, honorifics that are not part of the name. Each family is tested
// with names other than the mails that showed it.
import { describe, expect, it } from "vitest";
import { findPersonMentions } from "../../services/parser/extract/people.ts";
import { cleanPersonName, looksLikePersonName } from "../../services/parser/normalise/person.ts";
import { isCompletePersonName } from "../../services/parser/normalise/shape.ts";
import { parseAddress, unquoteName } from "../../services/parser/text/forwards.ts";
import { emailMatchesName } from "../../services/parser/extract/text-utils.ts";

describe("a name found in prose keeps all of its parts", () => {
  it.each([
    ["We spoke with Ciarán Ó Dálaigh, their finance lead.", "Ciarán Ó Dálaigh"],
    ["Please contact Orla Ní Mhurchú about it.", "Orla Ní Mhurchú"],
    ["The owner is Omar al-Rashid, who runs three sites.", "Omar al-Rashid"],
    ["Ask for Layla el-Sayed at reception.", "Layla el-Sayed"],
    ["Our contact, K. Ramasamy, handles payroll.", "K. Ramasamy"],
    ["Ansprechpartner wird A.M. van Leeuwen sein.", "A.M. van Leeuwen"],
    ["I met Siti Hajar binti Yusof last week.", "Siti Hajar binti Yusof"],
    ["I met Mohd Rizal bin Ismail last week.", "Mohd Rizal bin Ismail"],
    ["La gerente es Montserrat Puig i Ferrer, de Girona.", "Montserrat Puig i Ferrer"],
    ["El contacto es José Ortega y Gasset.", "José Ortega y Gasset"],
    ["Please call Encik Faizal Rahman tomorrow.", "Faizal Rahman"],
  ])("%s -> %s", (text, name) => {
    expect(findPersonMentions(text).map((m) => m.name)).toContain(name);
  });

  it.each([
    // "y", "i" between two given names join two people, not two surnames
    ["Marta y Pablo vienen el lunes.", "Marta y Pablo"],
    ["Vindran Jordi i Anna demà.", "Jordi i Anna"],
  ])("%s holds no person %s", (text, name) => {
    expect(findPersonMentions(text).map((m) => m.name)).not.toContain(name);
  });

  it("initials alone are nobody", () => {
    expect(looksLikePersonName("J. K.")).toBe(false);
  });
});

describe("a name's shape accepts initials, articles and links", () => {
  it.each(["P.J. van Dam", "T.-H. Nguyen", "M. Krishnan", "Nadia al-Farsi", "Dónal Ó Súilleabháin", "Aina binti Ali"])(
    "%s is a complete name",
    (n) => {
      expect(isCompletePersonName(n)).toBe(true);
    },
  );

  it.each(["Nadia al-", "Aina binti", "Tomás Ó"])("%s is cut short", (n) => {
    expect(isCompletePersonName(n)).toBe(false);
  });
});

describe("honorifics and professional prefixes are not part of the name", () => {
  it.each([
    ["Puan Zarina Abdullah", "Zarina Abdullah"],
    ["Encik Hafiz Kamal", "Hafiz Kamal"],
    ["Shri Anil Kapoor", "Anil Kapoor"],
    ["Smt. Lakshmi Rao", "Lakshmi Rao"],
    ["Lic. Carmen Ibarra", "Carmen Ibarra"],
    ["Cra. Valeria Sosa", "Valeria Sosa"],
    ["C.P. Ernesto Villalobos", "Ernesto Villalobos"],
    ["Abg. Diego Paredes", "Diego Paredes"],
    ["Sig.ra Ornella Vitali", "Ornella Vitali"],
    ["Eng.º Tiago Brito", "Tiago Brito"],
    ["D. Íñigo Larrea Uribe", "Íñigo Larrea Uribe"],
    ["D. Ana de la Fuente", "Ana de la Fuente"],
  ])("%s -> %s", (input, name) => {
    expect(cleanPersonName(input)).toBe(name);
  });

  it("a title written before the name without a comma is no part of it", () => {
    const names = (t: string) => findPersonMentions(t).map((m) => m.name);
    expect(names("Vi sender dem til jer. Kasserer Eja Holm-Lund er med.")).toEqual(["Eja Holm-Lund"]);
    expect(names("Spoke with Geschäftsführerin Anna Berg today.")).toContain("Anna Berg");
  });
  it("a lone initial stays: before one word it is no title", () => {
    expect(cleanPersonName("D. Larrea")).toBe("D. Larrea");
  });
  it("a given name that is also a title elsewhere stays (Vietnamese Tuan)", () => {
    expect(cleanPersonName("Tuan Nguyen")).toBe("Tuan Nguyen");
    expect(findPersonMentions("Call Tuan Nguyen on Monday.").map((m) => m.name)).toContain("Tuan Nguyen");
  });
});

describe("a display name keeps its apostrophes and loses its quotes", () => {
  it.each([
    [`"Niamh O'Sullivan"`, "Niamh O'Sullivan"],
    [`'Pierre d’Arcy'`, "Pierre d’Arcy"],
    [`“Anna Berg”`, "Anna Berg"],
  ])("%s -> %s", (input, name) => {
    expect(unquoteName(input)).toBe(name);
  });

  it("in a forwarded From line", () => {
    expect(parseAddress("Rory O'Brien <rory.obrien@example.ie>")?.name).toBe("Rory O'Brien");
  });
});

describe("an address spells a double-barrelled name by either half", () => {
  it.each([
    ["m.fitzgerald@example.ie", "Mairead Byrne-Fitzgerald", true],
    ["jose.ferreira@example.pt", "José Ferreira-Lopes", true],
    ["k.novak@example.cz", "Eva Horak-Svoboda", false],
  ])("%s for %s: %s", (email, name, same) => {
    expect(emailMatchesName(email, name)).toBe(same);
  });
});

describe("a short name with the full name in brackets after it", () => {
  it("is read as the full name when the short one begins it", () => {
    expect(findPersonMentions("the GM is Khun Wan (Wanthida Boonmee) from Phuket").map((m) => m.name)).toContain(
      "Wanthida Boonmee",
    );
  });
  it("is not when the brackets hold somebody else or a title", () => {
    const names = (t: string) => findPersonMentions(t).map((m) => m.name);
    // the bracketed person is named in their own right, at their own place
    expect(findPersonMentions("ask Khun Wan (Suda Boonmee) first")).toEqual([{ name: "Suda Boonmee", index: 14 }]);
    expect(names("ask Khun Wan (Wandee Boonmee)")).toContain("Wandee Boonmee");
    expect(names("ask Khun Wan (owner) first")).toEqual([]);
  });
  it("an address spelling the short name belongs to the person", () => {
    expect(emailMatchesName("wan@example.co.th", "Wanthida Boonmee")).toBe(false);
    expect(emailMatchesName("wanth@example.co.th", "Wanthida Boonmee")).toBe(true);
    expect(emailMatchesName("wanthida@example.co.th", "Wanthida Boonmee")).toBe(true);
  });
  it("an address spells letters that are no accented ones plainly", () => {
    expect(emailMatchesName("gudny@example.is", "Guðný Hallsdóttir")).toBe(true);
    expect(emailMatchesName("jorn@example.dk", "Jørn Vestergaard")).toBe(true);
    expect(emailMatchesName("lukasz@example.pl", "Łukasz Wrona")).toBe(true);
    expect(emailMatchesName("piotr@example.pl", "Łukasz Wrona")).toBe(false);
    expect(emailMatchesName("ov@example.dk", "Øjvind Vestergaard")).toBe(true);
  });
});

describe("a link to the father's name is part of the name", () => {
  it.each([
    ["Our contact is Farah Hanim binte Zulkifli, the bursar.", "Farah Hanim binte Zulkifli"],
    ["Please ask Arvind Raj a/l Muthusamy first.", "Arvind Raj a/l Muthusamy"],
    ["Please ask Kavitha a/p Ramalingam first.", "Kavitha a/p Ramalingam"],
    ["Falei com Tiago Vasconcelos e Brito ontem.", "Tiago Vasconcelos e Brito"],
    ["Please ask Gwilym ap Rhydderch first.", "Gwilym ap Rhydderch"],
  ])("%s -> %s", (text, name) => {
    expect(findPersonMentions(text).map((m) => m.name)).toContain(name);
    expect(isCompletePersonName(name)).toBe(true);
    expect(looksLikePersonName(name)).toBe(true);
  });
  it("a conjunction between two given-and-family names parts two people", () => {
    const names = (t: string) => findPersonMentions(t).map((m) => m.name);
    expect(names("Falei com Tiago Brito e Marta Lobo ontem.")[0]).toBe("Tiago Brito");
    expect(names("Hablé con Ana Ortega y Luis Paredes.")[0]).toBe("Ana Ortega");
  });
  it("a slash elsewhere is still no name's", () => {
    expect(isCompletePersonName("Arvind Raj / Muthusamy")).toBe(false);
  });
});
