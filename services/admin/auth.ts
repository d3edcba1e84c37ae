// Request guards for the admin page: a signed session for every page, and a session-bound CSRF
// token on every state-changing request. Signing out stores the session id as revoked (the
// database, so it holds after a restart and on every instance); the guards check it.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
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
import type { RevokedSessions } from "../repos/admin-sessions.ts";

/** The token field of a state-changing form; the rest of the body is the route's to read. */
const CsrfField = z.object({ _csrf: z.string() });

export interface Auth {
  /** the session a guard (or verify) has checked for this request */
  session(req: FastifyRequest): Session | null;
  /** the request's session, checked against signature, expiry and stored revocations */
  verify(req: FastifyRequest): Promise<Session | null>;
  csrf(req: FastifyRequest): string;
  /** preHandler: pages need a session; without one the browser goes to the sign-in page */
  requireSession(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** preHandler for POSTs: a session and its CSRF token in the form field `_csrf` */
  requireSessionAndCsrf(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  signIn(req: FastifyRequest, reply: FastifyReply, user: string): void;
  signOut(req: FastifyRequest, reply: FastifyReply): Promise<void>;
}

export interface AuthOptions {
  revoked: RevokedSessions;
  /** PUBLIC_URL is https: the cookie is Secure even when a proxy speaks http to us */
  publicHttps: boolean;
}

export function createAuth(keys: SessionKeys, now: () => Date, opts: AuthOptions): Auth {
  // the session of a request, once a guard has checked it against the stored revocations
  const checked = new WeakMap<FastifyRequest, Session | null>();

  function session(req: FastifyRequest): Session | null {
    return checked.get(req) ?? null;
  }

  async function verified(req: FastifyRequest): Promise<Session | null> {
    if (checked.has(req)) return checked.get(req) ?? null;
    const s = decodeSession(keys, readCookie(req.headers.cookie, SESSION_COOKIE), now());
    const live = s && !(await opts.revoked.isRevoked(s.id)) ? s : null;
    checked.set(req, live);
    return live;
  }

  const secure = (req: FastifyRequest) => opts.publicHttps || req.protocol === "https";

  return {
    session,
    verify: verified,
    csrf(req) {
      const s = session(req);
      return s ? csrfToken(keys, s) : "";
    },
    async requireSession(req, reply) {
      if (!(await verified(req))) await reply.redirect("/admin/login", 303);
    },
    async requireSessionAndCsrf(req, reply) {
      const s = await verified(req);
      if (!s) return void (await reply.redirect("/admin/login", 303));
      const form = CsrfField.safeParse(req.body);
      if (!checkCsrf(keys, s, form.success ? form.data._csrf : undefined)) {
        await reply
          .code(403)
          .type("text/plain; charset=utf-8")
          .send("CSRF token missing or wrong: reload the page and try again.");
      }
    },
    signIn(req, reply, user) {
      const s = newSession(user, now());
      reply.header(
        "set-cookie",
        sessionCookie(encodeSession(keys, s), { secure: secure(req), maxAge: SESSION_TTL_SECONDS }),
      );
    },
    async signOut(req, reply) {
      const s = await verified(req);
      if (s) await opts.revoked.revoke(s.id, new Date(s.expires * 1000));
      reply.header("set-cookie", sessionCookie("", { secure: secure(req), maxAge: 0 }));
    },
  };
}
