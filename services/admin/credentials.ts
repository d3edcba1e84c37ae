// Who may sign in to the admin page. Passwords live in memory only as scrypt hashes and are
// compared in constant time; an unknown user costs the same scrypt as a known one, so timing
// does not reveal which names exist.
//
// ADMIN_PASSWORD=secret                 -> one user, "admin" (the form then asks for the password only)
// ADMIN_USERS=alice:secret,bob:scrypt:<salt>:<hash>
//   pairs separated by commas; a password is either plain text (hashed at start-up) or a
//   pre-computed hash from `hashPassword()` (salt and hash base64url). Passwords must not
//   contain commas; user names are [A-Za-z0-9._@-].
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { AppError } from "../core/errors.ts";

const KEY_LENGTH = 32;
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const USER_RE = /^[A-Za-z0-9._@-]{1,64}$/;

export interface PasswordHash {
  salt: Buffer;
  hash: Buffer;
}

export interface Credentials {
  /** true when ADMIN_USERS is used: the sign-in form asks for a user name */
  withUsernames: boolean;
  /** the user name a correct password belongs to, else null */
  verify(username: string, password: string): Promise<string | null>;
}

function scrypt(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize("NFC"), salt, KEY_LENGTH, SCRYPT, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string, salt: Buffer = randomBytes(16)): Promise<PasswordHash> {
  return { salt, hash: await scrypt(password, salt) };
}

/** The `scrypt:<salt>:<hash>` form accepted in ADMIN_USERS. */
export function formatHash(h: PasswordHash): string {
  return `scrypt:${h.salt.toString("base64url")}:${h.hash.toString("base64url")}`;
}

function parseHash(s: string): PasswordHash | null {
  const m = /^scrypt:([A-Za-z0-9_-]{16,}):([A-Za-z0-9_-]{40,})$/.exec(s);
  if (!m) return null;
  const hash = Buffer.from(m[2]!, "base64url");
  return hash.length === KEY_LENGTH ? { salt: Buffer.from(m[1]!, "base64url"), hash } : null;
}

/** Parses ADMIN_USERS into (user, secret) pairs without hashing; throws naming the bad entry. */
export function parseAdminUsers(value: string): { user: string; secret: string; prehashed: PasswordHash | null }[] {
  const out: { user: string; secret: string; prehashed: PasswordHash | null }[] = [];
  for (const entry of value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const colon = entry.indexOf(":");
    const user = colon > 0 ? entry.slice(0, colon) : "";
    const secret = colon > 0 ? entry.slice(colon + 1) : "";
    if (!USER_RE.test(user) || !secret) {
      throw new AppError(
        "CONFIG_INVALID",
        `ADMIN_USERS: entry #${out.length + 1} must look like user:password or user:scrypt:<salt>:<hash>`,
      );
    }
    out.push({ user, secret, prehashed: secret.startsWith("scrypt:") ? parseHash(secret) : null });
    if (secret.startsWith("scrypt:") && !out.at(-1)!.prehashed) {
      throw new AppError("CONFIG_INVALID", `ADMIN_USERS: the hash of user ${user} is malformed`);
    }
  }
  return out;
}

/** null when neither ADMIN_PASSWORD nor ADMIN_USERS is set: the admin page is off. */
export async function loadCredentials(cfg: {
  ADMIN_PASSWORD?: string | undefined;
  ADMIN_USERS?: string | undefined;
}): Promise<Credentials | null> {
  if (!cfg.ADMIN_PASSWORD && !cfg.ADMIN_USERS) return null;
  const users = new Map<string, PasswordHash>();
  if (cfg.ADMIN_USERS) {
    for (const u of parseAdminUsers(cfg.ADMIN_USERS)) users.set(u.user, u.prehashed ?? (await hashPassword(u.secret)));
  }
  if (cfg.ADMIN_PASSWORD) users.set("admin", await hashPassword(cfg.ADMIN_PASSWORD));
  const withUsernames = !!cfg.ADMIN_USERS;
  const dummy = await hashPassword(randomBytes(16).toString("hex"));

  return {
    withUsernames,
    async verify(username, password) {
      const name = withUsernames ? username.trim() : "admin";
      const known = users.get(name);
      const target = known ?? dummy;
      const candidate = await scrypt(password, target.salt);
      const equal = timingSafeEqual(candidate, target.hash);
      return known && equal ? name : null;
    },
  };
}
