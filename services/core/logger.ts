// One pino root with redaction; components take child loggers ({ component, messageId, caseNumber }).
import { pino, type Logger } from "pino";

export type { Logger };

export const REDACT_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  "req.headers.cookie",
  "config.DATABASE_URL",
  "config.SMTP_URL",
  "config.IMAP_URL",
  "config.OPENAI_API_KEY",
  "config.ADMIN_PASSWORD",
  "config.ADMIN_USERS",
  "config.SESSION_SECRET",
  "config.INBOUND_TOKEN",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: { service: "dealreg" } },
    destination,
  );
}

/** Strips the password from a connection URL before it is shown anywhere. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable url)";
  }
}
