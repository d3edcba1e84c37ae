// Reads a mail that an SES S3 action stored, refusing it past a size limit while streaming
// (the S3 object may be far larger than anything we want in memory).
import { GetObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { isRecord } from "../../core/guards.ts";
import { SesInboundError } from "./errors.ts";

export const DEFAULT_MAX_MAIL_BYTES = 40 * 1024 * 1024;

/** An S3 client for SES mail; an explicit endpoint (S3_ENDPOINT, tests) implies path-style addressing. */
export function createS3Client(opts: {
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: S3ClientConfig["credentials"];
}): S3Client {
  return new S3Client({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    forcePathStyle: opts.forcePathStyle ?? Boolean(opts.endpoint),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

export async function fetchS3Mail(
  s3: S3Client,
  location: { bucket: string; key: string },
  maxBytes = DEFAULT_MAX_MAIL_BYTES,
): Promise<Buffer> {
  let res;
  try {
    res = await s3.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
  } catch (err) {
    throw new SesInboundError("s3_fetch_failed", errorName(err), { cause: err });
  }
  if (res.ContentLength !== undefined && res.ContentLength > maxBytes) {
    destroyBody(res.Body);
    throw new SesInboundError("message_too_large", `${res.ContentLength} bytes`);
  }
  const body: unknown = res.Body;
  if (!body) throw new SesInboundError("s3_fetch_failed", "empty body");

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // leaving the loop early destroys the stream, which closes the connection
    // in Node the SDK hands over a readable stream of Buffers
    if (!isAsyncIterable(body)) throw new TypeError("the S3 body is not a stream");
    for await (const chunk of body) {
      if (!(chunk instanceof Uint8Array)) throw new TypeError("the S3 body yielded something other than bytes");
      total += chunk.byteLength;
      if (total > maxBytes) throw new SesInboundError("message_too_large", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
  } catch (err) {
    if (err instanceof SesInboundError) throw err;
    throw new SesInboundError("s3_fetch_failed", errorName(err), { cause: err });
  }
  return Buffer.concat(chunks, total);
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : "unknown error";
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return isRecord(v) && Symbol.asyncIterator in v;
}

function destroyBody(body: unknown): void {
  if (isRecord(body) && typeof body.destroy === "function") body.destroy();
}
