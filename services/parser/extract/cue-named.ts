// A person a short prose note names right after their role or a word meaning "the contact"
// ("owner is Ada Brenn, 555 …", "власник Олег Коваль, тел.", "איש הקשר הוא <name>, …"), read where
// nothing else names the contact: the name must look like a person's in its script and end where
// the note goes on (a comma, a bracket, a stop, a dash, the line's end), so a role word followed by
// a verb, a firm or a sentence is nobody. Pure.
import { CUE_BEFORE_NAME_RE } from "../lang/cue-before-name.ts";
import { isCompletePersonName } from "../normalise/shape.ts";
import { allMatches } from "../text/regex.ts";
import { namesFirmOrInstitution } from "./organization.ts";
import { findPersonMentions, roleNear } from "./people.ts";
import { fold } from "./text-utils.ts";

export interface CueNamed {
  name: string;
  /** the role word written before the name, or the title written beside it */
  role: string | null;
  written: string;
}

// a name in a script without capitals (Hebrew, Arabic): two or three words of it
const ABJAD_NAME_RE =
  /^[\p{Script=Hebrew}\p{Script=Arabic}]{2,}(?:[ \t][\p{Script=Hebrew}\p{Script=Arabic}]{2,}){1,2}(?=[ \t]*(?:[,،(]|$))/mu;
/** what may follow a name in a note: punctuation, the line's end, or a phone number */
const NAME_END_RE = /^(?:[ \t]*(?:[,;(،.–—]|[ \t]-[ \t]|\n|$)|[ \t]+\+?\d)/u;

/**
 * The one person named right after a role or contact word; null when none is, or when two
 * different people are (nothing says which is the contact).
 * @param excluded names that are never the prospect (the partner, colleagues)
 */
export function cueNamedContact(text: string, excluded: string[]): CueNamed | null {
  const skip = new Set(excluded.map((n) => fold(n)));
  const found: CueNamed[] = [];
  for (const m of allMatches(text, CUE_BEFORE_NAME_RE)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 120);
    let name: string | null = null;
    const abjad = ABJAD_NAME_RE.exec(rest);
    if (abjad) name = abjad[0];
    else {
      const mention = findPersonMentions(rest)[0];
      if (mention && mention.index === 0) name = mention.name;
    }
    if (!name || name.split(/\s+/).length > 4) continue;
    if (!NAME_END_RE.test(rest.slice(name.length))) continue;
    if (!isCompletePersonName(name) || namesFirmOrInstitution(name) || skip.has(fold(name))) continue;
    const role = m[1] ? m[1] : roleNear(text, { name, index: start });
    found.push({ name, role: role ?? null, written: m[0] + name });
  }
  const names = new Set(found.map((f) => fold(f.name)));
  return names.size === 1 ? found[0]! : null;
}
