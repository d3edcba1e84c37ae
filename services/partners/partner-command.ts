// What a partner can ask of the inbox besides registering: `status` (all their firm's cases),
// `status REG-2026-000123` (one case), and `unsubscribe` (no more digests), in the words of every
// partner language (`commands` in services/notifier/i18n/*: "Stand", "statut", "abmelden", …).
// Only the first non-empty line of the new text counts (else the subject), and only when it is
// exactly such a command: "Status: evaluation" in an answer is a field, not a request.
// Pure; the words are data.
import { isLang, LANGS, type Lang } from "../notifier/i18n/index.ts";
import { stripSubjectPrefixes } from "../core/subject-prefixes.ts";

export type PartnerCommand =
  { command: "status"; caseNumber: string | null; lang: Lang | null } | { command: "unsubscribe"; lang: Lang | null };

type Word = { command: "status" | "unsubscribe"; lang: Lang | null };

/** Every language's command words; a word of several languages ("status") names none of them. */
function commandWords(): Map<string, Word> {
  const words = new Map<string, Word>();
  for (const [lang, t] of Object.entries(LANGS)) {
    if (!isLang(lang)) continue;
    for (const command of ["status", "unsubscribe"] as const) {
      for (const w of t.commands[command]) {
        const key = w.toLowerCase();
        const prev = words.get(key);
        words.set(key, prev && prev.lang !== lang ? { command, lang: null } : { command, lang });
      }
    }
  }
  return words;
}

const WORDS = commandWords();

const LINE_RE = /^(\p{L}+)(?:\s+(REG-\d{4}-\d{6}))?\s*[.!?]*$/iu;
function firstLine(text: string): string {
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const trimmed = line
      .trim()
      .replace(/^[*_]+|[*_]+$/g, "")
      .trim();
    if (trimmed) return trimmed;
  }
  return "";
}

function commandIn(line: string): PartnerCommand | null {
  const m = LINE_RE.exec(line);
  const word = m ? WORDS.get((m[1] ?? "").toLowerCase()) : undefined;
  if (!m || !word) return null;
  if (word.command === "unsubscribe") return m[2] ? null : { command: "unsubscribe", lang: word.lang };
  return { command: "status", caseNumber: m[2]?.toUpperCase() ?? null, lang: word.lang };
}

/** `newText`: the mail's new text with quotes and signature stripped. */
export function parsePartnerCommand(newText: string, subject: string): PartnerCommand | null {
  const line = firstLine(newText);
  if (line) return commandIn(line);
  // An empty body: the subject may carry the command ("status", "Re: Stand").
  return commandIn(
    stripSubjectPrefixes(subject)
      .replace(/\[REG-\d{4}-\d{6}\]\s*/i, "")
      .trim(),
  );
}
