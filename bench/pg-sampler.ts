// Samples what a database's sessions are doing while a bench runs (pg_stat_activity joined to
// the locks they wait for), to name what waits and estimate the time spent waiting for locks.
import pg from "pg";

export interface WaitSample {
  /** "wait_event_type:wait_event (locktype)" or "running" → samples seen */
  waits: Map<string, number>;
  samples: number;
  /** sum over samples of sessions waiting for a heavyweight lock × the sampling interval */
  lockWaitMs: number;
}

export async function sampleWaits(
  url: string,
  database: string,
  everyMs = 25,
): Promise<{ stop(): Promise<WaitSample> }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out: WaitSample = { waits: new Map(), samples: 0, lockWaitMs: 0 };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      const { rows } = await c.query<{
        t: string | null;
        e: string | null;
        lt: string | null;
        q: string | null;
        n: number;
      }>(
        `select a.wait_event_type as t, a.wait_event as e, l.locktype as lt,
                case when a.wait_event_type = 'Lock' then left(regexp_replace(a.query, '\\s+', ' ', 'g'), 60) end as q,
                count(*)::int as n
         from pg_stat_activity a left join pg_locks l on l.pid = a.pid and not l.granted
         where a.datname = $1 and a.state = 'active' and a.pid <> pg_backend_pid()
         group by 1, 2, 3, 4`,
        [database],
      );
      out.samples++;
      for (const r of rows) {
        const k = r.t ? `${r.t}:${r.e}${r.lt ? ` (${r.lt})` : ""}${r.q ? ` in «${r.q}»` : ""}` : "running (no wait)";
        out.waits.set(k, (out.waits.get(k) ?? 0) + r.n);
        if (r.t === "Lock") out.lockWaitMs += r.n * everyMs;
      }
      const left = everyMs - (performance.now() - started);
      if (left > 0) await new Promise((r) => setTimeout(r, left));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await c.end();
      return out;
    },
  };
}

export function describeWaits(s: WaitSample): string {
  const total = [...s.waits.values()].reduce((a, b) => a + b, 0) || 1;
  // how many transactions were in the database at once: what a process's concurrency achieved
  const active = `${(total / (s.samples || 1)).toFixed(1)} sessions active on average: `;
  return (
    active +
    [...s.waits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `${k} ${((100 * n) / total).toFixed(0)}%`)
      .join(", ")
  );
}
