// Which firm an address belongs to: its registrable domain (a colleague at uk.brightpath.com is
// the same firm as one at brightpath.com), except at free-mail providers, where an address is
// only ever itself. Pure.
import { domainOfEmail, isFreeMailDomain } from "./domain.ts";

export type Firm = { kind: "domain"; key: string } | { kind: "address"; key: string };

export function firmOf(address: string): Firm | null {
  const bare = (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const domain = domainOfEmail(bare);
  if (!domain) return null;
  return isFreeMailDomain(domain) ? { kind: "address", key: bare } : { kind: "domain", key: domain };
}

/** The stable text form stored with status tokens and settings. */
export function firmKey(firm: Firm): string {
  return `${firm.kind}:${firm.key}`;
}

export function parseFirmKey(key: string): Firm | null {
  const m = /^(domain|address):(.+)$/.exec(key);
  if (!m?.[2]) return null;
  return m[1] === "domain" ? { kind: "domain", key: m[2] } : { kind: "address", key: m[2] };
}
