// IMAP_URL → where to connect and which mailbox to read, plus a password-free identity of the
// mailbox that keys our progress, our delivery refs and the cross-instance lock.
import { createHash } from "node:crypto";
import { AppError } from "../../core/errors.ts";

export interface ImapTarget {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
  /**
   * account and mailbox without the password, e.g. `partners@mail.example.com/INBOX`. Scheme and
   * port are left out: moving from 143 to 993 is still the same mailbox.
   */
  key: string;
}

/** `imaps://user:pass@host:993/INBOX` (TLS) or `imap://…` (plain, for tests); user and pass URL-encoded. */
export function parseImapUrl(url: string): ImapTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AppError("CONFIG_INVALID", "IMAP_URL is not a URL (expected imaps://user:pass@host:993/INBOX)");
  }
  if (u.protocol !== "imaps:" && u.protocol !== "imap:") {
    throw new AppError("CONFIG_INVALID", `IMAP_URL must start with imaps:// or imap://, not ${u.protocol}//`);
  }
  const secure = u.protocol === "imaps:";
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  if (!u.hostname || !user || !pass) {
    throw new AppError(
      "CONFIG_INVALID",
      "IMAP_URL needs a host, a user and a password (imaps://user:pass@host:993/INBOX; URL-encode special characters)",
    );
  }
  const port = u.port ? Number(u.port) : secure ? 993 : 143;
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, "")) || "INBOX";
  const host = u.hostname.replace(/^\[(.*)\]$/, "$1");
  const key = `${encodeURIComponent(user)}@${host.toLowerCase()}/${mailbox}`;
  return { host, port, secure, user, pass, mailbox, key };
}

/** A signed 64-bit PostgreSQL advisory-lock key for a mailbox identity. */
export function advisoryLockKey(mailboxKey: string): bigint {
  const digest = createHash("sha256").update(`dealreg:imap:${mailboxKey}`).digest();
  return digest.readBigInt64BE(0);
}
