// V8 runs a regex in its bytecode interpreter first and compiles it to machine code once it has
// run ("tier-up"). With the parser's ~700 patterns (cue tables of eleven languages) and the garbage
// a parse makes, the large cue alternations were seen running interpreted for long stretches,
// 8-15x slower (consent permissions: 11 ms per pass over the corpora's texts compiled, 114-217 ms
// interpreted). Compiled on first use instead, dealreg parse did 25-50 % more mail per second in
// alternated runs. V8 flags are per process, so this holds for the parse workers and for the CLI
// alike. The flag is given on the node command line (bin/regexp-flags.js says where and why);
// imported for its effect by parse-message.ts, this sets it only for a process that imports the
// parser without it, and then only as a last resort: turned off late, after other patterns ran
// interpreted, it crashed a test worker.
import { setFlagsFromString } from "node:v8";

if (!process.execArgv.includes("--no-regexp-tier-up")) setFlagsFromString("--no-regexp-tier-up");
