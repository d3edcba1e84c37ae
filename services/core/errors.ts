// Errors carry a stable code from one table, with the message a user needs to fix the cause.
import { z } from "zod";

export const ERROR_CODES = {
  CONFIG_INVALID: "the configuration is invalid",
  DATABASE_IN_USE: "the embedded database is used by another process",
  DATABASE_UNAVAILABLE: "the database cannot be reached",
  FILE_UNREADABLE: "an input file cannot be read",
  MESSAGE_TOO_LARGE: "a message is larger than the limit",
  NOT_FOUND: "no such record",
  UNAUTHORIZED: "missing or wrong credentials",
  BAD_REQUEST: "the request is malformed",
  PARSE_TIMEOUT: "parsing a message took longer than PARSE_TIMEOUT_MS",
  PARSE_WORKER_FAILED: "a parse worker thread died while parsing a message",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  constructor(code: ErrorCode, message: string, opts: { statusCode?: number; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.statusCode = opts.statusCode ?? 500;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const ForeignErrorFields = z.object({
  statusCode: z.number().optional().catch(undefined),
  responseCode: z.number().optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
});
export type ForeignErrorFields = z.infer<typeof ForeignErrorFields>;

/** The fields a library's error may carry (HTTP status, SMTP response, errno code), each only
 * when it has the expected type: a thrown value is unknown until read. */
export function foreignErrorFields(err: unknown): ForeignErrorFields {
  const r = ForeignErrorFields.safeParse(err);
  return r.success ? r.data : {};
}

/** The errno code of a Node error (`EPERM`, `ENOENT`, …), or undefined. */
export function errnoCode(err: unknown): string | undefined {
  return foreignErrorFields(err).code;
}
