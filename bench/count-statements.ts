// Counts the SQL statements this process sends to PostgreSQL (node-pg's Client#query), by the
// statement's first words, so a bench can print statements per mail. BEGIN and COMMIT count too.
import pg from "pg";

const counts = new Map<string, number>();
let total = 0;
let installed = false;

function label(text: string): string {
  const t = text.replace(/\s+/g, " ").trim().toLowerCase();
  const table = /^(?:with .*? )?(insert into|update|delete from|select .*? from) "?([a-z_]+)"?/.exec(t);
  if (t.startsWith("begin") || t.startsWith("commit") || t.startsWith("rollback")) return t.split(" ")[0]!;
  if (t.startsWith("with ")) return `with … (${t.slice(5, 40)})`;
  if (table) return `${table[1]!.split(" ")[0]} ${table[2]}`;
  return t.slice(0, 40);
}

/** Starts counting (once per process). */
export function countStatements(): void {
  if (installed) return;
  installed = true;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === "string" ? q : ((q as { text?: string } | null)?.text ?? "");
    total++;
    const k = label(text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** The counts so far, and resets them. */
export function takeStatementCounts(): { total: number; byKind: Array<[string, number]> } {
  const out = { total, byKind: [...counts].sort((a, b) => b[1] - a[1]) };
  counts.clear();
  total = 0;
  return out;
}
