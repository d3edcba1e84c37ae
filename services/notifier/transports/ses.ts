// Amazon SES (v1 API, SendRawEmail): the notifier's finished MIME goes out byte for byte.
// SDK errors are tagged here, at the boundary: a rejection of this message or a sending setup
// that cannot work is permanent; throttling, 5xx and network trouble are worth another try.
import type { SESClient, SESClientConfig } from "@aws-sdk/client-ses";
import { DeliveryError, type Envelope, type MailTransport, type SentInfo } from "../transport.ts";

export interface SesTransportOptions {
  region: string;
  /** SES_ENDPOINT: only for tests or a local stand-in */
  endpoint?: string;
  /** omitted: the default AWS provider chain (env, shared files, instance role …) */
  credentials?: SESClientConfig["credentials"];
  /** SDK attempts per send, retries included (SDK default 3) */
  maxAttempts?: number;
}

// SES error codes (query API names, with and without the SDK's "Exception" suffix) that no
// retry can fix.
const PERMANENT = new Set([
  "MessageRejected",
  "MailFromDomainNotVerified",
  "ConfigurationSetDoesNotExist",
  "ConfigurationSetSendingPaused",
  "AccountSendingPaused",
  "InvalidParameterValue",
  "InvalidParameterCombination",
  "MissingParameter",
  "ValidationError",
]);

interface SdkErrorShape {
  name?: string;
  message?: string;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number };
}

/** Classifies anything SendRawEmail threw. Pure. */
export function classifySesError(err: unknown): DeliveryError {
  const e = (typeof err === "object" && err !== null ? err : {}) as SdkErrorShape;
  const name = e.name && e.name !== "Error" ? e.name : "NetworkError";
  const status = e.$metadata?.httpStatusCode;
  const bare = name.replace(/Exception$/, "");
  // only an answer from SES itself can be permanent; no answer (network, timeout) never is
  const permanent = status !== undefined && status < 500 && PERMANENT.has(bare);
  const detail = e.message ?? String(err);
  return new DeliveryError(`SES SendRawEmail failed: ${name}: ${detail}`, {
    permanent,
    code: `SES_${bare}`,
    cause: err,
  });
}

export function createSesTransport(opts: SesTransportOptions): MailTransport {
  // The AWS SDK is loaded with the first mail sent, not by every process that might send one.
  let client: SESClient | null = null;
  return {
    name: "ses",
    async send(raw: Buffer, envelope: Envelope): Promise<SentInfo> {
      const { SESClient, SendRawEmailCommand } = await import("@aws-sdk/client-ses");
      client ??= new SESClient({
        region: opts.region,
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
        ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
      });
      try {
        const res = await client.send(
          new SendRawEmailCommand({
            RawMessage: { Data: raw },
            Source: envelope.from,
            Destinations: envelope.to,
          }),
        );
        return { providerMessageId: res.MessageId ?? null };
      } catch (err) {
        throw classifySesError(err);
      }
    },
    async close() {
      client?.destroy();
    },
  };
}
