// A bounded memo for the pure string functions the rule extractors call again and again on the
// same short strings of a mail (names, labels, addresses): the second call is a map lookup.

/**
 * `fn` with its answers kept for inputs up to `maxChars` long; the map is cleared when it holds
 * `maxEntries`, so memory stays bounded however many mails pass through.
 */
export function memoised<T>(fn: (s: string) => T, maxEntries = 4096, maxChars = 256): (s: string) => T {
  // one lookup per call, hit or miss (has() then get() probed the map twice on every hit); each
  // answer is kept in a box, so that an answer that is itself undefined is told from a miss
  const kept = new Map<string, { value: T }>();
  return (s: string): T => {
    if (s.length > maxChars) return fn(s);
    const known = kept.get(s);
    if (known) return known.value;
    const value = fn(s);
    if (kept.size >= maxEntries) kept.clear();
    kept.set(s, { value });
    return value;
  };
}
