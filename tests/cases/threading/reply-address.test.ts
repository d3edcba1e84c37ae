import { describe, expect, it } from "vitest";
import {
  hashToken,
  newToken,
  replyAddress,
  tokensInAddresses,
} from "../../../services/cases/threading/reply-address.ts";

describe("newToken", () => {
  it("is at least 128 random bits of lower-case base32, safe in a local part", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newToken()));
    expect(tokens.size).toBe(200);
    for (const t of tokens) {
      expect(t).toMatch(/^[a-z2-7]+$/);
      expect(t.length * 5).toBeGreaterThanOrEqual(128);
    }
  });
});

describe("replyAddress / tokensInAddresses", () => {
  const inbound = "partners@vendor.example";

  it("puts the token after a plus and finds it again", () => {
    const token = newToken();
    const address = replyAddress(inbound, token);
    expect(address).toBe(`partners+${token}@vendor.example`);
    expect(tokensInAddresses([address], inbound)).toEqual([token]);
  });

  it("accepts a display-name inbound and replaces an existing plus part", () => {
    expect(replyAddress("Partners <partners+old@vendor.example>", "abcdefghijklmnop")).toBe(
      "partners+abcdefghijklmnop@vendor.example",
    );
  });

  it("matches the local part and domain case-insensitively and reads display-name addresses", () => {
    const token = newToken();
    const found = tokensInAddresses([`"Deal Desk" <Partners+${token.toUpperCase()}@Vendor.Example>`], inbound);
    expect(found).toEqual([token]);
  });

  it("ignores other domains, other mailboxes, addresses without a token and junk tokens", () => {
    const token = newToken();
    expect(
      tokensInAddresses(
        [
          `partners+${token}@other.example`,
          `sales+${token}@vendor.example`,
          "partners@vendor.example",
          "partners+short@vendor.example",
          "partners+has.dot-and-1@vendor.example",
          "not an address",
        ],
        inbound,
      ),
    ).toEqual([]);
  });

  it("returns every token addressed to us, in order", () => {
    const a = newToken();
    const b = newToken();
    expect(tokensInAddresses([replyAddress(inbound, a), "x@y.example", replyAddress(inbound, b)], inbound)).toEqual([
      a,
      b,
    ]);
  });
});

describe("hashToken", () => {
  it("is a sha256 hex digest, independent of the case the mail server delivered", () => {
    const token = newToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token.toUpperCase())).toBe(hashToken(token));
    expect(hashToken(newToken())).not.toBe(hashToken(token));
  });
});
