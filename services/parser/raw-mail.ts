// A raw message as the parser reads it: its size and its bytes as a stream of pieces, so a big
// mail is never one buffer on its way from the database into a parse worker.
export interface RawMail {
  size: number;
  /** the bytes in order; each call starts from the beginning */
  chunks(): AsyncIterable<Buffer>;
}

/** Pieces handed to a parse worker, and the size of the pieces in which mail is stored. */
export const RAW_CHUNK_BYTES = 1024 * 1024;

/** Time a mail's size earns beyond a fixed deadline: a second per whole MiB. Decoding MIME is
 * linear in the size, and a 39 MiB mail legitimately takes seconds on a busy machine. */
export function sizeAllowanceMs(rawBytes: number): number {
  return Math.floor(rawBytes / (1024 * 1024)) * 1000;
}

/** A mail already in memory (a CLI file, an admin re-parse), read in slices without copying. */
export function rawMailFromBuffer(raw: Buffer): RawMail {
  return {
    size: raw.length,
    async *chunks() {
      for (let at = 0; at < raw.length; at += RAW_CHUNK_BYTES) yield raw.subarray(at, at + RAW_CHUNK_BYTES);
    },
  };
}

/** The whole mail in one buffer, for the few readers that need it whole (DKIM, admin pages). */
export async function readAll(raw: RawMail): Promise<Buffer> {
  const out = Buffer.allocUnsafe(raw.size);
  let at = 0;
  for await (const chunk of raw.chunks()) at += chunk.copy(out, at);
  return at === out.length ? out : out.subarray(0, at);
}
