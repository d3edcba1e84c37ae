// Every entry of lang/person-names.ts, each with a name made up for it (no corpus mail's), and the
// rules that read names written in scripts without capitals or family name first.
import { describe, expect, it } from "vitest";
import * as NAMES from "../../../services/parser/lang/person-names.ts";
import {
  cleanPersonName,
  familyNameFirstAsWritten,
  isAddressedGivenName,
  isCaselessName,
  latinOfTwoScriptValue,
  splitTitleAfter,
} from "../../../services/parser/normalise/person.ts";
import { isCompletePersonName } from "../../../services/parser/normalise/shape.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";

const NAME_FOR: Record<string, string> = {
  vi: "Lê Thị Hồng",
  nl: "Marijke ter Haar",
  pl: "Zofia Kaczmarek",
  cs: "Tereza Dvořáková",
  pt: "Renata Figueiredo",
  es: "Agustín Bianchi",
  th: "Kanokwan Thepsiri",
  hi: "मीनल गोखले",
  id: "Hendra Wijayakusuma",
  ha: "Sani Garba Yakasai",
  sea: "Torvald Engebretsen",
  ar: "سامر نجار",
  he: "נעמה גולדברג",
  fr: "Élodie Gagnon-Roy",
  en: "Chidi Okafor-Bello",
  pharmacy: "Selin Aydın Korkmaz",
  ms: "Faizal bin Rahmat",
  tl: "Liza Macaraeg",
  label: "Oya Karaçam",
  sv: "Sven Åkerlund",
};

describe.each(Object.entries(NAMES.before))("forms of address before a name (%s)", (lang, entries) => {
  const name = NAME_FOR[lang]!;
  it.each(entries.map((e) => [e]))("%s is no part of the name", (entry) => {
    expect(cleanPersonName(`${entry} ${name}`)).toBe(name);
    // capitalised as a form's first word
    expect(cleanPersonName(`${entry.charAt(0).toUpperCase()}${entry.slice(1)} ${name}`)).toBe(name);
  });
});

describe("forms of address before a long name only", () => {
  it.each(NAMES.beforeLongName.map((e) => [e]))("%s is no part of a name of three words", (entry) => {
    const cap = `${entry.charAt(0).toUpperCase()}${entry.slice(1)}`;
    expect(cleanPersonName(`${cap} Phạm Quốc Bảo`)).toBe("Phạm Quốc Bảo");
    expect(cleanPersonName(`${entry} Phạm Quốc Bảo`)).toBe("Phạm Quốc Bảo");
    // before fewer words it is a given name
    expect(cleanPersonName(`${cap} Lâm`)).toBe(`${cap} Lâm`);
    expect(cleanPersonName(`${cap} Thư Lâm`)).toBe(`${cap} Thư Lâm`);
  });
});

describe.each(Object.entries(NAMES.afterWord))("forms of address after a name (%s)", (_lang, entries) => {
  it.each(entries.map((e) => [e]))("%s is no part of the name", (entry) => {
    const cap = `${entry.charAt(0).toUpperCase()}${entry.slice(1)}`;
    expect(cleanPersonName(`Kemal Aydemir ${cap}`)).toBe("Kemal Aydemir");
    expect(cleanPersonName(`Zeynep ${entry}`)).toBe("Zeynep");
    // never the name's only word, nor the end of a longer word
    expect(cleanPersonName(cap)).toBe(cap);
    expect(cleanPersonName(`Zeynep Kara${entry}`)).toBe(`Zeynep Kara${entry}`);
    // one given name so addressed is how the person is called
    expect(isAddressedGivenName(`Zeynep ${cap}`)).toBe(true);
    expect(isAddressedGivenName(`Zeynep ${entry}`)).toBe(true);
    expect(isAddressedGivenName(`Zeynep Kara`)).toBe(false);
  });
});

describe("degrees written in capitals before a name", () => {
  it.each(NAMES.beforeAsWritten.map((e) => [e]))("%s is no part of the name", (entry) => {
    expect(cleanPersonName(`${entry} Lukas Pernthaler`)).toBe("Lukas Pernthaler");
    expect(cleanPersonName(`Herr ${entry} Lukas Pernthaler`)).toBe("Lukas Pernthaler");
  });
  it("leaves the particle of a surname in lower case alone", () => {
    expect(cleanPersonName("Di Benedetto, Carla")).toContain("Di Benedetto");
    expect(cleanPersonName("Carla Di Benedetto")).toBe("Carla Di Benedetto");
  });
});

describe("forms of address in a row", () => {
  it("drops a title after a salutation or a degree", () => {
    expect(cleanPersonName("Ing. Agr. Agustín Bianchi")).toBe("Agustín Bianchi");
    expect(cleanPersonName("mevr. ir. Marijke ter Haar")).toBe("Marijke ter Haar");
    expect(cleanPersonName("mgr inż. Zofia Kaczmarek")).toBe("Zofia Kaczmarek");
  });
  it("keeps a name that only starts like a title", () => {
    // "Ong" is a surname; the Vietnamese word is written "Ông"
    expect(cleanPersonName("Ong Bee Lian")).toBe("Ong Bee Lian");
    expect(cleanPersonName("Irene Drost")).toBe("Irene Drost");
  });
});

const CASELESS_FOR: Record<string, string> = { ja: "中村 結衣", ko: "정하늘", zh: "王建國" };

describe.each(Object.entries(NAMES.after))("honorifics after a name (%s)", (lang, entries) => {
  const name = CASELESS_FOR[lang]!;
  it.each(entries.map((e) => [e]))("%s is no part of the name", (entry) => {
    expect(cleanPersonName(`${name} ${entry}`)).toBe(name);
    expect(cleanPersonName(`${name}${entry}`)).toBe(name);
  });
});

describe("names in scripts without capitals", () => {
  it("are complete names of one or two words", () => {
    for (const n of ["中村 結衣", "정하늘", "王建國", "ヤマダ タロウ"]) {
      expect(isCaselessName(n)).toBe(true);
      expect(isCompletePersonName(n)).toBe(true);
    }
  });
  it("are two or three Devanagari words, vowel signs and all, and no title", () => {
    for (const n of ["मीनल गोखले", "सुधीर कुमार पाठक"]) {
      expect(isCaselessName(n)).toBe(true);
      expect(isCompletePersonName(n)).toBe(true);
    }
    expect(isCaselessName("सेल्स मैनेजर")).toBe(false);
    expect(isCaselessName("मीनल")).toBe(false);
    expect(isCaselessName("हम अगले हफ़्ते डेमो करेंगे और फिर बात करेंगे")).toBe(false);
  });
  it("are not sentences or single letters", () => {
    expect(isCaselessName("田")).toBe(false);
    expect(isCaselessName("来週の火曜日に打ち合わせを予定しています")).toBe(false);
    expect(isCaselessName("Ana Ruiz")).toBe(false);
  });
  it("part from a title written after them", () => {
    expect(splitTitleAfter("정하늘 영업팀장")).toEqual({ name: "정하늘", title: "영업팀장" });
    expect(splitTitleAfter("中村 結衣 様 人事部長")).toEqual({ name: "中村 結衣", title: "人事部長" });
    expect(splitTitleAfter("中村 結衣")).toBeNull();
    expect(splitTitleAfter("Ana Ruiz Manager")).toBeNull();
  });
  it("part from a title written before them", () => {
    expect(splitTitleAfter("院長 中村 結衣 様")).toEqual({ name: "中村 結衣", title: "院長" });
    expect(splitTitleAfter("代表取締役社長 中村 結衣")).toEqual({ name: "中村 結衣", title: "代表取締役社長" });
    expect(splitTitleAfter("院長 来週の火曜日に打ち合わせを予定しています")).toBeNull();
  });
});

const DEPARTMENT_FOR: Record<string, { name: string; stem: string; title: string }> = {
  ko: { name: "정하늘", stem: "영업", title: "팀장" },
  ja: { name: "中村結衣", stem: "営業", title: "部長" },
};

describe.each(Object.entries(NAMES.departmentAfter))(
  "a department between a name and its title (%s)",
  (lang, entries) => {
    const { name, stem, title } = DEPARTMENT_FOR[lang]!;
    it.each(entries.map((e) => [e]))("a word ending in %s is the title's", (entry) => {
      expect(splitTitleAfter(`${name} ${stem}${entry} ${title}`)).toEqual({ name, title: `${stem}${entry} ${title}` });
    });
  },
);

describe("names in Hebrew and Arabic letters", () => {
  it("are complete names of two to four words", () => {
    for (const n of ["נועה ברק", "سامر نجار", "سامر عبد الله نجار"]) expect(isCompletePersonName(n), n).toBe(true);
  });
  it("are not one word or a title", () => {
    expect(isCompletePersonName("נועה")).toBe(false);
    expect(isCompletePersonName("سامر")).toBe(false);
  });
});

describe("a name written in two scripts", () => {
  it("is read in Latin letters, whichever stands in brackets", () => {
    expect(cleanPersonName("中村 結衣 (Nakamura Yui) 様")).toBe("Nakamura Yui");
    expect(cleanPersonName("Jung Ha-neul (정하늘)")).toBe("Jung Ha-neul");
    expect(cleanPersonName("Wang Chien-kuo（王建國）")).toBe("Wang Chien-kuo");
  });
  it("leaves a bracket in one script alone", () => {
    expect(cleanPersonName("Ana Ruiz (CFO)")).toBe("Ana Ruiz");
    expect(latinOfTwoScriptValue("한결물산(주)")).toBe("한결물산(주)");
  });
  it("reads a title or a company so too", () => {
    expect(latinOfTwoScriptValue("人事部長 (Head of Human Resources)")).toBe("Head of Human Resources");
    expect(latinOfTwoScriptValue("Plant Manager (공장장)")).toBe("Plant Manager");
    expect(latinOfTwoScriptValue("Sales Director")).toBe("Sales Director");
  });
});

describe("the family name first in capitals", () => {
  it("is found as the text writes it", () => {
    expect(familyNameFirstAsWritten("Yui Nakamura", "Contact: NAKAMURA Yui, buyer")).toBe("Nakamura Yui");
    expect(familyNameFirstAsWritten("Yui Nakamura", "Contact: Yui Nakamura")).toBeNull();
    expect(familyNameFirstAsWritten("Yui Nakamura", "NAKAMURA Yuichi")).toBeNull();
  });
});

const opts = { vendorDomains: ["vendor.example"] };
const mail = (from: string, body: string) =>
  Buffer.from(
    `From: ${from}\r\nTo: partners@vendor.example\r\nSubject: New deal\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );

describe("contact labels", () => {
  it("keep a Japanese name family first in a mail from Japan", async () => {
    const r = await parseMessage(
      mail(
        "SUZUKI Ken <k.suzuki@reseller.example.jp>",
        "Please register:\nCompany: Kanto Bearings Co., Ltd.\nURL: kanto-bearings.example.jp\nPerson: NAKAMURA Yui (Ms.), Purchasing Chief\nMail: y.nakamura@kanto-bearings.example.jp\nStage: first meeting booked\n\nSUZUKI Ken",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("Nakamura Yui");
    expect(r.output.registration?.contact.role).toBe("Purchasing Chief");
  });

  it("read a CRM's surname-first order with a title in brackets", async () => {
    const r = await parseMessage(
      mail(
        "Dana Cole <dana@reseller.example>",
        "Account Name: Riverside Clinic\nAccount Website: riverside-clinic.example\nPrimary Contact: Okafor, Chidinma (Dr.)\nContact Email: cokafor@riverside-clinic.example\n\nDana",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("Chidinma Okafor");
  });

  it("read a bilingual label in a caseless script and Latin letters", async () => {
    const r = await parseMessage(
      mail(
        "Chen Hao <hao.chen@reseller.example.tw>",
        "客戶 Customer: Formosa Bikes Co., Ltd.\n網址 Website: formosa-bikes.example.tw\n聯絡人 Contact: WANG Chien-kuo (王建國), Purchasing Manager\nEmail: ck.wang@formosa-bikes.example.tw\n\nChen Hao",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("WANG Chien-kuo");
    expect(r.output.registration?.contact.role).toBe("Purchasing Manager");
  });

  it("read a Korean name spelt in Latin letters in brackets before its title", async () => {
    const r = await parseMessage(
      mail(
        "Lee Minho <mh.lee@reseller.example.kr>",
        "- 고객사: 한결물산(주)\n- 홈페이지: www.hangyeol.example.kr\n- 담당자: 정하늘 (Jung Ha-neul) 영업팀장\n- 이메일: hn.jung@hangyeol.example.kr\n\n감사합니다.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("Jung Ha-neul");
    expect(r.output.registration?.contact.role).toBe("영업팀장");
  });

  it("read a Korean name with its title and the department in brackets after it", async () => {
    const r = await parseMessage(
      mail(
        "Lee Minho <mh.lee@reseller.example.kr>",
        "- 고객사: 한결물산(주)\n- 홈페이지: www.hangyeol.example.kr\n- 담당자: 정하늘 차장 (구매팀)\n- 이메일: hn.jung@hangyeol.example.kr\n\n감사합니다.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("정하늘");
    expect(r.output.registration?.contact.role).toBe("차장 (구매팀)");
    // a bracket ending on the title writes the title in full
    const full = await parseMessage(
      mail(
        "Lee Minho <mh.lee@reseller.example.kr>",
        "- 고객사: 한결물산(주)\n- 홈페이지: www.hangyeol.example.kr\n- 담당자: 정하늘 팀장 (구매팀장)\n- 이메일: hn.jung@hangyeol.example.kr\n\n감사합니다.",
      ),
      opts,
    );
    expect(full.output.registration?.contact.name).toBe("정하늘");
    expect(full.output.registration?.contact.role).toBe("구매팀장");
  });

  it("hold a Korean name with its title after it, against a romanised address", async () => {
    const r = await parseMessage(
      mail(
        "Lee Minho <mh.lee@reseller.example.kr>",
        "- 고객사: 한결물산(주)\n- 홈페이지: www.hangyeol.example.kr\n- 담당자: 정하늘 영업팀장\n- 이메일: hn.jung@hangyeol.example.kr\n\n감사합니다.",
      ),
      opts,
    );
    expect(r.output.registration?.contact.name).toBe("정하늘");
    expect(r.output.registration?.contact.role).toBe("영업팀장");
  });
});
