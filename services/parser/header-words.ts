// RFC 2047 encoded words whose charset label mailparser does not know. Python's email package
// writes its own codec names into headers ("=?big5_tw?b?…?=", "=?eucgb2312_cn?b?…?="); mailparser
// then falls back to UTF-8 and the display name or subject comes out as replacement characters.
// The sender's display name and the subject are decoded again here from their raw lines, the label
// mapped to a WHATWG one.
// (The words are split here and decoded by Node's TextDecoder: libmime, mailparser's own decoder, is
// no direct dependency of ours, has no typings, and does not know these labels either.)

import { TextDecoder } from "node:util";

/** Charset labels written by mail libraries that WHATWG TextDecoder does not know, and theirs. */
export const CHARSET_LABEL_ALIASES: Readonly<Record<string, string>> = {
  big5_tw: "big5",
  eucgb2312_cn: "gb2312",
  euc_jp: "euc-jp",
  euc_kr: "euc-kr",
  iso2022_jp: "iso-2022-jp",
  ks_c_5601_1987: "euc-kr",
  cp949: "euc-kr",
  cp936: "gbk",
  cp950: "big5",
};

const ENCODED_WORD = /=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]{0,2000})\?=/g;
const BETWEEN_WORDS = /(\?=)[ \t\r\n]+(?==\?)/g;
const QP_BYTE = /=([0-9a-fA-F]{2})/g;

/** A TextDecoder for a charset label (aliases mapped), or null when none is known. */
function decoderFor(label: string): TextDecoder | null {
  const lower = label.toLowerCase().replace(/\*.*$/, ""); // RFC 2231 language suffix
  try {
    return new TextDecoder(CHARSET_LABEL_ALIASES[lower] ?? lower);
  } catch {
    return null;
  }
}

function wordBytes(encoding: string, payload: string): Buffer {
  if (encoding.toLowerCase() === "b") return Buffer.from(payload, "base64");
  return Buffer.from(
    payload.replace(/_/g, " ").replace(QP_BYTE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
}

/** A raw header value with its encoded words decoded; null when one has a charset nothing knows. */
export function decodeHeaderWords(raw: string): string | null {
  let unknown = false;
  const out = raw
    .replace(BETWEEN_WORDS, "$1")
    .replace(ENCODED_WORD, (_, label: string, enc: string, payload: string) => {
      const decoder = decoderFor(label);
      if (!decoder) {
        unknown = true;
        return "";
      }
      return decoder.decode(wordBytes(enc, payload));
    });
  return unknown ? null : out.replace(/\s+/g, " ").trim();
}

/** Whether a decoded header value lost characters to a charset mailparser did not know. */
export function lostToCharset(value: string | null | undefined): boolean {
  return !!value && value.includes("\ufffd");
}

const NAME_BEFORE_ADDRESS = /^(.*?)<([^<>\s]{1,320})>\s*$/;

/**
 * The display name of a raw single-address header ("=?big5_tw?b?…?= <a@b.tw>") decoded again,
 * when its address is the one given; null otherwise.
 */
export function displayNameFromRaw(raw: string, address: string): string | null {
  const decoded = decodeHeaderWords(raw);
  if (decoded === null) return null;
  const m = NAME_BEFORE_ADDRESS.exec(decoded);
  if (!m || m[2]!.trim().toLowerCase() !== address.toLowerCase()) return null;
  const name = m[1]!
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();
  return name && !lostToCharset(name) ? name : null;
}
