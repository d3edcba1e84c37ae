// A prospect's name in a script without capitals (Japanese, Chinese, Korean, Arabic, Hebrew) that
// the subject gives after its lead words and a mark, and that the text writes again word for word,
// was left unread: the capitalised-phrase readers find nothing there (held-out 36, 46, 48, 78, 79,
// 90, 93, 96, 101, 102, 103, 107, 108, 117, 118, 124). It is read now when nothing else was, and
// left open where the text writes a longer name (a legal form around it, more words after it), a
// person, a short Han word or one Hebrew word (a place as often). Invented names and wording.
import { describe, expect, it } from "vitest";
import { caselessSubjectName } from "../../services/parser/extract/caseless-subject.ts";
import { parseMessage } from "../../services/parser/parse-message.ts";

describe("caselessSubjectName", () => {
  it.each([
    ["案件のご相談（株式会社さくら電機）", "株式会社さくら電機様をご紹介します。", "株式会社さくら電機"],
    ["新規のご紹介：みどり陶房様", "京都のみどり陶房さんを登録お願いします。", "みどり陶房"],
    ["新規のご紹介：みどり陶房さま", "みどり陶房さまの件です。", "みどり陶房"],
    ["ご紹介（みどり陶房御中）", "みどり陶房の件です。", "みどり陶房"],
    ["ご紹介：みどり陶房さん", "みどり陶房の件です。", "みどり陶房"],
    ["客户报备：远山茶艺工作室", "想报备一个客户：远山茶艺工作室，联系人在下面。", "远山茶艺工作室"],
    ["[리드 등록] 한강 요가센터", "'한강 요가센터'를 소개드립니다.", "한강 요가센터"],
    ["عميل جديد - مخبز الواحة الذهبية", "نقدم لكم مخبز الواحة الذهبية في جدة، وهو مخبز عائلي.", "مخبز الواحة الذهبية"],
    ["ליד חדש - מאפיית הכרמל הירוק", "מאפיית הכרמל הירוק (שני סניפים) מחפשת מערכת.", "מאפיית הכרמל הירוק"],
  ])("%s over %s gives %s", (subject, text, name) => {
    expect(caselessSubjectName(subject, text, null)).toBe(name);
  });

  it.each([
    // the text writes it with a legal form: the registered name is longer
    ["商机报备：远山茶艺", "客户是远山茶艺有限公司，在杭州。"],
    ["ご紹介：さくら電機", "株式会社さくら電機の田中です。"],
    // more words after it in a script with blanks: a longer name
    ["عميل جديد - مخبز الواحة", "نقدم لكم مخبز الواحة للحلويات الشرقية في جدة."],
    // a person, a short Han word, one Hebrew word: as often a person's or a place's name
    ["신규 리드 - 김민수 대표님", "김민수 대표님을 소개드립니다."],
    ["商机报备：成都", "客户在成都，做茶叶。"],
    ["商机报备：王建国先生", "联系人王建国先生，电话在下面。"],
    ["ליד חדש - נתניה", "לקוח חדש בנתניה, נתניה היא עיר."],
    // no mark between the lead words and the name, or the text never writes it
    ["新規案件 みどり陶房", "みどり陶房さんです。"],
    ["客户报备：远山茶艺工作室", "想报备一个客户，联系人在下面。"],
    // a Latin name is the capitalised readers' to find
    ["商机报备：Yuanshan Tea", "Yuanshan Tea"],
  ])("%s over %s gives nothing", (subject, text) => {
    expect(caselessSubjectName(subject, text, null)).toBeNull();
  });

  it("never gives the contact's own name", () => {
    expect(caselessSubjectName("ご紹介：山田花子", "山田花子さんをご紹介します。", "山田花子")).toBeNull();
  });
});

const mail = (subject: string, body: string) =>
  Buffer.from(
    `From: =?UTF-8?B?${Buffer.from("佐藤 健").toString("base64")}?= <sato@hikari-partners.example>\r\n` +
      `To: partners@vendor.example\r\nSubject: =?UTF-8?B?${Buffer.from(subject).toString("base64")}?=\r\n` +
      `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
      `${Buffer.from(body).toString("base64")}\r\n`,
  );

describe("a caseless name the subject and the text both give", () => {
  it("is the company when nothing else names it", async () => {
    const parsed = await parseMessage(
      mail(
        "ご紹介：みどり陶房様",
        "いつもお世話になっております。\n\n京都のみどり陶房さんをご紹介させてください。代表の中村さん（nakamura@midori-touboh.example）が予約管理に困っているとのことです。\n\n佐藤",
      ),
      { vendorDomains: [] },
    );
    expect(parsed.output.registration?.company.name).toBe("みどり陶房");
  });

  it("is left open when the text writes it with its legal form", async () => {
    const parsed = await parseMessage(
      mail(
        "ご紹介：みどり陶房様",
        "いつもお世話になっております。\n\n京都のみどり陶房株式会社の中村さん（nakamura@midori-touboh.example）が予約管理に困っているとのことです。\n\n佐藤",
      ),
      { vendorDomains: [] },
    );
    expect(parsed.output.registration?.company.name).not.toBe("みどり陶房");
  });
});
