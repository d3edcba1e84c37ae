// What a partner can ask of the inbox besides registering: `status` (all their firm's cases),
// `status REG-2026-000123` (one case), German `Stand`, and `unsubscribe` / `abmelden` (no more
// digests). Only the first non-empty line of the new text counts (else the subject), and only
// when it is exactly such a command: "Status: evaluation" in an answer is a field, not a request.
// Pure; the words are data.

export type PartnerCommand =
  | { command: "status"; caseNumber: string | null; lang: "en" | "de" | null }
  | { command: "unsubscribe"; lang: "en" | "de" | null };

const WORDS: Record<string, { command: "status" | "unsubscribe"; lang: "en" | "de" | null }> = {
  status: { command: "status", lang: null },
  stand: { command: "status", lang: "de" },
  statusabfrage: { command: "status", lang: "de" },
  unsubscribe: { command: "unsubscribe", lang: "en" },
  abmelden: { command: "unsubscribe", lang: "de" },
  abbestellen: { command: "unsubscribe", lang: "de" },
};

const LINE_RE = /^(\p{L}+)(?:\s+(REG-\d{4}-\d{6}))?\s*[.!?]*$/iu;
const SUBJECT_PREFIX_RE = /^\s*(?:(?:re|aw|sv|antw|fwd?|wg)\s*:\s*)+/i;

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
  const word = m ? WORDS[(m[1] ?? "").toLowerCase()] : undefined;
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
    subject
      .replace(SUBJECT_PREFIX_RE, "")
      .replace(/\[REG-\d{4}-\d{6}\]\s*/i, "")
      .trim(),
  );
}
