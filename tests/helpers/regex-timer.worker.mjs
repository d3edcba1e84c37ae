// Runs regexes against inputs, one at a time, and reports each before starting the next, so
// the parent can tell which pair hangs and terminate this thread (a running regex cannot be
// interrupted from inside its own thread). Each pair's time is CPU time (the process's: this
// thread is all it runs meanwhile), which a loaded machine does not stretch as it does wall time.
import { parentPort, workerData } from "node:worker_threads";

const { regexes, inputs, start } = workerData;
for (let i = start; i < regexes.length; i++) {
  const { source, flags } = regexes[i];
  for (let j = 0; j < inputs.length; j++) {
    parentPort.postMessage({ type: "begin", i, j });
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
    parentPort.postMessage({ type: "end", i, j, ms: (used.user + used.system) / 1000 });
  }
}
parentPort.postMessage({ type: "done" });
