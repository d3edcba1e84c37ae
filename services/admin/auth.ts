// Request guards for the admin page: a signed session for every page, and a session-bound CSRF
// token on every state-changing request. Signing out revokes the session id in this process.
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  SESSION_COOKIE,
  SESSION_TTL_SECONDS,
  checkCsrf,
  csrfToken,
  decodeSession,
  encodeSession,
  newSession,
  readCookie,
  sessionCookie,
  type Session,
  type SessionKeys,
} from "./session.ts";

export interface Auth {
  session(req: FastifyRequest): Session | null;
  csrf(req: FastifyRequest): string;
  /** preHandler: pages need a session; without one the browser goes to the sign-in page */
  requireSession(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** preHandler for POSTs: a session and its CSRF token in the form field `_csrf` */
  requireSessionAndCsrf(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  signIn(req: FastifyRequest, reply: FastifyReply, user: string): void;
  signOut(req: FastifyRequest, reply: FastifyReply): void;
}

export function createAuth(keys: SessionKeys, now: () => Date): Auth {
  const sessions = new WeakMap<FastifyRequest, Session>();
  const revoked = new Map<string, number>(); // session id -> expiry (unix s)

  function session(req: FastifyRequest): Session | null {
    const cached = sessions.get(req);
    if (cached) return cached;
    const s = decodeSession(keys, readCookie(req.headers.cookie, SESSION_COOKIE), now());
    if (!s || revoked.has(s.id)) return null;
    sessions.set(req, s);
    return s;
  }

  const secure = (req: FastifyRequest) => req.protocol === "https";

  return {
    session,
    csrf(req) {
      const s = session(req);
      return s ? csrfToken(keys, s) : "";
    },
    async requireSession(req, reply) {
      if (!session(req)) await reply.redirect("/admin/login", 303);
    },
    async requireSessionAndCsrf(req, reply) {
      const s = session(req);
      if (!s) return void (await reply.redirect("/admin/login", 303));
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (!checkCsrf(keys, s, body._csrf)) {
        await reply.code(403).type("text/plain; charset=utf-8").send("CSRF token missing or wrong: reload the page and try again.");
      }
    },
    signIn(req, reply, user) {
      const s = newSession(user, now());
      reply.header("set-cookie", sessionCookie(encodeSession(keys, s), { secure: secure(req), maxAge: SESSION_TTL_SECONDS }));
    },
    signOut(req, reply) {
      const s = session(req);
      const t = Math.floor(now().getTime() / 1000);
      for (const [id, exp] of revoked) if (exp <= t) revoked.delete(id);
      if (s) revoked.set(s.id, s.expires);
      reply.header("set-cookie", sessionCookie("", { secure: secure(req), maxAge: 0 }));
    },
  };
}
