// Finds where a person's own text ends and their sign-off / signature block begins. Pure.
import { SIGN_OFFS } from "../lang/signoff.ts";

export interface SignatureSplit {
  body: string;
  /** the signature block (name, title, company, address…), without the sign-off line */
  signature: string;
}

// a sign-off word of any language, then at most a short tail ("Thanks again, Tom")
const SIGNOFF_RE = new RegExp(
  String.raw`^\s*(?:${Object.values(SIGN_OFFS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\p{L}\d_])[^\n]{0,30}$`,
  "iu",
);
/** A line of running prose (eight words or more), which a signature block never holds. */
const PROSE_LINE_RE = /^\s*(?:\S+\s+){7,}\S/;
const DASHES_RE = /^\s*--\s*$/;
const MOBILE_RE =
  /^\s*(?:sent from my \w+|get outlook for \w+|von meinem \w+ gesendet|gesendet von meinem \w+|sent from (?:outlook|mail) for \w+)/i;

/**
 * @param senderName the sender's display name: a line with their name (or first name) near the
 *   end also starts the signature when there is no sign-off word.
 */
export function splitSignature(text: string, senderName?: string | null): SignatureSplit {
  const lines = text.split("\n");
  let cut = lines.length;
  let sigStart = lines.length;
  // the last 25 lines can hold a signature; earlier sign-off-looking lines are prose
  const from = Math.max(0, lines.length - 25);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (DASHES_RE.test(line) || MOBILE_RE.test(line)) {
      cut = Math.min(cut, i);
      sigStart = Math.min(sigStart, i + 1);
      break;
    }
  }
  const firstLine = lines.findIndex((l) => l.trim() !== "");
  for (let i = Math.min(cut, lines.length) - 1; i >= from; i--) {
    // "Thanks Dan (moving you to bcc)." opening a mail whose prose follows thanks, it signs nothing off
    if (i === firstLine && lines.slice(i + 1, cut).some((l) => PROSE_LINE_RE.test(l))) break;
    if (SIGNOFF_RE.test(lines[i]!)) {
      cut = i;
      sigStart = i + 1;
      break;
    }
  }
  // no sign-off word: a line with the sender's name starts the signature, also above a "-- " block
  // that may be someone else's (the forwarder's signature below a forwarded mail)
  const signedOff = cut < lines.length && SIGNOFF_RE.test(lines[cut]!);
  if (!signedOff && senderName) {
    const names = nameForms(senderName);
    for (let i = from; i < cut; i++) {
      const l = bare(lines[i]!);
      if (l && names.has(l)) {
        cut = i;
        sigStart = i;
        break;
      }
    }
  }
  return {
    body: lines.slice(0, cut).join("\n").trim(),
    signature: lines.slice(Math.min(sigStart, lines.length)).join("\n").trim(),
  };
}

/** Titles before a signed name ("Dott.ssa", "Dr. iur.", "Avv.", "Me") and degrees after it (", LL.M."). */
const TITLES_BEFORE_RE = /^(?:(?:\p{L}{1,4}\.(?:\p{Ll}{1,3}\.?)?|me|ma[iî]tre|mr|mrs|ms|dr|herr|frau)\s+)+/u;
const bare = (line: string): string =>
  line.trim().toLowerCase().replace(TITLES_BEFORE_RE, "").replace(/,.*$/, "").replace(/[,.]$/, "").trim();

function nameForms(name: string): Set<string> {
  const clean = bare(name.replace(/["']/g, "").replace(/\b(?:dr|prof|mr|mrs|ms)\.?\s+/gi, ""));
  const parts = clean.split(/\s+/).filter(Boolean);
  const out = new Set<string>([clean]);
  if (parts[0] && parts[0].length > 1) out.add(parts[0]);
  return out;
}
