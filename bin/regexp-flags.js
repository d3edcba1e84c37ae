// V8's regex flag for every dealreg process: `--no-regexp-tier-up` (compile each regex to machine
// code on first use; why the parser wants it: services/parser/native-regexps.ts). It belongs on
// the node command line, where V8 reads it before any code runs: the shebangs of bin/dealreg.js
// and bin/run-ts.js, the npm scripts, the Dockerfile's CMD and the processes the benches and
// tests start all pass it. Set at run time instead, with v8.setFlagsFromString, it changes a flag
// of a running VM (Node: "behavior is undefined"): turned off after patterns had run interpreted
// it crashed a test worker, and a microbench that set it so was reported to segfault 2 runs in 4.
//
// Imported first by the entry points, this module is the fallback for a process started without
// the flag (`node bin/dealreg.js`): it sets it then, before any other module runs a regex, and
// never when the command line already has it.
import { setFlagsFromString } from "node:v8";

const REGEXP_TIER_UP_FLAG = "--no-regexp-tier-up";

/** Is the flag on this process's command line (NODE_OPTIONS cannot hold it)? */
function regexpFlagOnCommandLine() {
  return process.execArgv.includes(REGEXP_TIER_UP_FLAG);
}

if (!regexpFlagOnCommandLine()) setFlagsFromString(REGEXP_TIER_UP_FLAG);
