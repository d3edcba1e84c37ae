#!/usr/bin/env -S node --no-regexp-tier-up
// `node bin/run-ts.js FILE.ts [args]`: runs a TypeScript script (benchmarks, tools) through tsx.
import "./regexp-flags.js"; // first: see the file
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bin/run-ts.js FILE.ts [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);
