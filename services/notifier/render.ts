// Renders a mail from a handlebars template: the first line is "Subject: …", then a blank
// line, then the plain-text body. Render is separate from sending (render, then send).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "mail");

/** The languages every template exists in. */
export type Lang = "en" | "de";

export interface RenderedMail {
  subject: string;
  text: string;
}

// Plain text, so no HTML escaping; values are flattened to single lines by the caller (oneLine).
const hbs = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

function compiled(name: string, lang: Lang): Handlebars.TemplateDelegate {
  const key = `${name}.${lang}`;
  let tpl = cache.get(key);
  if (!tpl) {
    tpl = hbs.compile(readFileSync(join(TEMPLATE_DIR, `${key}.hbs`), "utf8"), { noEscape: true, strict: false });
    cache.set(key, tpl);
  }
  return tpl;
}

export function renderMail(name: string, lang: Lang, context: Record<string, unknown>): RenderedMail {
  const out = compiled(name, lang)(context);
  const m = /^Subject:[ \t]*(.*)\r?\n\r?\n?/.exec(out);
  if (!m) throw new Error(`template ${name}.${lang} must start with a "Subject:" line`);
  const subject = (m[1] ?? "").replace(/[\r\n]+/g, " ").trim();
  const text = out
    .slice(m[0].length)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { subject, text: `${text}\n` };
}
