// Manager decisions by e-mail: the FIRST non-empty line of the new (already stripped) text is the
// command; nothing else in the mail counts, so a word in prose, a quote or a signature never
// decides a case. Deliberately strict: anything that is not exactly a command word (plus an
// argument where one is allowed) is no command at all.
//
//   approve | approved | genehmigt                        -> approve, argument null
//   reject [reason] | abgelehnt [Grund]                   -> reject, argument = reason or null
//   info <question> | rückfrage <Frage> | rueckfrage …    -> info, argument = question or null
//
// Case-insensitive; a colon or dash may follow the word ("reject: too small"); trailing "." or "!"
// is ignored. A question mark ("approve?") makes it a question, not a command. `reject` or `info`
// without text still parse, with argument null: the caller decides whether to ask for a reason.

export type ReplyCommandName = "approve" | "reject" | "info";

export interface ReplyCommand {
  command: ReplyCommandName;
  /** The reason (reject) or question (info), trimmed; null when none was given. */
  argument: string | null;
}

const WORDS: Record<string, ReplyCommandName> = {
  approve: "approve",
  approved: "approve",
  genehmigt: "approve",
  reject: "reject",
  rejected: "reject",
  abgelehnt: "reject",
  info: "info",
  rückfrage: "info",
  rueckfrage: "info",
};

const TAKES_ARGUMENT: Record<ReplyCommandName, boolean> = { approve: false, reject: true, info: true };

// A word, then optionally a separator (":", "-", "–") and/or whitespace and the argument.
const LINE_RE = /^(\p{L}+)(?:\s*[:\-–—]\s*|\s+)?(.*)$/u;

function firstLine(text: string): string | null {
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    // Markdown/rich-text clients sometimes wrap a word in * or _; a quote (">") is never a command.
    const trimmed = line
      .trim()
      .replace(/^[*_]+|[*_]+$/g, "")
      .trim();
    if (trimmed !== "") return trimmed;
  }
  return null;
}

export function parseReplyCommand(newText: string): ReplyCommand | null {
  const line = firstLine(newText);
  if (line === null) return null;
  const m = LINE_RE.exec(line);
  if (!m) return null;
  const command = WORDS[(m[1] ?? "").toLowerCase()];
  if (command === undefined) return null;
  const rest = (m[2] ?? "").trim();
  if (!TAKES_ARGUMENT[command]) {
    // Only closing punctuation may follow an approval: "approve it?" or "approved by whom" is not one.
    return /^[.!]*$/.test(rest) ? { command, argument: null } : null;
  }
  if (rest === "" || /^[.!]+$/.test(rest)) return { command, argument: null };
  // "reject?" / "info?" alone are questions about the command, not commands.
  if (/^\?+$/.test(rest)) return null;
  return { command, argument: rest };
}
