// The whole configuration: one zod schema over the environment, parsed once at start-up
// and frozen. A bad value stops start-up with a message naming every offending variable.
import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { z } from "zod";

/** Roles of `dealreg serve` (ROLES, --roles). */
export const ROLE_NAMES = ["web", "worker", "imap", "process", "send"] as const;

/** A comma-separated variable as its trimmed, non-empty items. */
const splitList = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

const emailList = z
  .string()
  .default("")
  .transform((s) => splitList(s.toLowerCase()))
  .pipe(z.array(z.email()));

const optionalUrl = z.url().optional();

const commaList = z
  .string()
  .default("")
  .transform((s) => splitList(s));

/**
 * `pending=appointmentscheduled,approved=123,rejected=closedlost`: case status -> the CRM's stage
 * (a HubSpot stage id, or a Salesforce StageName, which may hold spaces).
 */
const stageMap = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      const out: Record<string, string> = {};
      for (const pair of splitList(s)) {
        const m = /^([a-z_]+)\s*=\s*(\S(?:.*\S)?)$/.exec(pair);
        if (!m) {
          ctx.addIssue({ code: "custom", message: `"${pair}" is not status=stage` });
          return z.NEVER;
        }
        out[m[1]!] = m[2]!;
      }
      for (const needed of ["pending", "approved", "rejected"]) {
        if (!out[needed])
          ctx.addIssue({ code: "custom", message: `needs a stage for ${needed} (e.g. ${needed}=<stage>)` });
      }
      return out;
    });

/** The dealreg values a Salesforce Opportunity field can hold (SALESFORCE_PARTNER_FIELDS). */
export const PARTNER_FIELD_KEYS = [
  "partnerEmail",
  "partnerName",
  "partnerCompany",
  "status",
  "protectedUntil",
  "caseUrl",
] as const;
export type PartnerFieldKey = (typeof PARTNER_FIELD_KEYS)[number];
const DEFAULT_PARTNER_FIELDS =
  "partnerEmail=DealReg_Partner_Email__c,partnerName=DealReg_Partner_Name__c,partnerCompany=DealReg_Partner_Company__c,status=DealReg_Status__c,protectedUntil=DealReg_Protected_Until__c,caseUrl=DealReg_Case_Url__c";

/** `partnerEmail=Field__c,status=Other__c`: which Salesforce field holds which dealreg value */
const fieldMap = z
  .string()
  .default(DEFAULT_PARTNER_FIELDS)
  .transform((s, ctx) => {
    const out: Partial<Record<PartnerFieldKey, string>> = {};
    for (const pair of splitList(s)) {
      const m = /^([A-Za-z]+)\s*=\s*([A-Za-z][A-Za-z0-9_]*)$/.exec(pair);
      const key = PARTNER_FIELD_KEYS.find((k) => k === m?.[1]);
      if (!m || !key) {
        ctx.addIssue({
          code: "custom",
          message: `"${pair}" is not value=Field__c with value one of ${PARTNER_FIELD_KEYS.join(", ")}`,
        });
        return z.NEVER;
      }
      out[key] = m[2]!;
    }
    return out;
  });
const sfField = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must be a Salesforce field API name");
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const optionalString = z.string().min(1).optional();

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: optionalUrl,

  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  // Off by default: honouring X-Forwarded-For from anyone would let a client pick its own IP
  // (and escape the sign-in rate limit). A hop count, or the proxies' addresses / CIDRs,
  // comma-separated; "true" (trust every hop) is refused for that reason.
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx): false | number | string[] => {
      if (v === "false") return false;
      if (/^\d{1,2}$/.test(v)) return Number(v);
      const list = splitList(v);
      const bad = list.filter((x) => !isProxyAddress(x));
      if (bad.length || !list.length) {
        ctx.addIssue({
          code: "custom",
          message: `a hop count (e.g. 1) or proxy addresses/CIDRs, comma-separated; not ${JSON.stringify(bad.join(",") || v)}`,
        });
        return z.NEVER;
      }
      return list;
    }),
  // fastify 5 waits forever by default: a client trickling its body would hold a socket and
  // its buffer indefinitely. Whole request (headers + body) and idle socket, in milliseconds.
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  INBOUND_MAX_CONCURRENT: z.coerce.number().int().positive().default(4),

  INBOUND_ADDRESS: z.email().default("partners@vendor.example"),
  MAIL_FROM: z.string().min(3).default("Partner Team <partners@vendor.example>"),
  MANAGERS: emailList,
  INBOUND_TOKEN: optionalString,
  // The vendor as partners write it: its own name, domains and products are never the prospect's.
  VENDOR_NAME: optionalString,
  VENDOR_DOMAINS: z
    .string()
    .default("")
    .transform((s) => splitList(s.toLowerCase()))
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "a comma-separated list of domains (vendor.example,vendor.io)"),
      ),
    ),
  VENDOR_PRODUCTS: commaList,

  MAIL_TRANSPORT: z.enum(["auto", "smtp", "ses", "file"]).default("auto"),
  SMTP_URL: optionalUrl,
  SES_REGION: optionalString,
  SES_ENDPOINT: optionalUrl,
  SES_TOPIC_ARNS: commaList,
  S3_ENDPOINT: optionalUrl,

  IMAP_URL: optionalUrl,
  IMAP_PROCESSED_MAILBOX: optionalString,

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),

  // Parsing runs in worker threads with a hard deadline, so one hostile mail cannot stall the service.
  // Unset: see parseWorkersDefault.
  PARSE_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),

  CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.5),
  // A table attachment's rows are registrations of their own, up to this many per mail (its
  // first row included); the rows past it wait in review.
  ATTACHMENT_ROWS_PER_MAIL: z.coerce.number().int().min(1).max(1000).default(50),
  PROTECTION_DAYS: z.coerce.number().int().positive().default(90),
  MANAGER_TOKEN_DAYS: z.coerce.number().positive().default(14),
  DECISION_SLA_HOURS: z.coerce.number().positive().default(48),
  REVIEW_AFTER_HOURS: z.coerce.number().positive().default(72),
  // Automatic mail is bounded, so that a responder loop or a storm of mail cannot make us mail
  // anyone (or ourselves) without end; what is over a bound is stored and waits in review.
  AUTO_ACKS_PER_SENDER_HOUR: z.coerce.number().int().positive().default(20),
  AUTO_ANSWERS_PER_CASE_DAY: z.coerce.number().int().positive().default(10),
  MANAGER_NOTICES_PER_HOUR: z.coerce.number().int().positive().default(30),
  OUTBOUND_MAX_PER_MINUTE: z.coerce.number().int().positive().default(120),
  AUTHSERV_ID: optionalString,
  // Sources whose mail passed through the MTA that writes (and strips look-alikes of) the
  // AUTHSERV_ID header. Never `ses`: SES does not strip a sender-written header of that name.
  TRUST_AUTH_RESULTS_SOURCES: z
    .string()
    .default("imap")
    .transform((s) => splitList(s))
    .pipe(
      z.array(
        z.enum(["imap", "http", "cli"], {
          message:
            "only imap, http and cli can be trusted (never ses: SES keeps a sender-written Authentication-Results)",
        }),
      ),
    ),

  // where people reach dealreg: status pages, unsubscribe and admin links, the HubSpot webhook's
  // signed URI, the admin cookie's Secure flag when https
  PUBLIC_URL: optionalUrl,
  ADMIN_PASSWORD: optionalString,
  ADMIN_USERS: optionalString,
  SESSION_SECRET: optionalString,

  CRM: z.enum(["none", "hubspot", "salesforce"]).default("none"),
  CRM_POLL_SECONDS: z.coerce.number().int().positive().default(60),
  CRM_SYNC_LEASE_SECONDS: z.coerce.number().int().positive().default(120),
  CRM_CONFLICT_TTL_MINUTES: z.coerce.number().positive().default(60),
  HUBSPOT_TOKEN: optionalString,
  HUBSPOT_BASE_URL: z.url().default("https://api.hubapi.com"),
  HUBSPOT_PIPELINE: z.string().min(1).default("default"),
  HUBSPOT_STAGES: stageMap("pending=appointmentscheduled,approved=qualifiedtobuy,rejected=closedlost"),
  HUBSPOT_CLIENT_SECRET: optionalString,
  HUBSPOT_PORTAL_ID: optionalString,
  HUBSPOT_CUSTOMER_STAGES: commaList.transform((l) => (l.length ? l : ["customer"])),
  HUBSPOT_MAX_REQUESTS_PER_10S: z.coerce.number().int().positive().default(90),
  HUBSPOT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SALESFORCE_LOGIN_URL: z.url().default("https://login.salesforce.com"),
  SALESFORCE_CLIENT_ID: optionalString,
  SALESFORCE_CLIENT_SECRET: optionalString,
  SALESFORCE_USERNAME: optionalString,
  // PEM; in an env file the line breaks may be written as \n
  SALESFORCE_PRIVATE_KEY: optionalString.transform((k) => k?.replace(/\\n/g, "\n")),
  SALESFORCE_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d$/, "like v62.0")
    .default("v62.0"),
  SALESFORCE_STAGES: stageMap("pending=Prospecting,approved=Qualification,rejected=Closed Lost"),
  SALESFORCE_CUSTOMER_TYPES: commaList.transform((l) => (l.length ? l : ["Customer - Direct", "Customer - Channel"])),
  SALESFORCE_CASE_FIELD: sfField.default("DealReg_Case__c"),
  SALESFORCE_ACCOUNT_KEY_FIELD: sfField.default("DealReg_Company_Key__c"),
  SALESFORCE_ACTIVITY_KEY_FIELD: sfField.default("DealReg_Key__c"),
  SALESFORCE_PARTNER_FIELDS: fieldMap,
  SALESFORCE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),

  WEBHOOK_URLS: commaList.pipe(z.array(z.url())),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, "must be whsec_ followed by the base64 secret")
    .optional(),
  // Slack for managers (services/slack): a bot token posts decision messages with buttons;
  // a webhook URL alone posts notices without buttons.
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, "a bot token starts with xoxb-")
    .optional(),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_CHANNEL: optionalString,
  SLACK_WEBHOOK_URL: optionalUrl,
  SLACK_API_URL: z.url().default("https://slack.com/api/"),

  // The partners' weekly digest: "<day> <HH:MM>" in UTC (mon … sun), or "off".
  PARTNER_DIGEST: z
    .string()
    .default("mon 07:00")
    .transform((s, ctx) => {
      if (s.trim().toLowerCase() === "off") return null;
      const m = /^(mon|tue|wed|thu|fri|sat|sun)\s+([01]?\d|2[0-3]):([0-5]\d)$/i.exec(s.trim());
      if (!m) {
        ctx.addIssue({ code: "custom", message: 'use "<day> <HH:MM>" in UTC, e.g. "mon 07:00", or "off"' });
        return z.NEVER;
      }
      return {
        weekday: WEEKDAYS.findIndex((d) => d === m[1]!.toLowerCase()),
        hour: Number(m[2]),
        minute: Number(m[3]),
      };
    }),

  // web: HTTP; imap: read the mailbox and store (only); process: parse, decide, store and queue
  // replies for stored mail; send: deliver queued mail; worker: process + send + periodic tasks
  ROLES: z
    .string()
    .default("web,worker,imap")
    .transform((s) => splitList(s))
    .pipe(z.array(z.enum(ROLE_NAMES))),
});

/**
 * One parse worker per core on PostgreSQL; one on the embedded database. A worker thread costs
 * ~85 MiB resident (its own heap and the parser's code), and an embedded installation is the
 * small one, on one process whose database already shares the same memory.
 */
function parseWorkersDefault(env: { DATABASE_URL?: string | undefined }): number {
  return env.DATABASE_URL ? availableParallelism() : 1;
}

/** Variables that only make sense together. */
const CheckedEnvSchema = EnvSchema.superRefine((env, ctx) => {
  if (env.CRM === "hubspot" && !env.HUBSPOT_TOKEN)
    ctx.addIssue({
      code: "custom",
      path: ["HUBSPOT_TOKEN"],
      message: "CRM=hubspot needs HUBSPOT_TOKEN (a private app's access token)",
    });
  if (env.CRM === "salesforce") {
    if (!env.SALESFORCE_CLIENT_ID)
      ctx.addIssue({
        code: "custom",
        path: ["SALESFORCE_CLIENT_ID"],
        message: "CRM=salesforce needs SALESFORCE_CLIENT_ID (the connected app's consumer key)",
      });
    if (!env.SALESFORCE_CLIENT_SECRET && !(env.SALESFORCE_PRIVATE_KEY && env.SALESFORCE_USERNAME)) {
      ctx.addIssue({
        code: "custom",
        path: ["SALESFORCE_CLIENT_SECRET"],
        message:
          "CRM=salesforce needs SALESFORCE_CLIENT_SECRET (client credentials) or SALESFORCE_PRIVATE_KEY and SALESFORCE_USERNAME (JWT bearer)",
      });
    }
  }
  if (env.WEBHOOK_URLS.length && !env.WEBHOOK_SECRET)
    ctx.addIssue({
      code: "custom",
      path: ["WEBHOOK_SECRET"],
      message: "WEBHOOK_URLS needs WEBHOOK_SECRET (whsec_ + base64, 24 to 64 random bytes)",
    });
}).transform((env) => ({ ...env, PARSE_WORKERS: env.PARSE_WORKERS ?? parseWorkersDefault(env) }));

export type Config = Readonly<z.output<typeof CheckedEnvSchema>>;

/** Cross-variable rules: each names what to set. */
function crossChecks(c: Config): string[] {
  const problems: string[] = [];
  if (c.SLACK_BOT_TOKEN && !c.SLACK_CHANNEL)
    problems.push("SLACK_CHANNEL: required with SLACK_BOT_TOKEN (a channel id such as C0123456789)");
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET)
    problems.push("SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (the app's Basic Information page)");
  return problems;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function isProxyAddress(s: string): boolean {
  const [ip = "", bits, ...rest] = s.split("/");
  const family = isIP(ip);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Parses the environment (empty strings count as unset, as in most .env files). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = CheckedEnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  const problems = crossChecks(result.data);
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(result.data);
}

/** Every domain that is the vendor's own: never a prospect's. */
export function vendorDomains(config: Config): string[] {
  const domains = new Set<string>(config.VENDOR_DOMAINS);
  for (const addr of [config.INBOUND_ADDRESS, config.MAIL_FROM, ...config.MANAGERS]) {
    const m = /@([^>\s]+)/.exec(addr);
    if (m?.[1]) domains.add(m[1].toLowerCase());
  }
  return [...domains];
}

/** The service's address in links: PUBLIC_URL, else http://HOST:PORT; never a trailing slash. */
export function publicUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, "");
}
