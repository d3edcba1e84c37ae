// V8 runs a regex in its bytecode interpreter first and compiles it to machine code once it has
// run ("tier-up"). With the parser's ~700 patterns (cue tables of eleven languages) and the garbage
// a parse makes, the large cue alternations were seen running interpreted for long stretches,
// 8-15x slower (consent permissions: 11 ms per pass over the corpora's texts compiled, 114-217 ms
// interpreted). Compiled on first use instead, dealreg parse did 25-50 % more mail per second in
// alternated runs. V8 flags are per process, so this holds for the parse workers and for the CLI
// alike; imported for its effect by parse-message.ts, before any parser pattern runs. The entry
// points set it first thing (bin/regexp-flags.js) and so does the test runner (vitest.config.ts):
// turned off late, after other patterns ran interpreted, it crashed a test worker.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
