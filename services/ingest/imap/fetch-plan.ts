// Which new messages to fetch, in which batches: pure, so the rules are tested without a server.
export interface ListedMessage {
  uid: number;
  size: number;
}

export interface FetchPlan {
  /** UIDs to fetch, ascending, grouped so that one batch stays within the count and byte limits */
  batches: number[][];
  /** UIDs over the size limit: never stored, logged, left unmarked on the server */
  tooLarge: ListedMessage[];
  /** the highest listed UID (0 when none): progress may advance to it once the batches are committed */
  highestUid: number;
}

export interface PlanLimits {
  maxCount: number;
  maxBytes: number;
  maxMessageBytes: number;
}

/**
 * `UID n+1:*` also returns the newest message when nothing is newer than n (IMAP ranges are
 * unordered), so everything at or below `lastUid` is dropped here.
 */
export function planFetch(listed: ListedMessage[], lastUid: number, limits: PlanLimits): FetchPlan {
  const fresh = listed.filter((m) => m.uid > lastUid).sort((a, b) => a.uid - b.uid);
  const batches: number[][] = [];
  const tooLarge: ListedMessage[] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const m of fresh) {
    if (m.size > limits.maxMessageBytes) {
      tooLarge.push(m);
      continue;
    }
    if (current.length > 0 && (current.length >= limits.maxCount || bytes + m.size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m.uid);
    bytes += m.size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge, highestUid: fresh.at(-1)?.uid ?? 0 };
}

/** A compact UID set for IMAP commands: [1,2,3,7] → "1:3,7". */
export function uidSet(uids: number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}
