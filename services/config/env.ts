// The whole configuration: one zod schema over the environment, parsed once at start-up
// and frozen. A bad value stops start-up with a message naming every offending variable.
import { availableParallelism } from "node:os";
import { z } from "zod";

const emailList = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email()));

const optionalUrl = z.url().optional();
const optionalString = z.string().min(1).optional();

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: optionalUrl,

  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  // Off by default: honouring X-Forwarded-For from anyone would let a client pick its own IP
  // (and escape the sign-in rate limit). "true", or the proxy's addresses / CIDRs, comma-separated.
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v): boolean | string => (v === "true" ? true : v === "false" ? false : v)),

  INBOUND_ADDRESS: z.email().default("partners@vendor.example"),
  MAIL_FROM: z.string().min(3).default("Partner Team <partners@vendor.example>"),
  MANAGERS: emailList,
  INBOUND_TOKEN: optionalString,

  MAIL_TRANSPORT: z.enum(["auto", "smtp", "ses", "file"]).default("auto"),
  SMTP_URL: optionalUrl,
  SES_REGION: optionalString,
  SES_ENDPOINT: optionalUrl,
  SES_TOPIC_ARNS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean)),
  S3_ENDPOINT: optionalUrl,

  IMAP_URL: optionalUrl,
  IMAP_PROCESSED_MAILBOX: optionalString,

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),

  // Parsing runs in worker threads with a hard deadline, so one hostile mail cannot stall the service.
  PARSE_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),

  CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.5),
  PROTECTION_DAYS: z.coerce.number().int().positive().default(90),
  DECISION_SLA_HOURS: z.coerce.number().positive().default(48),
  REVIEW_AFTER_HOURS: z.coerce.number().positive().default(72),
  AUTHSERV_ID: optionalString,

  ADMIN_PASSWORD: optionalString,
  ADMIN_USERS: optionalString,
  SESSION_SECRET: optionalString,

  ROLES: z
    .string()
    .default("web,worker,imap")
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(["web", "worker", "imap"]))),
});

export type Config = Readonly<z.infer<typeof EnvSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment (empty strings count as unset, as in most .env files). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  return Object.freeze(result.data);
}

/** Every domain that is the vendor's own: never a prospect's. */
export function vendorDomains(config: Config): string[] {
  const domains = new Set<string>();
  for (const addr of [config.INBOUND_ADDRESS, config.MAIL_FROM, ...config.MANAGERS]) {
    const m = /@([^>\s]+)/.exec(addr);
    if (m?.[1]) domains.add(m[1].toLowerCase());
  }
  return [...domains];
}
