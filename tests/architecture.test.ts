// The import directions of docs/architecture.md, enforced: every import in services/, db/ and
// bin/ that crosses from one part into another must be allowed by the table there.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const SOURCE_DIRS = ["services", "db", "bin"];

interface Part {
  name: string;
  folder: string;
  mayImport: Set<string>;
}

/** The rows between the `parts:begin` and `parts:end` markers of docs/architecture.md. */
function readPartsTable(markdown: string): Part[] {
  const block = /<!-- parts:begin -->([\s\S]*?)<!-- parts:end -->/.exec(markdown)?.[1];
  if (!block)
    throw new Error("docs/architecture.md has no parts table between <!-- parts:begin --> and <!-- parts:end -->");
  return block
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(part|-+)\s*\|/.test(line))
    .map((line) => {
      const [name = "", folder = "", , allowed = ""] = line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      const names = allowed === "—" ? [] : allowed.split(",").map((s) => s.trim());
      return { name, folder: folder.replace(/`/g, ""), mayImport: new Set(names) };
    });
}

/** The part a repository path belongs to: the longest folder of the table that contains it. */
function partOf(file: string, parts: Part[]): Part | undefined {
  return parts
    .filter((p) => file === p.folder || file.startsWith(`${p.folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
}

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** Relative import targets of one source text, as repository paths. */
function importsOf(file: string, source: string): string[] {
  return [...source.matchAll(IMPORT_RE)].map((m) => posix.normalize(posix.join(posix.dirname(file), m[1] as string)));
}

/** Every import the table forbids, as "from -> to (part -> part)"; files outside any part too. */
function forbiddenImports(files: Array<{ path: string; source: string }>, parts: Part[]): string[] {
  const problems: string[] = [];
  for (const { path, source } of files) {
    const from = partOf(path, parts);
    if (!from) {
      problems.push(`${path}: in no part of docs/architecture.md (add a row for its folder)`);
      continue;
    }
    for (const target of importsOf(path, source)) {
      const to = partOf(target, parts);
      if (to === from) continue;
      if (!to) problems.push(`${path} -> ${target}: the target is in no part of docs/architecture.md`);
      else if (!from.mayImport.has(to.name)) problems.push(`${path} -> ${target} (${from.name} -> ${to.name})`);
    }
  }
  return problems;
}

/** Where query-builder calls may stand: the repositories and the database layer. */
const QUERY_HOMES = ["services/repos/", "db/"];
const QUERY_RE =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*(?:<[^`;]*?>)?\s*`|\bsql\.(?:raw|table|ref|id|lit|join|val)\s*\(/g;

/** Query-builder calls outside the repositories, as "path:line: call". */
function queriesOutsideRepos(files: Array<{ path: string; source: string }>): string[] {
  const problems: string[] = [];
  for (const { path, source } of files) {
    if (QUERY_HOMES.some((h) => path.startsWith(h))) continue;
    for (const m of source.matchAll(QUERY_RE)) {
      const line = source.slice(0, m.index).split("\n").length;
      problems.push(`${path}:${line}: ${m[0].trim()}`);
    }
  }
  return problems;
}

function sourceFiles(): Array<{ path: string; source: string }> {
  const out: Array<{ path: string; source: string }> = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|js|mjs)$/.test(entry.name)) continue;
      const abs = join(entry.parentPath, entry.name);
      out.push({ path: relative(ROOT, abs).split(sep).join("/"), source: readFileSync(abs, "utf8") });
    }
  }
  return out;
}

describe("architecture", () => {
  const parts = readPartsTable(readFileSync(join(ROOT, "docs", "architecture.md"), "utf8"));

  it("names every part it allows importing", () => {
    const names = new Set(parts.map((p) => p.name));
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts)
      for (const target of p.mayImport) expect(names, `${p.name} may import unknown part ${target}`).toContain(target);
  });

  it("has no import between parts that docs/architecture.md forbids", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(forbiddenImports(files, parts)).toEqual([]);
  });

  it("reports an upward import, a type import and a dynamic import", () => {
    const files = [
      { path: "services/notifier/x.ts", source: 'import { a } from "../cases/route-message.ts";' },
      {
        path: "services/parser/y.ts",
        source: 'import type { B } from "../../db/schema.ts";\nconst c = await import("../ingest/source.ts");',
      },
      {
        path: "services/cases/z.ts",
        source: 'import { c } from "../notifier/render.ts";\nimport { d } from "./mail/i18n.ts";',
      },
      { path: "services/nowhere/w.ts", source: "" },
    ];
    expect(forbiddenImports(files, parts)).toEqual([
      "services/notifier/x.ts -> services/cases/route-message.ts (notifier -> cases)",
      "services/parser/y.ts -> db/schema.ts (parser -> db)",
      "services/parser/y.ts -> services/ingest/source.ts (parser -> ingest)",
      "services/nowhere/w.ts: in no part of docs/architecture.md (add a row for its folder)",
    ]);
  });

  it("has no query-builder call outside services/repos and db", () => {
    expect(queriesOutsideRepos(sourceFiles())).toEqual([]);
  });

  it("reports a query in a service and leaves the repositories and the database layer alone", () => {
    const files = [
      { path: "services/cases/x.ts", source: 'const a = 1;\nawait trx.selectFrom("cases").selectAll().execute();' },
      { path: "services/partners/y.ts", source: "await sql<number>`select 1`.execute(db);" },
      { path: "services/slack/z.ts", source: 'await db.updateTable ("slack_outbox").set({}).execute();' },
      { path: "services/repos/cases.ts", source: 'await trx.insertInto("cases").values(v).execute();' },
      { path: "db/migrate.ts", source: "await sql`select 1`.execute(db);" },
      { path: "services/ingest/store-raw.ts", source: 'await trx.insertInto("inbound_messages").values(v).execute();' },
      { path: "services/cases/w.ts", source: "const selected = rows.filter((r) => r.sqlText);" },
    ];
    expect(queriesOutsideRepos(files)).toEqual([
      "services/cases/x.ts:2: selectFrom(",
      "services/partners/y.ts:1: sql<number>`",
      "services/slack/z.ts:1: updateTable (",
      "services/ingest/store-raw.ts:1: insertInto(",
    ]);
  });
});
