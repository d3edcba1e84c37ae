// The one entry for every source (IMAP, SES, HTTP, CLI): store raw first, then process.
import type { InboundSource } from "./source.ts";
import { MAX_RAW_BYTES, storeRawMessage } from "./store-raw.ts";
import { processStoredMessage, type IngestResult, type PipelineDeps } from "./process-message.ts";
import { AppError } from "../core/errors.ts";

export async function ingestRawMail(deps: PipelineDeps, raw: Buffer, source: InboundSource): Promise<IngestResult> {
  if (raw.length > MAX_RAW_BYTES) {
    throw new AppError("MESSAGE_TOO_LARGE", `message of ${raw.length} bytes exceeds the ${MAX_RAW_BYTES}-byte limit`, {
      statusCode: 413,
    });
  }
  const stored = await storeRawMessage(deps.db, raw, source);
  // a new message is the bytes in hand; a known one may differ (same Message-ID): read it back
  const result = await processStoredMessage(deps, stored.id, stored.isNew ? raw : undefined);
  // processStoredMessage already answers a known message with its stored outcome
  return stored.isNew ? result : { ...result, status: "duplicate" };
}
