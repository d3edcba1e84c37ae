// Runs regexes against inputs, one at a time, and publishes the pair it is on in shared memory
// before starting it, so the parent can tell which pair hangs and terminate this thread (a running
// regex cannot be interrupted from inside its own thread). Each pair's time is CPU time (the
// process's: this thread is all it runs meanwhile), which a loaded machine does not stretch as it
// does wall time. Only pairs over the bound are posted: a message before and after each of the
// 1.2 million pairs, and the parent's timer per pair, cost ~8 µs a pair (~9 s of CPU per run).
import { parentPort, workerData } from "node:worker_threads";

const { regexes, inputs, start, boundMs, progress } = workerData;
// [pattern index, input index, pairs begun]: read by the parent's hang check
const at = new Int32Array(progress);
for (let i = start; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  for (let j = 0; j < inputs.length; j++) {
    Atomics.store(at, 0, i);
    Atomics.store(at, 1, j);
    Atomics.add(at, 2, 1);
    const re = new RegExp(source, flags);
    const t0 = process.cpuUsage();
    if (re.global || re.sticky) {
      // exhaust every match, as matchAll/replace would (a sticky pattern stops at the first miss)
      let m;
      while ((m = re.exec(inputs[j])) !== null) if (m[0] === "") re.lastIndex++;
    } else {
      re.exec(inputs[j]);
    }
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000;
    if (ms > boundMs) parentPort.postMessage({ type: "slow", i, j, ms });
  }
}
parentPort.postMessage({ type: "done" });
