// Renders a mail from a handlebars template: the first line is "Subject: …", then a blank
// line, then the plain-text body. Render is separate from sending (render, then send).
// A template is written once for every language: its words come from the language tables
// (services/notifier/i18n) through `{{t "section.key" name=value}}`.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { isLang, say, type Lang, type TextVars } from "./i18n/index.ts";

export type { Lang };

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "mail");

export interface RenderedMail {
  subject: string;
  text: string;
}

// Plain text, so no HTML escaping; values are flattened to single lines by the caller (oneLine).
const hbs = Handlebars.create();
function langOf(data: unknown): Lang | null {
  return typeof data === "object" &&
    data !== null &&
    "lang" in data &&
    typeof data.lang === "string" &&
    isLang(data.lang)
    ? data.lang
    : null;
}

hbs.registerHelper("t", function (this: unknown, key: unknown, options: Handlebars.HelperOptions) {
  const lang = langOf(options.data);
  if (typeof key !== "string" || !lang) throw new Error('{{t}} needs a key and a language: {{t "section.key"}}');
  const vars: TextVars = options.hash;
  return say(lang, key, vars);
});
hbs.registerPartial(
  "greeting",
  '{{#if greetingName}}{{t "common.hello" name=greetingName}}{{else}}{{t "common.helloAll"}}{{/if}}\n',
);
hbs.registerPartial("signOff", '{{t "common.signOff"}}\n{{teamName}}\n');

const cache = new Map<string, Handlebars.TemplateDelegate>();

function compiled(name: string): Handlebars.TemplateDelegate {
  let tpl = cache.get(name);
  if (!tpl) {
    tpl = hbs.compile(readFileSync(join(TEMPLATE_DIR, `${name}.hbs`), "utf8"), { noEscape: true, strict: false });
    cache.set(name, tpl);
  }
  return tpl;
}

export function renderMail(name: string, lang: Lang, context: Record<string, unknown>): RenderedMail {
  const out = compiled(name)(context, { data: { lang } });
  const m = /^Subject:[ \t]*(.*)\r?\n\r?\n?/.exec(out);
  if (!m) throw new Error(`template ${name} must start with a "Subject:" line`);
  const subject = (m[1] ?? "").replace(/[\r\n]+/g, " ").trim();
  const text = out
    .slice(m[0].length)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { subject, text: `${text}\n` };
}
