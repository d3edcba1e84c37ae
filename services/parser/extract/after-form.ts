// Where a partner's form of labelled lines ("Company: …", "Region: …", "Value: …") gives way to prose:
// the paragraph written right below (or inside) such a form is about the prospect the form names,
// whatever its grammatical subject ("Tienen 4 lanchas …; las reservas se anotan a mano",
// "Kolme hinaajaa, tilaukset tulevat puhelimella …"). Pure.
import { labelField } from "./labels.ts";
import { lineStarts } from "../text/line-starts.ts";

// a label line: bullets or a number, a short label, a colon (half or full width) and a value
const LABEL_LINE_RE = /^[\s*•·■□◆▪\-–\d.)]*([^:：\n]{1,40}?)\s*[:：]\s*\S/u;
const ASIDE_LINE_RE = /^\s*[(（][^\n]*[)）]\s*$/u;
// a form is at least this many label lines that the label tables know
const FORM_LINES = 3;

/** A label line's kind: one the label tables know, one they do not (its value from `valueAt`), or none. */
function labelLine(line: string): { known: boolean; valueAt: number } | null {
  const m = LABEL_LINE_RE.exec(line);
  if (!m) return null;
  return { known: labelField(m[1]!.trim()) !== null, valueAt: m[0].length - 1 };
}

/** A stretch of prose in a form's text: [from, to), the prose proper starting at `valueAt`. */
export interface FormProse {
  from: number;
  to: number;
  valueAt: number;
}

/**
 * The prose of a form of at least FORM_LINES label lines the tables know, written below a line of
 * the letter (a greeting, a request to register): the paragraph right below
 * it (blank lines between skipped), up to the next blank or label line; and the value of a line
 * inside it whose label the tables do not know ("Tatizo: …", "Konu: …": a need in a language
 * without a table, or a note).
 */
export function proseAfterForm(text: string): FormProse[] {
  const lines = text.split("\n");
  const starts = lineStarts(text);
  const out: FormProse[] = [];
  let labels = 0;
  // a form that opens the text is pasted above the letter, whose prose below starts with the
  // partner's greeting and their own part: only a form written into a letter is read so
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (an aside in brackets among the lines, "(no e-mail yet)", goes on with the form)
    if (!line.trim() || ASIDE_LINE_RE.test(line)) continue;
    const label = labelLine(line);
    if (!prose && !label) prose = true;
    if (!prose) continue;
    if (label?.known) labels++;
    else if (label && labels >= FORM_LINES)
      out.push({ from: starts[i]!, to: starts[i]! + line.length, valueAt: starts[i]! + label.valueAt });
    if (label) continue;
    if (labels >= FORM_LINES) {
      let j = i;
      while (j < lines.length && lines[j]!.trim() && !labelLine(lines[j]!) && !ASIDE_LINE_RE.test(lines[j]!)) j++;
      out.push({ from: starts[i]!, to: starts[j - 1]! + lines[j - 1]!.length, valueAt: starts[i]! });
      i = j - 1;
    }
    labels = 0;
  }
  return out;
}
