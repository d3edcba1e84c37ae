// Per-case reply addresses: `partners+<token>@vendor`. A token is 160 random bits in lower-case
// base32 (safe in an e-mail local part, case-insensitive as some servers fold case); the
// database keeps only its sha256, so a leaked database row cannot be replayed as an address.
import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function newToken(): string {
  return base32(randomBytes(20));
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token.toLowerCase()).digest("hex");
}

function split(address: string): { local: string; domain: string } | null {
  const bare = (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const at = bare.lastIndexOf("@");
  return at > 0 ? { local: bare.slice(0, at), domain: bare.slice(at + 1) } : null;
}

/** `partners@x` + token -> `partners+token@x`. */
export function replyAddress(inbound: string, token: string): string {
  const parts = split(inbound);
  if (!parts) throw new Error(`not an address: ${inbound}`);
  return `${parts.local.split("+")[0]}+${token}@${parts.domain}`;
}

/** The `+token` parts of the addresses that go to our inbound mailbox. */
export function tokensInAddresses(addresses: string[], inbound: string): string[] {
  const own = split(inbound);
  if (!own) return [];
  const base = own.local.split("+")[0];
  const tokens: string[] = [];
  for (const a of addresses) {
    const p = split(a);
    if (!p || p.domain !== own.domain) continue;
    const plus = p.local.indexOf("+");
    if (plus < 0 || p.local.slice(0, plus) !== base) continue;
    const token = p.local.slice(plus + 1);
    if (/^[a-z2-7]{16,64}$/.test(token)) tokens.push(token);
  }
  return tokens;
}
