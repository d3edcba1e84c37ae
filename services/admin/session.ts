// Stateless signed session cookies and session-bound CSRF tokens. The cookie carries the user
// name, a random session id and an expiry, signed with HMAC-SHA256; the CSRF token is an HMAC
// of the session id, so it needs no storage and dies with the session.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { sameSecret } from "../core/secrets.ts";

export const SESSION_COOKIE = "dealreg_admin";
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface Session {
  user: string;
  id: string;
  expires: number; // unix seconds
}

export interface SessionKeys {
  /** true when SESSION_SECRET was unset and a random key was made for this process */
  ephemeral: boolean;
  sign(data: string): string;
}

export function sessionKeys(secret: string | undefined): SessionKeys {
  // Any SESSION_SECRET length works: it is stretched to one HMAC key.
  const key = secret ? createHash("sha256").update(`dealreg-admin-session\0${secret}`).digest() : randomBytes(32);
  return { ephemeral: !secret, sign: (data) => createHmac("sha256", key).update(data).digest("base64url") };
}

export function newSession(user: string, now: Date): Session {
  return {
    user,
    id: randomBytes(16).toString("base64url"),
    expires: Math.floor(now.getTime() / 1000) + SESSION_TTL_SECONDS,
  };
}

export function encodeSession(keys: SessionKeys, s: Session): string {
  const body = Buffer.from(JSON.stringify({ u: s.user, i: s.id, e: s.expires })).toString("base64url");
  return `${body}.${keys.sign(`session.${body}`)}`;
}

/** The signed cookie body: user, session id, expiry (unix seconds). */
const SessionBody = z.object({ u: z.string(), i: z.string(), e: z.number() });

export function decodeSession(keys: SessionKeys, token: string | undefined, now: Date): Session | null {
  if (!token || token.length > 1024) return null;
  const dot = token.indexOf(".");
  if (dot < 1) return null;
  const body = token.slice(0, dot);
  if (!sameSecret(token.slice(dot + 1), keys.sign(`session.${body}`))) return null;
  try {
    const parsed = SessionBody.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const v = parsed.data;
    if (v.e * 1000 <= now.getTime()) return null;
    return { user: v.u, id: v.i, expires: v.e };
  } catch {
    return null;
  }
}

export function csrfToken(keys: SessionKeys, s: Session): string {
  return keys.sign(`csrf.${s.id}`);
}

export function checkCsrf(keys: SessionKeys, s: Session, token: unknown): boolean {
  return typeof token === "string" && sameSecret(token, csrfToken(keys, s));
}

/** The value of one cookie from a Cookie header (no dependency for one name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(value: string, opts: { secure: boolean; maxAge: number }): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    "Path=/admin",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${opts.maxAge}`,
    ...(opts.secure ? ["Secure"] : []),
  ].join("; ");
}
