// A parse command for the shared scorer that prints the lines a `dealreg parse` run already wrote
// (tests/parser/score-corpus.ts, parseAll): `node replay-parse.mjs PARSED FILE...`. A file that run
// did not parse is an error, never a silent gap.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [parsed, ...files] = process.argv.slice(2);
const byFile = new Map();
for (const line of readFileSync(parsed, "utf8").split("\n")) {
  if (!line.startsWith("{")) continue;
  byFile.set(resolve(JSON.parse(line).file), line);
}
const lines = [];
for (const file of files) {
  const line = byFile.get(resolve(file));
  if (line === undefined) {
    console.error(`replay-parse: ${file} was not parsed by the shared run`);
    process.exit(1);
  }
  lines.push(line);
}
process.stdout.write(lines.join("\n") + "\n");
