// An unlabelled contact block the partner writes for the prospect, one item a line:
//
//   Brannock Valley Co-Op
//   Orla Fenwick, fleet mgr
//   orla@brannock.example / 000 000 000
//
// the line above the person is the business's name only when it reads as a firm (the caller's
// test: a legal form, a business noun, a firm word, or spelt by the address's domain); the
// "Name, role" line is a person and a title, never a place. This module finds the block's shape;
// it judges no name.
import { findEmails } from "../normalise/domain.ts";
import { lineStarts } from "../text/line-starts.ts";

export interface ContactBlock {
  /** the line above the person, trimmed, and where it starts in the text */
  head: string;
  headIndex: number;
  /** the person's name and title as the "Name, role" line writes them, and where the name starts */
  name: string;
  nameIndex: number;
  role: string;
  /** the address on the line below the person */
  email: string;
}

/**
 * "Ada Roe, owner", "Ada Roe – owner": two to four capitalised words (a particle or an initial
 * among them), then a comma or a spaced dash, then a short title without digits nor address.
 * Linear: the name's words and the title are runs of classes that exclude the separators.
 */
const PERSON_ROLE_RE =
  /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*(?:,|(?<=[ \t])[–—-])[ \t]*(\p{L}[^\n\d@,:;]{0,48}?)[ \t]*$/u;

/** A head line that is no name of its own: a sentence's end, a label or a link. */
const NOT_A_HEAD_RE = /[:：@]|https?:|www\.|[.!?][ \t]*$/u;

/** The blocks of the text: a head line opening it (a blank line or the text's start above), the person, the address. */
export function contactBlocks(text: string): ContactBlock[] {
  const starts = lineStarts(text);
  const lineAt = (k: number) => text.slice(starts[k], k + 1 < starts.length ? starts[k + 1]! - 1 : undefined);
  const out: ContactBlock[] = [];
  for (let k = 1; k + 1 < starts.length; k++) {
    const m = PERSON_ROLE_RE.exec(lineAt(k));
    if (!m) continue;
    const email = findEmails(lineAt(k + 1))[0]?.value;
    if (!email) continue;
    const headLine = lineAt(k - 1);
    const head = headLine.trim();
    if (head.length < 3 || head.length > 80 || NOT_A_HEAD_RE.test(head)) continue;
    if (k >= 2 && lineAt(k - 2).trim() !== "") continue;
    out.push({
      head,
      headIndex: starts[k - 1]! + headLine.indexOf(head),
      name: m[1]!,
      nameIndex: starts[k]! + lineAt(k).indexOf(m[1]!),
      role: m[2]!.trim(),
      email,
    });
  }
  return out;
}
