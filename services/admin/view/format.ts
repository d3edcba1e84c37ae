// Small pure formatters for the pages (UTC, so every ops person reads the same time).

export function formatTime(d: Date | null | undefined): string {
  if (!d) return "";
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "45 s", "12 min", "5 h", "3 d" */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–";
  const s = Math.max(0, seconds);
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 48 * 3600) return `${Math.round((s / 3600) * 10) / 10} h`;
  return `${Math.round((s / 86400) * 10) / 10} d`;
}

export function formatAge(since: Date, now: Date): string {
  return formatDuration((now.getTime() - since.getTime()) / 1000);
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** A list of addresses (jsonb array or null) as one line. */
export function addressLine(list: unknown): string {
  return Array.isArray(list) ? list.map(String).join(", ") : "";
}
