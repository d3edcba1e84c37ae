// The short words mail programs put before a subject when answering or forwarding, per language,
// as data: one table for the parser (which reads past them), the partner commands (a command in
// the subject) and threading (an answer's subject gets no second "Re:").
/** Answer prefixes: EN/FR/ES/IT "Re", DE "AW", Nordic "SV", NL/DE "Antw", PL "Odp", PT-BR "Res", IT "R", FI "Vs";
 * and as mail clients write them in other scripts and languages: TR "Ynt" (Yanıt), ZH "回复"/"回覆"/"答复",
 * EL "ΑΠ" (Απάντηση), AR "رد", KO "회신". */
export const REPLY_PREFIXES = [
  "re",
  "aw",
  "sv",
  "antw",
  "odp",
  "res",
  "r",
  "vs",
  "ynt",
  "回复",
  "回覆",
  "答复",
  "απ",
  "رد",
  "회신",
] as const;
/** Forward prefixes: EN "Fw/Fwd", DE "WG", FR "TR", ES "RV", PT "Enc", PL "PD", SV "VB", FI "VL", NL "Doorst". */
export const FORWARD_PREFIXES = ["fw", "fwd", "wg", "tr", "rv", "enc", "pd", "vb", "vl", "doorst"] as const;

const alternation = (words: readonly string[]) => words.join("|");
// "Re: AW:  Fwd :" — any run of them, each a whole word followed by a colon (or the full-width
// colon of East Asian input, "回复：")
const REPLY_RE = new RegExp(String.raw`^\s*(?:${alternation(REPLY_PREFIXES)})\s*[:：]`, "iu");
const ALL_RE = new RegExp(
  String.raw`^(?:\s*(?:${alternation([...REPLY_PREFIXES, ...FORWARD_PREFIXES])})\s*[:：][ \t]*)+`,
  "iu",
);

/** The subject without the answer and forward prefixes in front of it. */
export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(ALL_RE, "");
}

/** Whether the subject already starts with an answer prefix. */
export function hasReplyPrefix(subject: string): boolean {
  return REPLY_RE.test(subject);
}
