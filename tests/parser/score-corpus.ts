// Runs the real `dealreg parse` command over a corpus folder through the shared scorer
// (shared/eval/score.mjs, the same rules CI and the unseen corpora use), rules only.
//
// The scorer starts the parse command once per 40 mails, and a start costs about half a batch's
// parsing; over ~40 corpora that start-up was most of CI's longest test. `parseAll` therefore runs
// `dealreg parse` once over every corpus (one process per core, each given a share of the files)
// and `scoreCorpus(dir, parsed)` lets the scorer read those very output lines back through
// replay-parse.mjs: the same command's output, scored by the same scorer, started fewer times.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";

export const repo = resolve(import.meta.dirname, "..", "..");
export const scorer = resolve(repo, "..", "shared", "eval", "score.mjs");
const replay = join(import.meta.dirname, "replay-parse.mjs");

/** The LLM is off: every score here is of the rules alone. */
const parseEnv = () => ({ ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error" });
const PARSE = [process.execPath, "--no-regexp-tier-up", join(repo, "bin", "dealreg.js"), "parse"];

export interface CorpusScore {
  score: number;
  kindRight: number;
  kindAll: number;
  silentErrors: number;
  /** the scorer's verbose output: the wrong fields per case, for failure messages */
  report: string;
}

/**
 * Scores `corpus` with the LLM switched off; null when the scorer printed no summary. With
 * `parsed` (a file written by `parseAll`), the scorer reads the output lines of that run.
 */
export function scoreCorpus(corpus: string, parsed?: string): CorpusScore | null {
  const command = parsed ? [process.execPath, replay, shareOf(parsed, corpus)] : PARSE;
  const run = spawnSync(process.execPath, [scorer, corpus, "--verbose", "--", ...command], {
    cwd: repo,
    env: parseEnv(),
    encoding: "utf8",
    timeout: 240_000,
  });
  const report = `${run.stdout ?? ""}\n${run.stderr ?? ""}`;
  const m = /score: ([\d.]+) fields=\d+\/\d+ cases=\d+\/\d+ kind=(\d+)\/(\d+) silent_errors=(\d+)/.exec(
    run.stdout ?? "",
  );
  if (!m) return null;
  return { score: Number(m[1]), kindRight: Number(m[2]), kindAll: Number(m[3]), silentErrors: Number(m[4]), report };
}

/** The output lines of a `parseAll` file by the folder of their mail; read once per written file. */
let shares: { parsed: string; mtimeMs: number; byDir: Map<string, string[]> } | null = null;

/**
 * The lines of `parsed` for the mails of `corpus`, in a file of their own beside it: the replay
 * then reads its corpus's share only (reading the whole 3 MB file cost 0.25 s per corpus, some
 * 20 s of CPU per gate run over 84 corpora).
 */
function shareOf(parsed: string, corpus: string): string {
  const { mtimeMs } = statSync(parsed);
  if (shares?.parsed !== parsed || shares.mtimeMs !== mtimeMs) {
    const byDir = new Map<string, string[]>();
    for (const line of readFileSync(parsed, "utf8").split("\n")) {
      if (!line.startsWith("{")) continue;
      const dir = dirname(resolve((JSON.parse(line) as { file: string }).file));
      const lines = byDir.get(dir);
      if (lines) lines.push(line);
      else byDir.set(dir, [line]);
    }
    shares = { parsed, mtimeMs, byDir };
  }
  const dir = resolve(corpus);
  const file = `${parsed}.${[...shares.byDir.keys()].indexOf(dir)}.jsonl`;
  writeFileSync(file, `${(shares.byDir.get(dir) ?? []).join("\n")}\n`);
  return file;
}

/** Runs one `dealreg parse` over `files`; resolves with its stdout, rejects on a non-zero exit. */
function parseFiles(files: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(PARSE[0]!, [...PARSE.slice(1), ...files], { cwd: repo, env: parseEnv() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0
        ? done(Buffer.concat(out).toString("utf8"))
        : fail(new Error(`dealreg parse exited ${code}: ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`)),
    );
  });
}

/**
 * Parses every .eml in `dirs` with the real command, one process per core, and writes the output
 * lines (each carries its `file`) to `out` for `scoreCorpus(dir, out)`.
 */
export async function parseAll(dirs: string[], out: string): Promise<void> {
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => resolve(d, f)),
  );
  const shares = Math.max(1, Math.min(availableParallelism(), 4));
  // Interleaved shares: every process gets mail of every corpus, so none waits on the slowest one.
  const parts = Array.from({ length: shares }, (_, i) => files.filter((_, k) => k % shares === i));
  const outputs = await Promise.all(parts.filter((p) => p.length).map(parseFiles));
  writeFileSync(out, outputs.join(""));
}
