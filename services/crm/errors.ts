// Failures talking to a CRM, classified once at the client: the worker only asks "retry, and
// when?" or "give up, with which message?".
export type CrmErrorKind = "transient" | "rate_limited" | "permanent";

export class CrmError extends Error {
  readonly kind: CrmErrorKind;
  /** the CRM's own wait (Retry-After, the rate-limit interval, the daily reset) */
  readonly retryAfterMs: number | null;
  readonly status: number | null;
  readonly correlationId: string | null;
  constructor(
    kind: CrmErrorKind,
    message: string,
    opts: { retryAfterMs?: number | null; status?: number | null; correlationId?: string | null; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = "CrmError";
    this.kind = kind;
    this.retryAfterMs = opts.retryAfterMs ?? null;
    this.status = opts.status ?? null;
    this.correlationId = opts.correlationId ?? null;
  }
}

/** Any thrown value as a CrmError: unknown failures (a bug, a network error) count as transient. */
export function asCrmError(err: unknown): CrmError {
  if (err instanceof CrmError) return err;
  return new CrmError("transient", err instanceof Error ? err.message : String(err), { cause: err });
}
