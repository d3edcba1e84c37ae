// The admin page's pure pieces: highlighting, sessions, credentials, the correction form.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "../../services/admin/view/highlight.ts";
import {
  checkCsrf,
  csrfToken,
  decodeSession,
  encodeSession,
  newSession,
  readCookie,
  sessionKeys,
} from "../../services/admin/session.ts";
import { loadCredentials, parseAdminUsers } from "../../services/admin/credentials.ts";
import { readCorrection } from "../../services/admin/actions/correction-form.ts";
import { diffOutputs, fieldRows } from "../../services/admin/view/fields.ts";
import { TEMPLATES_DIR } from "../../services/admin/render.ts";

describe("highlightSegments", () => {
  it("marks provenance spans, merges overlaps and keeps the text whole", () => {
    const text = "Company: Acme GmbH\nWebsite: acme.de\n";
    const segs = highlightSegments(text, {
      "company.name": { source: "rules", snippet: "Acme GmbH", span: [9, 18] },
      "company.domain": { source: "rules", snippet: "acme.de", span: null },
      "contact.name": { source: "llm", snippet: "Acme", span: [9, 13] },
      bogus: { source: "rules", snippet: "x", span: [500, 501] },
    });
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.fields.length).map((s) => [s.text, s.fields.sort()])).toEqual([
      ["Acme GmbH", ["company.name", "contact.name"]],
      ["acme.de", ["company.domain"]],
    ]);
  });

  it("returns the plain text when nothing is known", () => {
    expect(highlightSegments("", {})).toEqual([{ text: "", fields: [] }]);
  });
});

describe("sessions", () => {
  const keys = sessionKeys("secret one");
  const now = new Date("2026-03-10T10:00:00Z");

  it("round-trips, expires and rejects a foreign key", () => {
    const s = newSession("alice", now);
    const token = encodeSession(keys, s);
    expect(decodeSession(keys, token, now)).toEqual(s);
    expect(decodeSession(sessionKeys("secret two"), token, now)).toBeNull();
    expect(decodeSession(keys, token, new Date(s.expires * 1000 + 1))).toBeNull();
    expect(decodeSession(keys, `${token}x`, now)).toBeNull();
    expect(decodeSession(keys, "garbage", now)).toBeNull();
  });

  it("binds the CSRF token to the session", () => {
    const a = newSession("alice", now);
    const b = newSession("alice", now);
    expect(checkCsrf(keys, a, csrfToken(keys, a))).toBe(true);
    expect(checkCsrf(keys, a, csrfToken(keys, b))).toBe(false);
    expect(checkCsrf(keys, a, undefined)).toBe(false);
  });

  it("reads one cookie from a header", () => {
    expect(readCookie("a=1; dealreg_admin=x.y; b=2", "dealreg_admin")).toBe("x.y");
    expect(readCookie("xdealreg_admin=1", "dealreg_admin")).toBeUndefined();
  });
});

describe("credentials", () => {
  it("parses ADMIN_USERS and names the bad entry", () => {
    expect(parseAdminUsers("alice:pw:with:colons, bob:x").map((u) => [u.user, u.secret])).toEqual([
      ["alice", "pw:with:colons"],
      ["bob", "x"],
    ]);
    expect(() => parseAdminUsers("alice:ok,nopassword")).toThrow(/entry #2/);
    expect(() => parseAdminUsers("bob:scrypt:short:hash")).toThrow(/bob/);
  });

  it("is off without passwords and verifies with one", async () => {
    expect(await loadCredentials({})).toBeNull();
    const c = (await loadCredentials({ ADMIN_PASSWORD: "pw" }))!;
    expect(c.withUsernames).toBe(false);
    expect(await c.verify("", "pw")).toBe("admin");
    expect(await c.verify("", "PW")).toBeNull();
  });
});

describe("correction form", () => {
  it("turns the form into a registration, normalising the domain and e-mail", () => {
    const r = readCorrection(
      {
        "company.name": " Acme  GmbH ",
        "company.domain": "https://www.shop.acme.co.uk/x",
        "contact.email": "Eve@Acme.co.uk",
        "estimatedValue.amount": "48000",
        "estimatedValue.currency": "eur",
        competitors: "Foo, Bar,",
        stage: "evaluation",
        consent: "yes",
      },
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.registration).toMatchObject({
      company: { name: "Acme GmbH", domain: "acme.co.uk" },
      contact: { email: "eve@acme.co.uk", name: null },
      estimatedValue: { amount: 48000, currency: "EUR" },
      competitors: ["Foo", "Bar"],
      stage: "evaluation",
      consent: true,
    });
  });

  it("refuses values that do not fit", () => {
    expect(readCorrection({ stage: "won" }, null).ok).toBe(false);
    expect(readCorrection({ "estimatedValue.amount": "12" }, null).ok).toBe(false);
    expect(readCorrection({ "partner.email": "nope" }, null).ok).toBe(false);
  });

  it("diffs two outputs field by field", () => {
    const r = readCorrection({ "company.name": "New" }, null);
    if (!r.ok) throw new Error("form");
    const out = {
      kind: "registration" as const,
      confidence: 1,
      partner: r.value.partner,
      registration: r.value.registration,
      missing: [],
      caseRef: null,
    };
    expect(diffOutputs(null, out).map((c) => c.path)).toEqual(expect.arrayContaining(["kind", "company.name"]));
  });

  it("shows the rules' evidence for a field, and why a missing one was left open", () => {
    const rows = fieldRows(null, {
      "company.name": {
        source: "rules",
        snippet: "Acme",
        span: null,
        evidence: { kind: "labelled line", confidence: 0.9 },
      },
      "contact.email": {
        source: "rules",
        snippet: null,
        span: null,
        evidence: { kind: null, confidence: 0, rejected: ["a@b.example (address): does not belong to Ann Lee"] },
      },
    });
    expect(rows.find((r) => r.path === "company.name")).toMatchObject({
      evidence: "labelled line, 0.90",
      rejected: null,
    });
    expect(rows.find((r) => r.path === "contact.email")).toMatchObject({
      evidence: null,
      rejected: "a@b.example (address): does not belong to Ann Lee",
    });
  });
});

describe("templates", () => {
  it("never print raw HTML ({{{ }}}) and carry no script", () => {
    for (const f of readdirSync(TEMPLATES_DIR).filter((n) => n.endsWith(".hbs"))) {
      const src = readFileSync(join(TEMPLATES_DIR, f), "utf8");
      expect(src, f).not.toContain("{{{");
      expect(src, f).not.toMatch(/<script|\son[a-z]+=/i);
    }
  });
});
