// The top frames of a V8 .cpuprofile (node --cpu-prof) by self time.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export function topFrames(file: string, n = 12): Array<{ frame: string; selfPct: number }> {
  const p = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  for (const id of p.samples) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : "";
    const k = `${f.functionName || "(anonymous)"} ${where}`.trim();
    self.set(k, (self.get(k) ?? 0) + 1);
  }
  const total = p.samples.length || 1;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([frame, c]) => ({ frame, selfPct: (100 * c) / total }));
}
