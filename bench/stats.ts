// Small statistics shared by the benches.

/** The p-th percentile (p in 0..100) of unsorted samples, NaN when there are none. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
