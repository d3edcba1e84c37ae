import { describe, expect, it } from "vitest";
import {
  CHARSET_LABEL_ALIASES,
  decodeHeaderWords,
  displayNameFromRaw,
  lostToCharset,
} from "../../services/parser/header-words.ts";
import { decodeMessage } from "../../services/parser/decode.ts";

const b64 = (bytes: number[]) => Buffer.from(bytes).toString("base64");
// "王" in GB2312, "林" in Big5
const WANG_GB = [0xcd, 0xf5];
const LIN_BIG5 = [0xaa, 0x4c];

describe("header words with charset labels mailparser does not know", () => {
  it("maps every alias to a label TextDecoder knows", () => {
    for (const [alias, label] of Object.entries(CHARSET_LABEL_ALIASES)) {
      expect(() => new TextDecoder(label), alias).not.toThrow();
    }
  });

  it("decodes Python codec names in encoded words", () => {
    expect(decodeHeaderWords(`=?eucgb2312_cn?b?${b64(WANG_GB)}?=`)).toBe("王");
    expect(decodeHeaderWords(`=?big5_tw?b?${b64(LIN_BIG5)}?= =?big5_tw?b?${b64(LIN_BIG5)}?=`)).toBe("林林");
    expect(decodeHeaderWords("=?euc_kr?q?=C8=AB?= x")).toBe("홍 x");
  });

  it("gives null for a label nothing knows", () => {
    expect(decodeHeaderWords("=?no-such-set?b?QUJD?=")).toBeNull();
  });

  it("takes the display name only when the address matches", () => {
    const raw = ` =?big5_tw?b?${b64(LIN_BIG5)}?= Amy <amy@example.tw>`;
    expect(displayNameFromRaw(raw, "amy@example.tw")).toBe("林 Amy");
    expect(displayNameFromRaw(raw, "other@example.tw")).toBeNull();
  });

  it("tells a value that lost characters", () => {
    expect(lostToCharset("a\ufffdb")).toBe(true);
    expect(lostToCharset("ab")).toBe(false);
    expect(lostToCharset(null)).toBe(false);
  });

  it("repairs the sender name of a decoded mail", async () => {
    const raw = [
      `From: =?big5_tw?b?${b64(LIN_BIG5)}?= <amy@example.tw>`,
      "To: b@example.com",
      `Subject: =?eucgb2312_cn?b?${b64(WANG_GB)}?= plan`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "hello",
      "",
    ].join("\r\n");
    const d = await decodeMessage(Buffer.from(raw, "latin1"));
    expect(d.from?.name).toBe("林");
  });

  it("repairs the subject of a decoded mail, and leaves one that decoded alone", async () => {
    const mail = (subject: string) =>
      decodeMessage(
        Buffer.from(
          ["From: a@example.tw", "To: b@example.com", `Subject: ${subject}`, "", "hello", ""].join("\r\n"),
          "latin1",
        ),
      );
    expect((await mail(`=?big5_tw?b?${b64(LIN_BIG5)}?= - =?eucgb2312_cn?b?${b64(WANG_GB)}?= plan`)).subject).toBe(
      "林 - 王 plan",
    );
    expect((await mail(`=?big5?b?${b64(LIN_BIG5)}?= plan`)).subject).toBe("林 plan");
    // a label nothing knows: the subject stays as mailparser read it
    expect((await mail("=?no-such-set?b?QUJD?= plan")).subject).toContain("plan");
  });
});
