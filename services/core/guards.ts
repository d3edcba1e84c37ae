// Type guards for values whose type is not known until read (thrown values, foreign JSON,
// library objects): narrowing by a check, never by a cast.

/** Any non-null object (arrays included): its properties can be read, each still unknown. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** An array whose every element passes `is`. */
export function isListOf<T>(v: unknown, is: (x: unknown) => x is T): v is T[] {
  return Array.isArray(v) && v.every(is);
}
