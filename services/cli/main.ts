// `dealreg <command>`: the one executable. Each command lives in its own module.
import { once } from "node:events";
import { ConfigError, loadConfig, type Config } from "../config/env.ts";
import { AppError, errorMessage } from "../core/errors.ts";
import { createLogger, type Logger } from "../core/logger.ts";

const USAGE = `usage: dealreg <command> [options]

commands:
  serve [--roles web,worker,imap]   run the service (default: $ROLES or web,worker,imap; also process, send)
  ingest FILE...                     ingest raw .eml files ("-" = stdin); one JSON line per file
  parse FILE...                      parse raw .eml files without a database; JSON Lines (see the contract)
  migrate                            apply database migrations
  case show CASE                     print a case with its timeline as JSON
  case list [--status S] [--since D] [--limit N] [--format tsv|jsonl]   one line per case, streamed
  accounts import FILE.csv           import existing customers / blocked accounts (domain,name,reason[,kind])
  crm setup                          create the CRM's custom properties, check pipeline and stages
  crm sync [--max-jobs N]            run due CRM/webhook sync jobs and one poll; JSON summary
  crm backfill                       queue every existing case for the CRM
  status-links revoke CASE           revoke a case's status page links (and its firm page's)
  status-links revoke --firm D       revoke every status page link of a firm (domain, or free-mail address)
`;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<Buffer>;
  /** resolves once stdout has taken what was written (backpressure for long listings) */
  drained?: () => Promise<void>;
}

const io: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, "drain").then(() => {}) : Promise.resolve()),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    return Buffer.concat(chunks);
  },
};

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`dealreg: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

/** CLI commands log to stderr so that stdout stays machine-readable. */
function cliLogger(config: Config): Logger {
  return createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, process.stderr);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve": {
      const config = configOrExit();
      const { runServe } = await import("./commands/serve.ts");
      return runServe(rest, config, createLogger(config.LOG_LEVEL));
    }
    case "ingest": {
      const config = configOrExit();
      const { runIngest } = await import("./commands/ingest.ts");
      return runIngest(rest, io, config, cliLogger(config));
    }
    case "parse": {
      const config = configOrExit();
      const { runParse } = await import("./commands/parse.ts");
      const { parseOptionsFor } = await import("../app/context.ts");
      return runParse(rest, io, parseOptionsFor(config, cliLogger(config)));
    }
    case "migrate": {
      const config = configOrExit();
      const { runMigrate } = await import("./commands/migrate.ts");
      return runMigrate(io, config);
    }
    case "case": {
      const config = configOrExit();
      const { runCase } = await import("./commands/case.ts");
      return runCase(rest, io, config, cliLogger(config));
    }
    case "accounts": {
      const config = configOrExit();
      const { runAccounts } = await import("./commands/accounts.ts");
      return runAccounts(rest, io, config, cliLogger(config));
    }
    case "crm": {
      const config = configOrExit();
      const { runCrm } = await import("./commands/crm.ts");
      return runCrm(rest, io, config, cliLogger(config));
    }
    case "status-links": {
      const config = configOrExit();
      const { runStatusLinks } = await import("./commands/status-links.ts");
      return runStatusLinks(rest, io, config, cliLogger(config));
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`dealreg: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    io.stderr(`dealreg: ${err instanceof AppError ? `${err.code}: ${err.message}` : errorMessage(err)}`);
    if (!(err instanceof AppError) && process.env.LOG_LEVEL === "debug")
      io.stderr(err instanceof Error ? String(err.stack) : String(err));
    process.exitCode = 1;
  },
);
