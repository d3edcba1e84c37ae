// The few words of the mails that depend on data (labels, statuses, reasons), in both languages.
import type { Registration } from "../../parser/schema.ts";
import type { Lang } from "../../notifier/render.ts";

export type { Lang };

const LABELS: Record<string, Record<Lang, string>> = {
  "company.name": { en: "Company", de: "Firma" },
  "company.domain": { en: "Website / domain", de: "Website / Domain" },
  "contact.name": { en: "Contact person", de: "Ansprechpartner" },
  "contact.email": { en: "Contact e-mail", de: "E-Mail des Ansprechpartners" },
  "contact.role": { en: "Role", de: "Position" },
  "contact.phone": { en: "Phone", de: "Telefon" },
  "context.problem": { en: "Need", de: "Bedarf" },
  stage: { en: "Stage", de: "Phase" },
  motion: { en: "Motion", de: "Art der Partnerschaft" },
  consent: { en: "Prospect agreed to be contacted", de: "Interessent einverstanden mit Kontakt" },
  geography: { en: "Region", de: "Region" },
  estimatedValue: { en: "Estimated value", de: "Geschätzter Wert" },
  productInterest: { en: "Product", de: "Produkt" },
  competitors: { en: "Competitors", de: "Wettbewerber" },
};

const VALUES: Record<string, Record<Lang, string>> = {
  new_intro: { en: "new introduction", de: "Erstkontakt" },
  discovery_scheduled: { en: "first meeting scheduled", de: "Termin vereinbart" },
  evaluation: { en: "evaluation", de: "Evaluierung" },
  referral: { en: "referral", de: "Empfehlung" },
  resale: { en: "resale", de: "Wiederverkauf" },
  marketplace: { en: "cloud marketplace", de: "Cloud-Marktplatz" },
  services: { en: "services", de: "Dienstleistung" },
  technology: { en: "technology / co-sell", de: "Technologie / Co-Sell" },
  true: { en: "yes", de: "ja" },
  false: { en: "no", de: "nein" },
};

const STATUS: Record<string, Record<Lang, string>> = {
  incomplete: { en: "pending, waiting for the missing details", de: "in Prüfung, fehlende Angaben ausstehend" },
  pending: { en: "pending, waiting for a manager's decision", de: "in Prüfung, Entscheidung ausstehend" },
  info_requested: { en: "pending, question to the partner", de: "in Prüfung, Rückfrage an den Partner" },
  conflict: { en: "pending, needs a manager's review", de: "in Prüfung, wird von einem Manager geprüft" },
  approved: { en: "approved", de: "genehmigt" },
  rejected: { en: "rejected", de: "abgelehnt" },
  expired: { en: "expired", de: "abgelaufen" },
};

export function fieldLabel(path: string, lang: Lang): string {
  return LABELS[path]?.[lang] ?? path;
}

export function statusText(status: string, lang: Lang): string {
  return STATUS[status]?.[lang] ?? status;
}

// Building an Intl formatter loads locale data and costs far more than formatting: one per
// language (and currency), built once.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(date: Date, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f)
    dateFormats.set(
      lang,
      (f = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" })),
    );
  return f.format(date);
}

function formatMoney(amount: number, currency: string, lang: Lang): string {
  const key = `${lang}:${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", {
        style: "currency",
        currency,
        maximumFractionDigits: 0,
      });
    } catch {
      return `${amount} ${currency}`; // not an ISO 4217 code: shown as written
    }
    if (moneyFormats.size < 200) moneyFormats.set(key, f); // currencies come from mail: bounded
  }
  return f.format(amount);
}

/** The fields we understood, as label/value lines in the partner's language. */
export function understoodLines(reg: Registration, lang: Lang): Array<{ label: string; value: string }> {
  const lines: Array<{ label: string; value: string }> = [];
  const add = (path: string, value: string | null | undefined) => {
    if (value) lines.push({ label: fieldLabel(path, lang), value: oneLine(value) });
  };
  add("company.name", reg.company.name);
  add("company.domain", reg.company.domain);
  add("contact.name", reg.contact.name);
  add("contact.email", reg.contact.email);
  add("contact.role", reg.contact.role);
  add("contact.phone", reg.contact.phone);
  add("context.problem", reg.context.problem);
  add("stage", reg.stage ? VALUES[reg.stage]?.[lang] : null);
  add("motion", reg.motion ? VALUES[reg.motion]?.[lang] : null);
  add("consent", reg.consent === null ? null : VALUES[String(reg.consent)]?.[lang]);
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
