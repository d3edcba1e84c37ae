// Sign-in and sign-out. The sign-in POST is rate-limited per client address.
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { AdminContext } from "../plugin.ts";

const LoginForm = z.object({ username: z.string().max(200).default(""), password: z.string().max(1000).default("") });

export function loginRoutes(ctx: AdminContext): FastifyPluginAsync {
  const limit = ctx.deps.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 };
  return async (app: FastifyInstance) => {
    app.get("/login", async (req, reply) => {
      if (await ctx.auth.verify(req)) return reply.redirect("/admin/", 303);
      return ctx.page(req, reply, "login", { title: "Sign in", withUsernames: ctx.credentials.withUsernames });
    });

    app.post(
      "/login",
      {
        config: {
          rateLimit: {
            max: limit.max,
            timeWindow: limit.timeWindowMs,
            errorResponseBuilder: (_req, c) => ({
              statusCode: 429,
              message: `Too many sign-in attempts; try again in ${Math.ceil(c.ttl / 1000)} s.`,
            }),
          },
        },
      },
      async (req, reply) => {
        const form = LoginForm.safeParse(req.body ?? {});
        const user = form.success ? await ctx.credentials.verify(form.data.username, form.data.password) : null;
        if (!user) {
          req.log.warn({ component: "admin" }, "admin sign-in failed");
          return ctx.page(
            req,
            reply,
            "login",
            { title: "Sign in", withUsernames: ctx.credentials.withUsernames, error: "Wrong user name or password." },
            401,
          );
        }
        ctx.auth.signIn(req, reply, user);
        req.log.info({ component: "admin", user }, "admin signed in");
        return reply.redirect("/admin/", 303);
      },
    );

    app.post("/logout", { preHandler: ctx.auth.requireSessionAndCsrf }, async (req, reply) => {
      await ctx.auth.signOut(req, reply);
      return reply.redirect("/admin/login", 303);
    });
  };
}
