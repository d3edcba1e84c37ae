// What "handled" looks like on the server. Our own progress (imap_state) is what decides what
// to fetch; the mark is for people and for a mailbox that should not grow forever:
// - IMAP_PROCESSED_MAILBOX set: the message is moved there (INBOX holds only unhandled mail);
// - else the private keyword `$Dealreg` is added. Not \Seen: a person reading the shared
//   mailbox must not change what we do, and we must not mark mail read for people.
import type { ImapFlow } from "imapflow";
import { uidSet } from "./fetch-plan.ts";

export const PROCESSED_KEYWORD = "$Dealreg";

export type MarkMode =
  { kind: "move"; mailbox: string } | { kind: "keyword"; keyword: string } | { kind: "none"; reason: string };

export class ImapCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImapCommandError";
  }
}

/** Keyword mode needs the server to keep custom keywords (PERMANENTFLAGS with \* or the keyword). */
export function chooseMarkMode(
  processedMailbox: string | undefined,
  permanentFlags: Set<string> | undefined,
): MarkMode {
  if (processedMailbox) return { kind: "move", mailbox: processedMailbox };
  if (permanentFlags && (permanentFlags.has("\\*") || permanentFlags.has(PROCESSED_KEYWORD)))
    return { kind: "keyword", keyword: PROCESSED_KEYWORD };
  return {
    kind: "none",
    reason: `the server does not keep custom keywords (PERMANENTFLAGS lacks \\* and ${PROCESSED_KEYWORD}); set IMAP_PROCESSED_MAILBOX to move handled mail instead`,
  };
}

export async function markProcessed(client: ImapFlow, mode: MarkMode, uids: number[]): Promise<void> {
  if (uids.length === 0 || mode.kind === "none") return;
  const range = uidSet(uids);
  // imapflow reports a refused STORE/MOVE as `false`, not as an exception
  if (mode.kind === "move") {
    const moved = await client.messageMove(range, mode.mailbox, { uid: true });
    if (!moved) throw new ImapCommandError(`MOVE of UIDs ${range} to ${mode.mailbox} failed`);
  } else {
    const ok = await client.messageFlagsAdd(range, [mode.keyword], { uid: true });
    if (!ok) throw new ImapCommandError(`STORE +FLAGS ${mode.keyword} for UIDs ${range} failed`);
  }
}

/**
 * Marks what progress says is committed but the server does not show as handled: the window
 * between recording progress and the mark (a crash, a dropped connection). Messages over the
 * size limit are never stored, so they are never marked either.
 */
export async function reconcileMarks(
  client: ImapFlow,
  mode: MarkMode,
  lastUid: number,
  maxMessageBytes: number,
): Promise<number> {
  if (lastUid < 1 || mode.kind === "none") return 0;
  const query = {
    uid: `1:${lastUid}`,
    smaller: maxMessageBytes + 1,
    ...(mode.kind === "keyword" ? { unKeyword: mode.keyword } : {}),
  };
  const found = await client.search(query, { uid: true });
  if (found === false) throw new ImapCommandError("UID SEARCH for unmarked messages failed");
  const uids = found.filter((uid) => uid <= lastUid);
  await markProcessed(client, mode, uids);
  return uids.length;
}
