import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that take half a minute or more on a quiet 2-core machine, longest first. They start
 * first, so that no long file is left running alone on one worker at the end of the run. (Without
 * a results cache, as on a clean clone in CI, vitest orders files by size, largest first: the
 * regex-linearity check, a few lines that start a minute of work in a child process, ran last.)
 */
const LONG_FILES = [
  "tests/parser/corpora.test.ts",
  "tests/imap/crash-restart.test.ts",
  "tests/services/regex-linearity.test.ts",
  "tests/crm/crash-restart.test.ts",
  "tests/imap/watcher.test.ts",
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG_FILES.findIndex((p) => f.moduleId.endsWith(`/${p}`));
      return i < 0 ? LONG_FILES.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files run in parallel forks. vitest's default in `run` mode is one worker fewer than the
    // cores: on CI's 2 cores that is a single worker, and every file waited for the one before
    // it while the other core idled. Many files wait on child processes, Dovecot or PostgreSQL
    // much of the time, so two workers keep both cores busy.
    pool: "forks",
    // the parser's regex setting (services/parser/native-regexps.ts) from the worker's start: set
    // late, after other files' patterns ran interpreted, it crashed the worker
    execArgv: ["--no-regexp-tier-up"],
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker runs file after file in one process, keeping its imported modules and its one
    // migrated PGlite (tests/helpers/db.ts empties it for every test). A fresh process per file
    // cost each file a second or more of imports and PGlite start-up: ~2.5 times the CPU time
    // on the 20 files of tests/cases. Services keep no module state; a test that must see
    // modules load runs them in a child process (tests/services/regex-linearity.test.ts).
    isolate: false,
    sequence: { sequencer: LongFilesFirst },
  },
});
