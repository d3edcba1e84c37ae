// A private Dovecot IMAP server for tests: own config, state and maildir in a temp folder,
// plain-text login on a free loopback port. Requires root (Dovecot's master drops privileges)
// and the Debian package dovecot-imapd. `dovecotOrSkip()` decides whether the suite runs.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";

export const DOVECOT_BIN = "/usr/sbin/dovecot";
/** Dovecot refuses to run mail processes as root: mail belongs to nobody/nogroup. */
const MAIL_UID = 65534;
const MAIL_GID = 65534;

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** IMAP_URL for dealreg (plain imap://, INBOX) */
  url: string;
  /** an IMAP_URL through another port (a proxy in front of this server) */
  urlVia(port: number, mailbox?: string): string;
  /** APPENDs raw messages; returns their UIDs */
  append(raws: Buffer | Buffer[], mailbox?: string): Promise<number[]>;
  /** a logged-in client for assertions (caller logs out) */
  client(): Promise<ImapFlow>;
  /** Dovecot's own log (for failure messages) */
  log(): string;
  stop(): Promise<void>;
}

export type DovecotAvailability = { available: true } | { available: false; reason: string };

export function dovecotAvailability(): DovecotAvailability {
  if (!existsSync(DOVECOT_BIN))
    return { available: false, reason: `${DOVECOT_BIN} not found (apt-get install dovecot-imapd)` };
  if (process.getuid?.() !== 0)
    return {
      available: false,
      reason: "the Dovecot tests must run as root (Dovecot's master process drops privileges)",
    };
  return { available: true };
}

/**
 * Whether Dovecot suites run here. Without Dovecot: a hard failure when CI=true or
 * REQUIRE_DOVECOT=1 (a skipped suite must not look green in CI), else a printed notice.
 */
export function dovecotOrSkip(): boolean {
  const a = dovecotAvailability();
  if (a.available) return true;
  if (process.env.CI === "true" || process.env.REQUIRE_DOVECOT === "1") {
    throw new Error(`Dovecot is required (CI=true or REQUIRE_DOVECOT=1) but unavailable: ${a.reason}`);
  }
  console.warn(`\n[dealreg tests] Dovecot unavailable (${a.reason}): IMAP suites are SKIPPED.\n`);
  return false;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = ${MAIL_UID}
mail_location = maildir:${dir}/mail/%u
mail_uid = ${MAIL_UID}
mail_gid = ${MAIL_GID}
# tests create and wipe mailboxes quickly; no fsync needed
mail_fsync = never
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = create
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

async function waitForPort(port: number, proc: ChildProcess, logFile: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`dovecot exited with ${proc.exitCode}: ${safeRead(logFile)}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("data", (d) => {
        s.destroy();
        resolve(d.toString().startsWith("* OK"));
      });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not answer on port ${port}: ${safeRead(logFile)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8").slice(-4000);
  } catch {
    return "(no log)";
  }
}

export async function startDovecot(opts: { user?: string; password?: string } = {}): Promise<Dovecot> {
  const a = dovecotAvailability();
  if (!a.available) throw new Error(a.reason);
  const user = opts.user ?? "partners";
  // a password with URL-special characters proves the URL encoding end to end
  const password = opts.password ?? "s3cret@p/ss%w rd"; // no ":" (the passwd-file separator)
  const dir = mkdtempSync(join(tmpdir(), "dealreg-dovecot-"));
  chmodSync(dir, 0o755); // mail processes run as nobody and must reach the maildir
  for (const d of ["run", "state"]) mkdirSync(join(dir, d));
  mkdirSync(join(dir, "mail"));
  chownSync(join(dir, "mail"), MAIL_UID, MAIL_GID);
  writeFileSync(join(dir, "passwd"), `${user}:{PLAIN}${password}:${MAIL_UID}:${MAIL_GID}::${dir}/mail/${user}::\n`);
  const port = await freePort();
  const confFile = join(dir, "dovecot.conf");
  writeFileSync(confFile, config(dir, port));
  const logFile = join(dir, "dovecot.log");

  const proc = spawn(DOVECOT_BIN, ["-F", "-c", confFile], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForPort(port, proc, logFile);
  } catch (err) {
    proc.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }

  const host = "127.0.0.1";
  const urlVia = (p: number, mailbox = "INBOX") =>
    `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${p}/${encodeURIComponent(mailbox)}`;
  const client = async () => {
    const c = new ImapFlow({ host, port, secure: false, auth: { user, pass: password }, logger: false });
    c.on("error", () => {});
    await c.connect();
    return c;
  };

  let appender: ImapFlow | null = null;
  return {
    host,
    port,
    user,
    password,
    url: urlVia(port),
    urlVia,
    async append(raws, mailbox = "INBOX") {
      if (!appender || !appender.usable) appender = await client();
      const uids: number[] = [];
      for (const raw of Array.isArray(raws) ? raws : [raws]) {
        const r = await appender.append(mailbox, raw);
        if (!r || typeof r.uid !== "number") throw new Error("APPEND returned no UID (UIDPLUS missing?)");
        uids.push(r.uid);
      }
      return uids;
    },
    client,
    log: () => safeRead(logFile),
    async stop() {
      await appender?.logout().catch(() => {});
      if (proc.exitCode === null) {
        const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
        proc.kill("SIGTERM");
        const timer = setTimeout(() => proc.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
