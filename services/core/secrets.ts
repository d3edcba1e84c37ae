// Compares secrets (tokens, signatures) in constant time: hashing first makes the lengths equal,
// so neither the content nor the length of the expected value leaks through timing.
import { createHash, timingSafeEqual } from "node:crypto";

export function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}
