// A person's name as they write it in full: a display name, a card's file name or a greeting
// often shortens a Spanish or Portuguese double surname ("Lucía Barrientos" for "Lucía Barrientos
// Ugarte"), while the person's own signature or card spells the whole name. Pure.
import { cleanPersonName, looksLikePersonName } from "../normalise/person.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { looksLikeRole } from "./people.ts";
import { ORG_WORDS_RE } from "./organization.ts";
import { alnum, domainLabel, fold } from "./text-utils.ts";

/** "Lucía Barrientos Ugarte | Gerente", "Lucía Barrientos Ugarte, Gerente": the name is the first segment */
const SEGMENT_RE = /\s+[|·•–—-]\s+|\t|,\s/u;
/** a signature names its writer within its first lines */
const MAX_LINES = 12;

/**
 * The full name of `name` as one of `lines` writes it: the same words, in the same order, and one
 * or two more after them (no title, no firm's word, none the person's mail domain spells: "Lucía
 * Barrientos Ferrovial" signs for the firm); null when no line writes it so.
 */
export function fullerName(name: string, lines: readonly string[], email?: string | null): string | null {
  const label = email?.includes("@") ? domainLabel(email.split("@")[1]!) : "";
  const want = fold(name).split(/\s+/);
  for (const line of lines.slice(0, MAX_LINES)) {
    const head = line.trim().split(SEGMENT_RE)[0]!;
    const full = head ? cleanPersonName(head) : null;
    if (!full) continue;
    const words = full.split(/\s+/);
    if (words.length <= want.length || words.length > want.length + 2) continue;
    if (!want.every((w, i) => fold(words[i]!) === w)) continue;
    const added = words.slice(want.length);
    if (added.some((w) => ORG_WORDS_RE.test(w) || (label && label.includes(alnum(fold(w)))))) continue;
    if (looksLikeRole(added.join(" ")) || !looksLikePersonName(full) || !isCompletePersonName(full)) continue;
    return full;
  }
  return null;
}

/** The lines a mail's writer signs with: its signature, else the last lines of its body. */
export function signingLines(body: string, signature: string): string[] {
  return (signature.trim() ? signature : body.split("\n").slice(-MAX_LINES).join("\n"))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
