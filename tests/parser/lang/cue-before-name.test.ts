// A role or contact word written right before the prospect's contact in a short note
// (lang/cue-before-name.ts, extract/cue-named.ts): each language's entries with invented people and
// firms, and look-alikes that name nobody (a role word followed by a verb, a firm or a sentence).
import { describe, expect, it } from "vitest";
import { caselessCuedName } from "../../../services/parser/extract/addressed-name.ts";
import { cueNamedContact } from "../../../services/parser/extract/cue-named.ts";
import { parseMessage } from "../../../services/parser/parse-message.ts";
import { plainMail } from "../../helpers/plain-mail.ts";

const read = (s: string) => {
  const c = cueNamedContact(s, ["Vera Lind"]);
  return c && { name: c.name, role: c.role };
};

describe("a role or contact word before the name", () => {
  it.each([
    // en: role word + "is"; contact word + "is" (the title beside the name is the role)
    ["Pls register Brennwald Halle in Oslo - owner is Ada Brenn, 024 555 0101.", "Ada Brenn", "owner"],
    ["New one: Halvard Cycles, the contact is Ada Brenn (Head of Sales).", "Ada Brenn", "Head of Sales"],
    // fr
    [
      "Pour le salon de thé Les Tilleuls à Rouen, la patronne c'est Anne Varin ; rappel jeudi.",
      "Anne Varin",
      "patronne",
    ],
    ["Le gérant est Luc Varin, 04 55 55 01 01.", "Luc Varin", "gérant"],
    // id: the possessive ending is no part of the role, nor "Bu"/"Pak" of the name
    ["Toko Roti Cempaka, Malang. Pemiliknya Bu Ratna Hapsari, nomornya menyusul.", "Ratna Hapsari", "Pemilik"],
    ["Klub Renang Bintang, ketuanya Pak Budi Santoso (WA 0812-555-0101).", "Budi Santoso", "ketua"],
    // uk / ru / pl
    ["Є лід: хостел «Сонце», власник Олег Коваль, тел. 067 555 0101.", "Олег Коваль", "власник"],
    ["Власниця — пані Олена Коваль, телефон +380 67 555 0101.", "Олена Коваль", "Власниця"],
    ["Студія «Рух» (Київ). Контакт — Олег Коваль, управляющий, тел. 067 555 0101.", "Олег Коваль", null],
    ["Мастерская «Клён», владелец Пётр Смирнов, тел. 916 555 0101.", "Пётр Смирнов", "владелец"],
    ["Warsztat Kos (kos.pl), właściciel Adam Kos, tel. 81 555 01 01.", "Adam Kos", "właściciel"],
    // el
    ["Φροντιστήριο Βήτα, Λάρισα. Υπεύθυνη είναι η κα Άννα Ζερβού, καλύτερα απόγευμα.", "Άννα Ζερβού", null],
    // he / ar: a name of two or three words of the script, ended by a comma or a bracket
    ["ליד חדש: אולם ברנוולד. איש הקשר הוא דני לוי, מנהל התפעול, טלפון 054-555-0101.", "דני לוי", null],
    ["الشخص المسؤول هو المهندس ماهر الدوسري، يفضّل الاتصال مساءً.", "ماهر الدوسري", null],
    ["محل جديد في جدة. صاحب المحل الأستاذ سامي الحربي، جواله 0501110000.", "سامي الحربي", "صاحب المحل"],
  ])("%s", (text, name, role) => {
    const got = read(text);
    expect(got?.name).toBe(name);
    if (role) expect(got?.role).toBe(role);
  });

  it.each([
    // a role word followed by an adjective, a verb or a state
    "The owner is happy with the trial, details to follow.",
    "The contact is pending, I will send it tomorrow.",
    "Owner is Looking for a demo next week.",
    // a role word followed by a firm
    "The owner is Brennwald Halle Ltd, see their site.",
    "owner is Brennwald Fjord Hotel, in Oslo.",
    // a capitalised name followed by a sentence, not a note's break
    "The owner is Ada Brenn who wants a demo next week",
    // the partner's own name after the cue
    "the contact is Vera Lind, 555 0101.",
    // a role word inside a longer word ("співвласник" is read, "власниками" is not a cue)
    "Працюємо з власниками Олег Коваль, тел.",
    // two different people after cues: nothing says which one
    "owner is Ada Brenn, 555 0101. The contact is Tom Varga, 555 0102.",
    // he / ar: one word after the cue is no full name, a sentence is none
    "איש הקשר הוא דני, טלפון 054-555-0101.",
    "المسؤول هو الذي سيتواصل معكم لاحقا",
  ])("no one: %s", (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("read as the contact where nothing else names one", () => {
  const contactOf = async (body: string) => {
    const raw = plainMail("lead", `${body}\r\n\r\nRegards\r\nVera Lind\r\n`, "Vera Lind <vera@lindpartners.com>");
    const c = (await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact;
    return { name: c?.name ?? null, role: c?.role ?? null };
  };

  it("reads the name and the role word", async () => {
    expect(
      await contactOf(
        "Pls register Brennwald Halle in Tromsø, Norway - owner is Ada Brenn, 024 555 0101. She wants a demo.",
      ),
    ).toEqual({ name: "Ada Brenn", role: "owner" });
  });

  it("leaves the contact open for a look-alike", async () => {
    expect(
      (await contactOf("Pls register Brennwald Halle in Oslo. The owner is happy, details to follow.")).name,
    ).toBeNull();
  });
});

describe("a contact word before the name in Chinese and Japanese (CASELESS_CUE_BEFORE_NAME)", () => {
  it.each([
    // zh: the copula, the honorific, the title in brackets after it, before it, or glued after it
    ["新客户：晨光书店。聯絡人是吳嘉豪先生（採購經理），電話 02-5555-0101。", "吳嘉豪", "採購經理"],
    ["聯絡人為門市經理周雅婷小姐，電話 02-5555-0102。", "周雅婷", "門市經理"],
    ["帮忙报备：青禾茶社，联系人郑国强总经理，电话 139 5555 0103。", "郑国强", "总经理"],
    ["门店两家。联系人：韩晓东 先生，技术总监，邮箱稍后补。", "韩晓东", "技术总监"],
    ["负责人冯立新（店长），还没有邮箱。", "冯立新", "店长"],
    // ja: the topic particle, a title and "の" before the name, the honorific after a blank
    ["ご担当は総務部長の森田 遥様（メール未確認）です。", "森田 遥", "総務部長"],
    ["ご担当は 石井 悠真 様（店長）です。", "石井 悠真", "店長"],
    ["担当は上原さん（店長）ですが、メールはまだです。", "上原", "店長"],
  ])("%s", (text, name, role) => {
    const got = caselessCuedName(text, []);
    expect(got?.name).toBe(name);
    expect(got?.role).toBe(role);
  });

  it.each([
    // a greeting to whoever is in charge, the partner doing the work, the partner's own staff written bare
    "ご担当者様",
    "設定は弊社が担当します。",
    "担当は弊社の森田です。",
    // a contact word followed by no name, or by a phrase with a particle ("the client's general manager")
    "联系人还没确定，稍后告知。",
    "我们的联系人是客户的总经理，还没见面。",
    // two different people: nothing says which one
    "聯絡人是吳嘉豪先生，另一位聯絡人是周雅婷小姐。",
  ])("no one: %s", (text) => {
    expect(caselessCuedName(text, [])).toBeNull();
  });

  it("never the excluded partner", () => {
    expect(caselessCuedName("聯絡人是吳嘉豪先生。", ["吳嘉豪"])).toBeNull();
  });
});
