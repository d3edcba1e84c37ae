import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, EnvSchema, loadConfig, vendorDomains } from "../../services/config/env.ts";
import { vendorName } from "../../services/app/context.ts";

describe("configuration", () => {
  it("runs with no variables at all (embedded database, files as outbox)", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe("./data");
    expect(c.PORT).toBe(3000);
    expect(c.MANAGERS).toEqual([]);
  });

  it("starts one parse worker on the embedded database and one per core on PostgreSQL, unless told", () => {
    expect(loadConfig({}).PARSE_WORKERS).toBe(1);
    expect(loadConfig({ DATABASE_URL: "postgres://u@db.example/dealreg" }).PARSE_WORKERS).toBe(availableParallelism());
    expect(loadConfig({ PARSE_WORKERS: "3" }).PARSE_WORKERS).toBe(3);
    expect(loadConfig({ DATABASE_URL: "postgres://u@db.example/dealreg", PARSE_WORKERS: "1" }).PARSE_WORKERS).toBe(1);
  });

  it("names every bad variable at once", () => {
    let err: unknown;
    try {
      loadConfig({ PORT: "eighty", MANAGERS: "boss@vendor.example, not-an-address", DATABASE_URL: "nope" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const text = (err as ConfigError).message;
    expect(text).toMatch(/PORT/);
    expect(text).toMatch(/MANAGERS/);
    expect(text).toMatch(/DATABASE_URL/);
  });

  it("never trusts Authentication-Results on mail from SES", () => {
    expect(loadConfig({}).TRUST_AUTH_RESULTS_SOURCES).toEqual(["imap"]);
    expect(loadConfig({ TRUST_AUTH_RESULTS_SOURCES: "imap, http" }).TRUST_AUTH_RESULTS_SOURCES).toEqual([
      "imap",
      "http",
    ]);
    expect(() => loadConfig({ TRUST_AUTH_RESULTS_SOURCES: "imap,ses" })).toThrow(/TRUST_AUTH_RESULTS_SOURCES/);
  });

  it("trusts X-Forwarded-For only from named proxies or a hop count, never from anyone", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 192.168.0.0/16,::1" }).TRUST_PROXY).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
      "::1",
    ]);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "proxy.example" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/99" })).toThrow(/TRUST_PROXY/);
  });

  it("treats empty strings as unset, as .env files write them", () => {
    expect(loadConfig({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("parses lists and numbers", () => {
    const c = loadConfig({
      MANAGERS: " A@Vendor.example ,b@vendor.example",
      CONFIDENCE_THRESHOLD: "0.7",
      ROLES: "web,worker",
    });
    expect(c.MANAGERS).toEqual(["a@vendor.example", "b@vendor.example"]);
    expect(c.CONFIDENCE_THRESHOLD).toBe(0.7);
    expect(c.ROLES).toEqual(["web", "worker"]);
    expect(() => loadConfig({ ROLES: "web,cron" })).toThrow(/ROLES/);
  });

  it("knows the vendor's own domains", () => {
    const c = loadConfig({
      INBOUND_ADDRESS: "partners@northbeam.io",
      MAIL_FROM: "Team <team@mail.northbeam.io>",
      MANAGERS: "x@northbeam.io",
    });
    expect(vendorDomains(c).sort()).toEqual(["mail.northbeam.io", "northbeam.io"]);
  });

  it("adds VENDOR_DOMAINS and refuses what is no domain", () => {
    const c = loadConfig({ INBOUND_ADDRESS: "partners@vendor.example", VENDOR_DOMAINS: "Quillon.io, quillon.de" });
    expect(vendorDomains(c).sort()).toEqual(["quillon.de", "quillon.io", "vendor.example"]);
    expect(() => loadConfig({ VENDOR_DOMAINS: "https://quillon.io/" })).toThrow(/VENDOR_DOMAINS/);
  });

  it("names the vendor by VENDOR_NAME, else by MAIL_FROM's display name without its team words", () => {
    expect(vendorName(loadConfig({ MAIL_FROM: "Quillon Partner Team <partners@quillon.io>" }))).toBe("Quillon");
    expect(vendorName(loadConfig({ MAIL_FROM: "Partner Team <partners@quillon.io>" }))).toBeNull();
    expect(vendorName(loadConfig({ MAIL_FROM: "Partner Team <partners@quillon.io>", VENDOR_NAME: "Quillon AB" }))).toBe(
      "Quillon AB",
    );
    expect(loadConfig({ VENDOR_PRODUCTS: "Ledger, Flow Pro" }).VENDOR_PRODUCTS).toEqual(["Ledger", "Flow Pro"]);
  });

  it("has no variable that the README or .env.example does not know, and the reverse", () => {
    // A variable that is parsed but documented nowhere (or documented but never read) misleads
    // operators: they set it and believe it protects something.
    const root = resolve(import.meta.dirname, "../..");
    const documented = new Set(
      [...readFileSync(resolve(root, "README.md"), "utf8").matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((m) => m[1]!),
    );
    const example = [
      ...readFileSync(resolve(root, ".env.example"), "utf8").matchAll(/^#?\s*([A-Z][A-Z0-9_]{2,})=/gm),
    ].map((m) => m[1]!);
    const known = Object.keys(EnvSchema.shape).filter((k) => k !== "NODE_ENV");
    expect(known.filter((k) => !documented.has(k))).toEqual([]);
    expect(example.filter((k) => !known.includes(k))).toEqual([]);
  });
});
