import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, vendorDomains } from "../../services/config/env.ts";

describe("configuration", () => {
  it("runs with no variables at all (embedded database, files as outbox)", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe("./data");
    expect(c.PORT).toBe(3000);
    expect(c.MANAGERS).toEqual([]);
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

  it("treats empty strings as unset, as .env files write them", () => {
    expect(loadConfig({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("parses lists and numbers", () => {
    const c = loadConfig({ MANAGERS: " A@Vendor.example ,b@vendor.example", CONFIDENCE_THRESHOLD: "0.7", ROLES: "web,worker" });
    expect(c.MANAGERS).toEqual(["a@vendor.example", "b@vendor.example"]);
    expect(c.CONFIDENCE_THRESHOLD).toBe(0.7);
    expect(c.ROLES).toEqual(["web", "worker"]);
    expect(() => loadConfig({ ROLES: "web,cron" })).toThrow(/ROLES/);
  });

  it("knows the vendor's own domains", () => {
    const c = loadConfig({ INBOUND_ADDRESS: "partners@northbeam.io", MAIL_FROM: "Team <team@mail.northbeam.io>", MANAGERS: "x@northbeam.io" });
    expect(vendorDomains(c).sort()).toEqual(["mail.northbeam.io", "northbeam.io"]);
  });
});
