// Share of fixture files stripReply() gets right, per fixture set, plus the slowest file.
// Run: node bin/run-ts.js bench/strip-reply-eval.ts [--verbose]
import { runBodySet, runTalon, summarise } from "../tests/cases/threading/strip-reply-fixtures.ts";

const verbose = process.argv.includes("--verbose");
const results = [
  ...runBodySet("github-email-reply-parser"),
  ...runBodySet("crisp-email-reply-parser"),
  ...(await runTalon()),
];
for (const [set, { right, total }] of summarise(results)) {
  console.log(
    `${set.padEnd(28)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1)}%`,
  );
}
const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
if (slowest) console.log(`slowest: ${slowest.set}/${slowest.file} ${slowest.ms.toFixed(1)} ms`);
for (const r of results.filter((x) => !x.ok && verbose))
  console.log(`FAIL ${r.set}/${r.file}: ${r.problems.join("; ")}`);
