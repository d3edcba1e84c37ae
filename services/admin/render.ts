// Handlebars pages from templates/admin. Mail content reaches the page only through `{{ }}`
// (escaped); no template uses `{{{ }}}`. Pages share the layout partial via a partial block.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Handlebars from "handlebars";

export const TEMPLATES_DIR = resolve(import.meta.dirname, "../../templates/admin");

export type Render = (page: string, data: Record<string, unknown>) => string;

export function createRenderer(dir: string = TEMPLATES_DIR): Render {
  const hb = Handlebars.create();
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  const pages = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".hbs"))) {
    const name = file.slice(0, -4);
    const source = readFileSync(join(dir, file), "utf8");
    if (name.startsWith("_")) hb.registerPartial(name.slice(1), source);
    else pages.set(name, hb.compile(source, { strict: false, noEscape: false }));
  }
  return (page, data) => {
    const tpl = pages.get(page);
    if (!tpl) throw new Error(`no admin template ${page}`);
    return tpl(data);
  };
}

export function adminCss(dir: string = TEMPLATES_DIR): string {
  return readFileSync(join(dir, "admin.css"), "utf8");
}
