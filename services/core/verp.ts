// VERP (variable envelope return path): every outgoing mail's envelope sender names its
// outbox row, partners+b-<id>@vendor, so a bounce that quotes nothing of the original still
// finds the mail it reports on. The parser reads it back (services/parser/machine-mail).

/** `partners@vendor` + 41 -> `partners+b-41@vendor` (any display name or `+tag` is dropped). */
export function verpAddress(base: string, outboxId: number): string {
  const bare = (/<([^>]+)>/.exec(base)?.[1] ?? base).trim();
  const at = bare.lastIndexOf("@");
  const local = bare.slice(0, at).split("+")[0];
  return `${local}+b-${outboxId}@${bare.slice(at + 1)}`;
}

/** A VERP address anywhere in a text: group 1 is the outbox id. */
export const VERP_ADDRESS_RE = /[a-z0-9._-]{1,64}\+b-(\d{1,12})@[a-z0-9.-]{1,253}/i;
