// The words of the mails that depend on data (labels, statuses, values, conflicts), read from the
// language tables (services/notifier/i18n), and the one rule for which language a case speaks.
import type { Registration } from "../../parser/schema.ts";
import type { Case } from "../../repos/cases.ts";
import {
  formatDate,
  formatMoney,
  LANGS,
  mailLang,
  say,
  type FieldPath,
  type Lang,
  type ValueWord,
} from "../../notifier/i18n/index.ts";

export { formatDate, formatMoney, mailLang, say, type Lang };

/** The language of every mail and page about a case: the one the parser detected in the partner's mail. */
export function caseLang(caseRow: Pick<Case, "language">): Lang {
  return mailLang(caseRow.language);
}

export function fieldLabel(path: string, lang: Lang): string {
  const fields: Record<string, string> = LANGS[lang].fields;
  return Object.hasOwn(fields, path) ? fields[path]! : path;
}

export function statusText(status: string, lang: Lang): string {
  const statuses: Record<string, string> = LANGS[lang].statuses;
  return Object.hasOwn(statuses, status) ? statuses[status]! : status;
}

function valueWord(value: ValueWord, lang: Lang): string {
  return LANGS[lang].values[value];
}

/** The fields we understood, as label/value lines in the partner's language. */
export function understoodLines(reg: Registration, lang: Lang): Array<{ label: string; value: string }> {
  const lines: Array<{ label: string; value: string }> = [];
  const add = (path: FieldPath, value: string | null | undefined) => {
    if (value) lines.push({ label: fieldLabel(path, lang), value: oneLine(value) });
  };
  add("company.name", reg.company.name);
  add("company.domain", reg.company.domain);
  add("contact.name", reg.contact.name);
  add("contact.email", reg.contact.email);
  add("contact.role", reg.contact.role);
  add("contact.phone", reg.contact.phone);
  add("context.problem", reg.context.problem);
  add("stage", reg.stage ? valueWord(reg.stage, lang) : null);
  add("motion", reg.motion ? valueWord(reg.motion, lang) : null);
  add("consent", reg.consent === null ? null : valueWord(reg.consent ? "true" : "false", lang));
  add("geography", reg.geography);
  add(
    "estimatedValue",
    reg.estimatedValue ? formatMoney(reg.estimatedValue.amount, reg.estimatedValue.currency, lang) : null,
  );
  add("productInterest", reg.productInterest);
  add("competitors", reg.competitors.length ? reg.competitors.join(", ") : null);
  return lines;
}

/** Untrusted values go into plain-text mail: one line each, bounded, no control characters. */
export function oneLine(value: string, max = 300): string {
  const flat = value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
