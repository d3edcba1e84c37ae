// Resident memory of a process and every process it started (the esbuild service tsx keeps,
// PGlite's initdb child, ...), read from /proc: what a user's `top` adds up for the service.
import { readdirSync, readFileSync } from "node:fs";

function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // gone meanwhile
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** RSS in bytes of `pid` and all its descendants, now. */
export function treeRssBytes(pid: number): number {
  let kib = 0;
  for (const stack = [pid]; stack.length;) {
    const p = stack.pop()!;
    kib += statusKiB(p, "VmRSS");
    stack.push(...childrenOf(p));
  }
  return kib * 1024;
}

/** The kernel's high-water mark of `pid`'s own RSS over its whole life (no sampling gaps). */
export function peakRssBytes(pid: number): number {
  return statusKiB(pid, "VmHWM") * 1024;
}
