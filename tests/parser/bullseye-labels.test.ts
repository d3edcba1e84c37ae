// A Chinese form's lines dotted with a bullseye ("◎ 聯絡人：…") are labels (extract/labels.ts), and
// a contact label in a caseless script that is a title ("負責人", the person in charge) is the
// contact's role (extract/pick-contact.ts). Invented mail.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (label: string) =>
  Buffer.from(
    [
      "From: 陳雅婷 <yt@formosa-link.example>",
      "To: partners@vendor.example",
      "Subject: 登記",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "您好，",
      "◎ 客戶：金石銀飾工作室",
      "◎ 網站：jinshi.example.tw",
      `◎ ${label}：程思涵`,
      "◎ Email：sihan@jinshi.example.tw",
      "◎ 競爭者：Quillo",
      "陳雅婷",
      "",
    ].join("\r\n"),
  );
const read = async (label: string) =>
  (await parseMessage(mail(label), { vendorDomains: ["vendor.example"] })).output.registration;

describe("bullseye labels", () => {
  it("a title as the contact's label is their role", async () => {
    const r = await read("負責人");
    expect(r?.contact).toMatchObject({ name: "程思涵", email: "sihan@jinshi.example.tw", role: "負責人" });
    expect(r?.competitors).toEqual(["Quillo"]);
  });
  it("a word meaning 'the contact' is no title", async () =>
    expect((await read("聯絡人"))?.contact).toMatchObject({ name: "程思涵", role: null }));
});
