// Runs each pattern's variant for each input (regex-reduce.ts: the pattern cut down to what can
// match on that input, or the whole pattern) against the input, one pair at a time, and publishes
// the pair it is on in shared memory before starting it, so the parent can tell which pair hangs
// and terminate this thread (a running regex cannot be interrupted from inside its own thread).
// The bound is on CPU time (the process's: this thread is all it runs meanwhile), which a loaded
// machine does not stretch as it does wall time. Reading it (process.cpuUsage, a system call and
// an object) before and after each of 1.2 million pairs was a fifth of the check's time, so each
// pair is first timed on the wall clock (performance.now), which is never below the CPU time this
// thread spends, and a pair over the bound on that clock is run again and judged by its CPU time.
// Only pairs over the bound are posted: a message before and after each pair, and the parent's
// timer per pair, cost ~8 µs a pair (~9 s of CPU per run).
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { plans, inputs, start, boundMs, progress } = workerData;
// [pattern index, input index, runs begun]: read by the parent's hang check
const at = new Int32Array(progress);

function run(re, input) {
  re.lastIndex = 0;
  if (re.global || re.sticky) {
    // exhaust every match, as matchAll/replace would (a sticky pattern stops at the first miss)
    let m;
    while ((m = re.exec(input)) !== null) if (m[0] === "") re.lastIndex++;
  } else {
    re.exec(input);
  }
}

for (let i = start; i < plans.length; i++) {
  const { flags, variants, lineVariant } = plans[i];
  const compiled = variants.map((source) => new RegExp(source, flags));
  for (let j = 0; j < inputs.length; j++) {
    const re = compiled[lineVariant[j]];
    Atomics.store(at, 0, i);
    Atomics.store(at, 1, j);
    Atomics.add(at, 2, 1);
    const t0 = performance.now();
    run(re, inputs[j]);
    if (performance.now() - t0 <= boundMs) continue;
    Atomics.add(at, 2, 1);
    const c0 = process.cpuUsage();
    run(re, inputs[j]);
    const used = process.cpuUsage(c0);
    const ms = (used.user + used.system) / 1000;
    if (ms > boundMs) parentPort.postMessage({ type: "slow", i, j, ms });
  }
}
parentPort.postMessage({ type: "done" });
