// vCard 2.1/3.0/4.0 reader: the fields a contact card attached to a registration can give.
// vCard 2.1 writes values in quoted-printable or base64 with a CHARSET parameter
// ("ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller=20AG"); those are decoded here.
export interface VcardContact {
  name: string | null;
  email: string | null;
  organization: string | null;
  title: string | null;
  phone: string | null;
  url: string | null;
}

const QP_PARAM = /;(?:encoding=)?quoted-printable(?=[;:])/i;

export function parseVcard(text: string): VcardContact[] {
  const cards: VcardContact[] = [];
  let cur: VcardContact | null = null;
  for (const line of logicalLines(text)) {
    const m = /^([A-Za-z-]+)((?:;[^:]*)?):(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1]!.toUpperCase();
    const value = unescape(decodeValue(m[3]!.trim(), m[2]!)).trim();
    if (key === "BEGIN") cur = { name: null, email: null, organization: null, title: null, phone: null, url: null };
    else if (key === "END" && cur) {
      cards.push(cur);
      cur = null;
    } else if (cur && value) {
      if (key === "FN") cur.name ??= value;
      else if (key === "N" && !cur.name) {
        const [family, given] = value.split(";");
        cur.name = [given, family].filter(Boolean).join(" ") || null;
      } else if (key === "EMAIL") cur.email ??= value.toLowerCase();
      else if (key === "ORG") cur.organization ??= value.split(";")[0]!.trim() || null;
      else if (key === "TITLE") cur.title ??= value;
      else if (key === "TEL") cur.phone ??= value;
      else if (key === "URL") cur.url ??= value;
    }
  }
  return cards;
}

/** Unfolds continuation lines (a leading blank; in 2.1 quoted-printable, a trailing "="). */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^[ \t]/.test(raw) && !QP_PARAM.test(prev.split(":")[0] ?? ""))
      out[out.length - 1] = prev + raw.slice(1);
    else if (prev !== undefined && QP_PARAM.test(prev.split(":")[0] ?? "") && prev.endsWith("="))
      out[out.length - 1] = prev.slice(0, -1) + raw.trimStart();
    else out.push(raw);
  }
  return out;
}

function decodeValue(value: string, params: string): string {
  const charset = /;charset=([^;:]+)/i.exec(params)?.[1]?.trim() ?? "utf-8";
  let bytes: Uint8Array | null = null;
  if (QP_PARAM.test(`${params}:`)) {
    bytes = Buffer.from(
      value.replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    );
  } else if (/;(?:encoding=)?(?:b|base64)(?=[;:]|$)/i.test(`${params}:`)) {
    bytes = Buffer.from(value, "base64");
  } else if (!/^utf-?8$/i.test(charset)) {
    bytes = Buffer.from(value, "latin1");
  }
  if (!bytes) return value;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an unknown charset label: UTF-8 is the likeliest
  }
}

function unescape(s: string): string {
  return s.replace(/\\n/gi, " ").replace(/\\([,;\\])/g, "$1");
}
