// Imported first by the entry points (bin/dealreg.js, bin/run-ts.js), before any other module runs
// a regex: V8 flags are per process, and turning regexp tier-up off after patterns have already run
// interpreted crashed a process that went on to run them (seen in a test worker that imported the
// parser late). Why the parser wants it off: services/parser/native-regexps.ts, which sets it too
// for code that imports the parser without these entry points; by then it is already off here.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
