// The labelled machine-mail set (tests/fixtures/machine-mail/<family>/labels.json) and its
// scoring: per family bounce recall and precision, on four copies of every file (LF, CRLF,
// bare CR, leading mbox "From " line). Shared by the gate test and `npm run eval:machine-mail`.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

export const MACHINE_MAIL_DIR = resolve(import.meta.dirname, "../../fixtures/machine-mail");

const Label = z.object({
  kind: z.enum(["bounce", "auto_reply", "other", "person"]),
  type: z.enum(["hard", "soft", "delay", "success"]).optional(),
  status: z
    .string()
    .regex(/^[245]\.\d{1,3}\.\d{1,3}$/)
    .optional(),
  recipient: z.string().optional(),
  messageId: z.string().nullable().optional(),
  outboxId: z.number().int().optional(),
  returnDate: z.string().nullable().optional(),
});
export type Label = z.infer<typeof Label>;

export interface LabelledMail {
  family: string;
  file: string;
  raw: Buffer;
  label: Label;
}

export function loadLabelledSet(): LabelledMail[] {
  const out: LabelledMail[] = [];
  for (const family of readdirSync(MACHINE_MAIL_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const dir = join(MACHINE_MAIL_DIR, family);
    const labels = z.record(z.string(), Label).parse(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .sort();
    for (const file of files) {
      const label = labels[file];
      if (!label) throw new Error(`${family}/${file} has no entry in labels.json`);
      out.push({ family, file, raw: readFileSync(join(dir, file)), label });
    }
    for (const name of Object.keys(labels))
      if (!files.includes(name)) throw new Error(`${family}/labels.json names missing file ${name}`);
  }
  return out;
}

export type Variant = "lf" | "crlf" | "cr" | "mbox";
export const VARIANTS: Variant[] = ["lf", "crlf", "cr", "mbox"];

/** The same bytes with other line endings, or behind an mbox separator line. */
export function variantOf(raw: Buffer, v: Variant): Buffer {
  const lf = Buffer.from(raw.toString("latin1").replace(/\r\n?/g, "\n"), "latin1");
  if (v === "lf") return lf;
  if (v === "mbox") return Buffer.concat([Buffer.from("From MAILER-DAEMON Thu Dec  3 10:14:07 2026\n"), lf]);
  return Buffer.from(lf.toString("latin1").replace(/\n/g, v === "crlf" ? "\r\n" : "\r"), "latin1");
}

/** What a recogniser said about one message. */
export interface Observed {
  kind: string;
  type?: string | null;
  status?: string | null;
  recipient?: string | null;
  messageId?: string | null;
  outboxId?: number | null;
  returnDate?: string | null;
}

export interface Outcome {
  mail: LabelledMail;
  variant: Variant;
  observed: Observed;
}

export async function runSet(
  recognise: (raw: Buffer) => Promise<Observed>,
  variants: Variant[] = VARIANTS,
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const mail of loadLabelledSet()) {
    for (const variant of variants)
      out.push({ mail, variant, observed: await recognise(variantOf(mail.raw, variant)) });
  }
  return out;
}

export interface FamilyScore {
  family: string;
  bounces: number;
  found: number;
  calledBounce: number;
  recall: number;
  precision: number;
}

/** Per family (and "ALL"): recall over labelled bounces, precision over what was called a bounce. */
export function scoreFamilies(outcomes: Outcome[]): FamilyScore[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(o.mail.family, [...(groups.get(o.mail.family) ?? []), o]);
  groups.set("ALL", outcomes);
  return [...groups].map(([family, list]) => {
    const bounces = list.filter((o) => o.mail.label.kind === "bounce").length;
    const found = list.filter((o) => o.mail.label.kind === "bounce" && o.observed.kind === "bounce").length;
    const calledBounce = list.filter((o) => o.observed.kind === "bounce").length;
    return {
      family,
      bounces,
      found,
      calledBounce,
      recall: bounces ? found / bounces : 1,
      precision: calledBounce ? found / calledBounce : 1,
    };
  });
}

/** Machine mail that is not a bounce but was called one: the gate allows none. */
export function falseBounces(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((o) => o.mail.label.kind !== "bounce" && o.observed.kind === "bounce");
}

/**
 * Labelled details (type, status, recipient, Message-ID, outbox id, return date) read wrong.
 * A recogniser that does not report a detail at all (undefined) is not scored on it.
 */
export function detailMisses(outcomes: Outcome[]): { field: string; outcome: Outcome; want: unknown }[] {
  const misses: { field: string; outcome: Outcome; want: unknown }[] = [];
  for (const o of outcomes) {
    const l = o.mail.label;
    const check = (field: keyof Observed, want: unknown) => {
      if (want !== undefined && o.observed[field] !== undefined && o.observed[field] !== want)
        misses.push({ field, outcome: o, want });
    };
    if (l.kind === "bounce" && o.observed.kind === "bounce") {
      check("type", l.type);
      check("status", l.status);
      check("recipient", l.recipient);
      check("messageId", l.messageId);
      if (l.outboxId !== undefined) check("outboxId", l.outboxId);
    }
    if (l.kind === "auto_reply" && o.observed.kind === "auto_reply") check("returnDate", l.returnDate);
  }
  return misses;
}
