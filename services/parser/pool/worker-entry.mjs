// Entry of a parse worker thread. A worker does not inherit the tsx loader its parent was
// started with (Node 20 applies neither `register()` nor `--import tsx` to a worker's entry),
// so this plain-JS file registers tsx and then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
