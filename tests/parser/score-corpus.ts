// Runs the real `dealreg parse` command over a corpus folder through the shared scorer
// (shared/eval/score.mjs, the same rules CI and the unseen corpora use), rules only.
//
// The scorer starts the parse command once per 40 mails, and a start costs about half a batch's
// parsing; over ~40 corpora that start-up was most of CI's longest test. `parseAll` therefore runs
// `dealreg parse` once over every corpus (one process per core, each given a share of the files)
// and `scoreCorpus(dir, parsed)` lets the scorer read those very output lines back (`cat` of the
// corpus's share, checked here to hold every mail): the same command's output, scored by the same
// scorer, started fewer times.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { StringDecoder } from "node:string_decoder";
import { dirname, join, resolve } from "node:path";

export const repo = resolve(import.meta.dirname, "..", "..");
export const scorer = resolve(repo, "..", "shared", "eval", "score.mjs");

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
  const command = parsed ? replayOf(shareOf(parsed, corpus)) : PARSE;
  const run = spawnSync(process.execPath, scorerArgs(corpus, command), {
    cwd: repo,
    env: parseEnv(),
    encoding: "utf8",
    timeout: 240_000,
  });
  return summary(run.stdout ?? "", run.stderr ?? "");
}

/** The scorer's command line (after node) for `corpus`, its parse done by `command`. */
const scorerArgs = (corpus: string, command: readonly string[]) => [scorer, corpus, "--verbose", "--", ...command];
/**
 * The command that gives the scorer the output lines of a share file back: `cat`, not a Node
 * script (the scorer starts it per 40 mails, and a Node start cost ~0.2 s of CPU, some 60 s per gate
 * run over 132 corpora); the batch's file names the scorer appends are `sh`'s unused arguments.
 */
const replayOf = (share: string) => ["/bin/sh", "-c", 'exec cat "$0"', share];

/** The scorer's summary line read from its output; null when it printed none. */
function summary(stdout: string, stderr: string): CorpusScore | null {
  const report = `${stdout}\n${stderr}`;
  const m = /score: ([\d.]+) fields=\d+\/\d+ cases=\d+\/\d+ kind=(\d+)\/(\d+) silent_errors=(\d+)/.exec(stdout);
  if (!m) return null;
  return { score: Number(m[1]), kindRight: Number(m[2]), kindAll: Number(m[3]), silentErrors: Number(m[4]), report };
}

/** an output line and the mail it is about */
interface ParsedLine {
  file: string;
  line: string;
}
/** The output lines of a `parseAll` file by the folder of their mail; read once per written file. */
let shares: { parsed: string; mtimeMs: number; byDir: Map<string, ParsedLine[]> } | null = null;

/**
 * The lines of `parsed` for the mails of `corpus`, in a file of their own beside it: the replay
 * then reads its corpus's share only (reading the whole 3 MB file cost 0.25 s per corpus, some
 * 20 s of CPU per gate run over 84 corpora).
 */
function shareOf(parsed: string, corpus: string): string {
  const { mtimeMs } = statSync(parsed);
  if (shares?.parsed !== parsed || shares.mtimeMs !== mtimeMs) {
    const byDir = new Map<string, ParsedLine[]>();
    for (const line of readFileSync(parsed, "utf8").split("\n")) {
      if (!line.startsWith("{")) continue;
      const file = resolve((JSON.parse(line) as { file: string }).file);
      const lines = byDir.get(dirname(file));
      if (lines) lines.push({ file, line });
      else byDir.set(dirname(file), [{ file, line }]);
    }
    shares = { parsed, mtimeMs, byDir };
  }
  const dir = resolve(corpus);
  const lines = shares.byDir.get(dir) ?? [];
  const written = new Set(lines.map((l) => l.file));
  // a mail the shared run did not parse is an error, never a silent gap in the score
  const gap = readdirSync(dir).find((f) => f.endsWith(".eml") && !written.has(join(dir, f)));
  if (gap) throw new Error(`${join(dir, gap)} was not parsed by the shared run (${parsed})`);
  return writeShare(
    parsed,
    [...shares.byDir.keys()].indexOf(dir),
    lines.map((l) => l.line),
  );
}

/** A corpus's output lines in the `index`-th share file beside `parsed`, for the replay; its path. */
function writeShare(parsed: string, index: number, lines: readonly string[]): string {
  const file = `${parsed}.${index}.jsonl`;
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/**
 * Runs one `dealreg parse` over `files`; resolves with its stdout, rejects on a non-zero exit.
 * `onLine` sees each complete output line as it is printed.
 */
function parseFiles(files: string[], onLine?: (line: string) => void): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(PARSE[0]!, [...PARSE.slice(1), ...files], { cwd: repo, env: parseEnv() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const utf8 = new StringDecoder("utf8"); // a character may be split between two chunks
    let partial = "";
    child.stdout.on("data", (b: Buffer) => {
      out.push(b);
      if (!onLine) return;
      const text = partial + utf8.write(b);
      const end = text.lastIndexOf("\n");
      partial = text.slice(end + 1);
      if (end >= 0) for (const line of text.slice(0, end).split("\n")) onLine(line);
    });
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0 && partial && onLine) onLine(partial);
      return code === 0
        ? done(Buffer.concat(out).toString("utf8"))
        : fail(new Error(`dealreg parse exited ${code}: ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
    });
  });
}

/**
 * Parses every .eml in `dirs` with the real command, one process per core, and writes the output
 * lines (each carries its `file`) to `out` for `scoreCorpus(dir, out)`.
 */
export async function parseAll(dirs: string[], out: string): Promise<void> {
  const outputs = await Promise.all(perProcess(emlFiles(dirs)).map((p) => parseFiles(p)));
  writeFileSync(out, outputs.join(""));
}

/** Every .eml of `dirs`, as absolute paths. */
function emlFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => resolve(d, f)),
  );
}

/**
 * `files` in one share per parse process (one per core, at most four), interleaved: every process
 * gets mail of every corpus, so none waits on the slowest one. No empty share.
 */
function perProcess(files: readonly string[]): string[][] {
  const shares = Math.max(1, Math.min(availableParallelism(), 4));
  return Array.from({ length: shares }, (_, i) => files.filter((_, k) => k % shares === i)).filter((p) => p.length);
}

/** `scoreCorpus(corpus, …)` over a share file already written, without blocking the caller. */
function scoreShare(corpus: string, share: string): Promise<CorpusScore | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, scorerArgs(corpus, replayOf(share)), {
      cwd: repo,
      env: parseEnv(),
      timeout: 240_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", () => done(summary(Buffer.concat(out).toString("utf8"), Buffer.concat(err).toString("utf8"))));
  });
}

export interface ParseAndScore {
  /** each corpus's score by its resolved folder; rejects if the parse run failed before it was scored */
  scores: Map<string, Promise<CorpusScore | null>>;
  /** settles when the parse and every score have ended; `out` then holds all output lines */
  done: Promise<void>;
}

/**
 * `parseAll` and `scoreCorpus` for each of `dirs`, overlapped: the parse processes' output is
 * read as it comes, and a corpus is scored (the same scorer, replaying the same lines from a file
 * of its own) as soon as its last mail has been parsed, while the parse goes on with the next
 * corpora. The scores no longer wait, one after another, for the end of the whole parse.
 */
export function parseAndScore(dirs: string[], out: string): ParseAndScore {
  const keys = dirs.map((d) => resolve(d));
  const files = emlFiles(keys);
  const expected = new Map(keys.map((d) => [d, files.filter((f) => dirname(f) === d).length]));
  const lines = new Map<string, string[]>(keys.map((d) => [d, []]));
  const settle = new Map<string, { ok: (s: CorpusScore | null) => void; fail: (e: unknown) => void }>();
  const scores = new Map<string, Promise<CorpusScore | null>>();
  for (const d of keys) {
    const p = new Promise<CorpusScore | null>((ok, fail) => settle.set(d, { ok, fail }));
    p.catch(() => {}); // handled by whoever awaits it; a run nobody awaits must not fail the process
    scores.set(d, p);
  }
  // one scorer at a time: a corpus's score takes a fraction of the time its parse does
  let scoring: Promise<void> = Promise.resolve();
  const score = (d: string) => {
    const s = settle.get(d);
    if (!s) return;
    settle.delete(d);
    const share = writeShare(out, keys.indexOf(d), lines.get(d)!);
    scoring = scoring.then(() => scoreShare(d, share).then(s.ok, s.fail));
  };
  for (const d of keys) if (expected.get(d) === 0) score(d);

  const outputs = perProcess(files).map((part) =>
    parseFiles(part, (line) => {
      if (!line.startsWith("{")) return;
      let file: unknown;
      try {
        file = (JSON.parse(line) as { file?: unknown }).file;
      } catch {
        return; // not an output line; the scorer skips it too
      }
      if (typeof file !== "string") return;
      const d = dirname(resolve(file));
      const got = lines.get(d);
      if (!got) return;
      got.push(line);
      if (got.length === expected.get(d)) score(d);
    }),
  );
  const done = Promise.all(outputs).then(
    async (texts) => {
      writeFileSync(out, texts.join(""));
      // a corpus whose every mail did not print (none so far) is scored with what there is
      for (const d of keys) score(d);
      await scoring;
    },
    async (err: unknown) => {
      for (const [, s] of settle) s.fail(err);
      settle.clear();
      await scoring;
      throw err;
    },
  );
  done.catch(() => {});
  return { scores, done };
}
