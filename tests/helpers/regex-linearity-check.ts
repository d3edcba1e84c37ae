// Run by tests/services/regex-linearity.test.ts in a process of its own (its module tables are
// built fresh here, not beside those of every test file a vitest worker ran before), this checks
// every regular expression in services/ against adversarial 2,000-character lines (the longest
// line the extractor sees, see MAX_LINE_CHARS). A linear or quadratic pattern finishes such a
// line in milliseconds; catastrophic backtracking (cubic, exponential) takes seconds to hours.
// The bound is therefore a correctness gate, not a benchmark: it is far above any honest
// pattern's time and far below a catastrophic one's: at 2,000 characters a quadratic pattern
// makes ~4M steps (tens of ms), a cubic one ~8G steps (tens of seconds). It bounds CPU time, not
// wall time: on a machine with ten times more work than cores wall time grew tenfold and honest
// patterns crossed the bound. On each line a pattern is timed as cut down, exactly, to what the
// engine explores there (regex-reduce.ts: the phrases of a cue table that cannot match on the line
// are not tried), which backtracks catastrophically on the line exactly when the whole pattern does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { recordConstructedRegexes, regexLiterals, type FoundRegex } from "./regex-inventory.ts";
import { planPatterns } from "./regex-reduce.ts";
import { adversarialLines, timeAll } from "./regex-timing.ts";

const { literals, constructingFiles } = regexLiterals(join(process.cwd(), "services"));
const constructed = await recordConstructedRegexes(async () => {
  const { parseMessage } = await import("../../services/parser/parse-message.ts");
  for (const file of constructingFiles) await import(file);
  // function-level patterns are built while parsing: run the shared dev corpus once
  const dir = join(process.cwd(), "../shared/corpus/dev");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".eml")))
    await parseMessage(readFileSync(join(dir, f)), { vendorDomains: ["vendor.example"] });
});
const unique = new Map<string, FoundRegex>();
for (const r of [...literals, ...constructed]) unique.set(`/${r.source}/${r.flags}`, r);
const regexes = [...unique.values()];
const lines = adversarialLines();
const plans = planPatterns(regexes, lines);
const slow = await timeAll(regexes, plans, lines);
// exits once written: a timer or handle left by a module must not keep the test waiting
const timed = {
  patterns: regexes.length,
  whole: plans.filter((p) => p.fallback !== null).length,
  variants: plans.reduce((n, p) => n + p.variants.length, 0),
};
process.stdout.write(JSON.stringify({ literals: literals.length, constructed: constructed.length, timed, slow }), () =>
  process.exit(0),
);
