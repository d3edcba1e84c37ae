// Keys that decide whether two registrations name the same prospect. Pure.
const LEGAL_FORMS = new Set(
  (
    "gmbh mbh ag kg kgaa se ug eg ev inc incorporated ltd ltda limited llc llp corp corporation co company plc sa sas sarl srl sl spa " +
    "bv nv oy ab as aps ou pty pte lp cv holding holdings group gruppe"
  ).split(" "),
);
const CONNECTORS = new Set(["&", "and", "und", "the", "der", "die", "das"]);

/**
 * "Castlegate Dental Group Ltd" and "castlegate dental" give the same key; legal forms, dots,
 * accents and connectors do not count. Null when too little is left to compare safely.
 */
export function companyKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[./]/g, "")
    .replace(/[^a-z0-9&]+/g, " ")
    .split(" ")
    .filter((w) => w && !LEGAL_FORMS.has(w) && !CONNECTORS.has(w));
  const key = words.join(" ");
  return key.length >= 3 ? key : null;
}
