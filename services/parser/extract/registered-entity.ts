// The registered entity beside a trading name. People call a business by the name it trades under
// ("Corfu Town Rentals"), but a deal registration protects the legal entity that signs ("Kerkyra
// Rentals Single Member P.C."). Where the text marks a legal name as the registered one, the
// registration carries it; where it marks more than one, which is the prospect is left open.
// The markers are data (lang/legal-entity.ts). Pure.
import { registerIds, tradingAs } from "../lang/legal-entity.ts";
import { PARENT_BEFORE_RE } from "../lang/index.ts";
import { legalNamesIn } from "./company.ts";
import { LEGAL_FORM_END_RE } from "./organization.ts";
import { alnum, fold } from "./text-utils.ts";

/** a register or tax number right after the name: "(NZBN 94…)", " – CUIT 30-…", " · Reg. 2016/…" */
const REGISTER_AFTER_RE = new RegExp(
  String.raw`^[ \t]{0,3}(?:[(\[,:|·–—-][ \t]{0,3})?(?:${registerIds.join("|")})\.?(?:[ \t]?(?:no|nr|number|#)\.?)?[ \t]{0,3}[:.]?[ \t]{0,3}\p{Lu}{0,3}[ \t-]?\d`,
  "iu",
);
/** the name it trades under right after it: "(trading as …)", ", t/a …" */
const TRADING_AFTER_RE = new RegExp(
  String.raw`^[ \t]{0,3}[(,;–—-]?[ \t]{0,3}(?:${tradingAs.join("|")})[ \t]+["“]?\p{Lu}`,
  "iu",
);

/** Legal names the text marks as registered: a register number or a trading name written right after. */
export function registeredNamesIn(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    for (const p of legalNamesIn(line)) {
      const after = line.slice(p.index + p.name.length);
      if (!REGISTER_AFTER_RE.test(after) && !TRADING_AFTER_RE.test(after)) continue;
      // "(parent is Acme Holdings Ltd, company no. …)": the owner, not the prospect
      if (PARENT_BEFORE_RE.test(line.slice(Math.max(0, p.index - 40), p.index))) continue;
      out.push(p.name);
    }
  }
  return out;
}

/** A name without its legal form, folded: "Acme Rentals Ltd" and "ACME Rentals" are one entity. */
export function entityKey(name: string): string {
  return alnum(fold(name.replace(LEGAL_FORM_END_RE, "")));
}
