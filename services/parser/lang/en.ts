// English label words (the label before the colon in "Company: Acme Ltd"), by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["company", "company name", "account", "account name", "customer", "customer name", "prospect", "prospect name", "prospect company", "client", "client name", "organisation", "organization", "end customer", "end user", "company / account", "legal name", "end-customer", "organisation name", "organization name", "prospect organisation", "prospect organization", "account / company", "business name", "business", "customer company", "end customer name", "organisation / company", "institution", "university", "school", "law firm", "practice", "charity", "ngo", "foundation", "hotel", "clinic"],
  website: ["website", "web site", "homepage", "home page", "web", "url", "domain", "internet", "site", "company website", "websites", "customer website", "prospect website", "company url", "company domain", "web address", "domain name"],
  contactName: ["contact", "name", "contact name", "primary contact", "main contact", "contact person", "key contact", "decision maker", "decision-maker", "full name", "prospect contact", "customer contact", "point of contact", "champion", "contact person name", "customer contact name", "who to talk to", "who to contact", "who", "person to contact", "client contact", "account contact"],
  role: ["title", "job title", "role", "position", "job role", "function", "designation", "contact title", "contact role", "job function", "title/role", "role/title", "position/title", "contact position"],
  email: ["email", "e-mail", "e mail", "mail", "email address", "e-mail address", "contact email", "contact e-mail", "work email", "contact mail", "email address of contact"],
  phone: ["phone", "telephone", "tel", "mobile", "cell", "contact phone", "direct"],
  stage: ["stage", "deal stage", "sales stage", "opportunity stage", "status", "phase", "current status", "next step", "next steps", "timeline", "where we are", "where we're at", "where we are at", "status / stage", "timing", "close stage"],
  value: ["budget", "estimated value", "estimated deal value", "deal size", "estimated deal size", "deal value", "value", "opportunity value", "amount", "estimated amount", "potential", "volume", "arr", "acv", "tcv", "estimated revenue", "expected value", "contract value", "size", "est. value", "est value", "estimated arr", "expected arr", "arr estimate", "opportunity size", "deal amount", "estimated budget", "investment", "size of the deal", "deal potential", "estimated deal", "expected deal size"],
  competitors: ["competitors", "competitor", "competition", "competing vendors", "other vendors", "alternatives", "competing solutions", "incumbent", "current vendor", "alternatives considered", "competitive situation", "competing", "also looking at", "also evaluating", "also considering", "other options", "shortlist"],
  need: ["need", "needs", "pain point", "pain points", "pain", "problem", "requirements", "requirement", "notes", "note", "background", "use case", "challenge", "situation", "context", "details"],
  region: ["region", "country", "location", "geography", "territory", "city", "state", "where", "canton", "province", "county", "area", "sales region", "market"],
  consent: ["consent", "consent to contact", "ok to contact", "okay to contact", "permission to contact", "contact permission", "may we contact", "opt-in", "contact consent", "okay to reach out", "ok to reach out", "contact allowed", "contact ok", "direct contact", "direct contact ok"],
  motion: ["partner type", "motion", "type", "deal type", "model", "partnership model", "partner model", "engagement", "engagement model", "buying route", "procurement", "purchasing", "route to market", "sales motion", "our role", "partner role", "how we'd transact", "how we would transact", "route", "transaction", "how we'd work it", "how we sell", "how we'll sell", "delivery", "delivery model"],
  product: ["product", "products", "product interest", "plan", "module", "modules", "edition", "interest"],
};

/** A prospect handing the matter to a colleague (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:will be|is now|is|becomes) (?:your|the) (?:main |new )?contact`, String.raw`contact (?:from here on|going forward|from now on)`,
  String.raw`hand(?:ed|ing|s)? (?:it |this |the matter )?(?:over )?to`, String.raw`step(?:ping)? back`, String.raw`take(?:s)? (?:it|this) (?:over|from here)`,
  String.raw`please (?:work|deal|liaise|coordinate) (?:directly )?with`, String.raw`(?:owns|is leading|will lead|is running|will run) (?:this|the) (?:project|initiative|evaluation|pilot)`,
];
/** The sender saying they stay the contact although a colleague is copied. */
export const staying: readonly string[] = [
  String.raw`keep me as (?:the |your )?(?:main |primary )?contact`, String.raw`i(?:'ll| will) (?:remain|stay) (?:the |your )?(?:main |primary )?contact`,
];
