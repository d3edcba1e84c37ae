// Minimal vCard 3/4 reader: the fields a contact card attached to a registration can give.
export interface VcardContact {
  name: string | null;
  email: string | null;
  organization: string | null;
  title: string | null;
  phone: string | null;
  url: string | null;
}

export function parseVcard(text: string): VcardContact[] {
  const unfolded = text.replace(/\r\n?/g, "\n").replace(/\n[ \t]/g, "");
  const cards: VcardContact[] = [];
  let cur: VcardContact | null = null;
  for (const line of unfolded.split("\n")) {
    const m = /^([A-Za-z-]+)(?:;[^:]*)?:(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1]!.toUpperCase();
    const value = unescape(m[2]!.trim());
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

function unescape(s: string): string {
  return s.replace(/\\n/gi, " ").replace(/\\([,;\\])/g, "$1");
}
