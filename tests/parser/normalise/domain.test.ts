import { describe, expect, it } from "vitest";
import {
  domainOfEmail,
  findEmails,
  findUrls,
  isFreeMailDomain,
  registrableDomain,
} from "../../../services/parser/normalise/domain.ts";

describe("registrableDomain", () => {
  it.each([
    ["https://www.shop.acme.co.uk/x", "acme.co.uk"],
    ["portal.fjordnet.no", "fjordnet.no"],
    ["investors.x.com/en/", "x.com"],
    ["WWW.FoxgloveAnalytics.com", "foxgloveanalytics.com"],
    ["www.talquell.ch.", "talquell.ch"],
    ["(brightwell-foods.com),", "brightwell-foods.com"],
    ["http://acme.com:8080/path?q=1#x", "acme.com"],
    ["https://shop.kookaburraoutdoor.com.au", "kookaburraoutdoor.com.au"],
    ["xn--mnchen-3ya.de", "münchen.de"],
    ["https://www.München.de/", "münchen.de"],
    ["mailto:ap@verityhealth.io", "verityhealth.io"],
    // suffixes of the list's private section: each name under them has its own owner
    ["https://www.apteka-lipowa.gda.pl/", "apteka-lipowa.gda.pl"],
    ["info@kowalscy.krakow.pl", "kowalscy.krakow.pl"],
    ["www.brightlane.uk.com", "brightlane.uk.com"],
    ["https://tallyhoyarn.github.io/shop", "tallyhoyarn.github.io"],
  ])("%s -> %s", (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it.each([
    "192.168.1.10",
    "http://127.0.0.1:3000/",
    "localhost",
    "http://localhost:8080",
    "[::1]",
    "foo.zzzz",
    "invoice.pdf",
    "",
    "none",
    "not a domain",
    "co.uk",
    "uk.com",
    "–",
  ])("%s -> null", (input) => {
    expect(registrableDomain(input)).toBeNull();
  });
});

describe("domainOfEmail", () => {
  it("returns the registrable domain, lower-cased", () => {
    expect(domainOfEmail("Raj.Patel@FoxgloveAnalytics.com")).toBe("foxgloveanalytics.com");
    expect(domainOfEmail("erik@mail.halvorsen-maritime.no")).toBe("halvorsen-maritime.no");
    expect(domainOfEmail("<jane@acme.co.uk>")).toBe("acme.co.uk");
  });
  it("rejects non-addresses", () => {
    expect(domainOfEmail("acme.com")).toBeNull();
    expect(domainOfEmail("bob@")).toBeNull();
    expect(domainOfEmail("bob@localhost")).toBeNull();
  });
});

describe("isFreeMailDomain", () => {
  it.each([
    "gmail.com",
    "googlemail.com",
    "gmx.de",
    "gmx.at",
    "gmx.ch",
    "gmx.net",
    "web.de",
    "t-online.de",
    "outlook.com",
    "hotmail.com",
    "hotmail.de",
    "hotmail.co.uk",
    "live.com",
    "live.de",
    "yahoo.com",
    "yahoo.de",
    "yahoo.co.uk",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "aol.com",
    "mail.ru",
    "yandex.ru",
    "yandex.com",
    "GMAIL.COM",
  ])("%s is free mail", (d) => {
    expect(isFreeMailDomain(d)).toBe(true);
  });
  it.each(["acme.com", "castlegatedental.co.uk", "northbeam.io", "mail.acme.de", "", "yahoo.acme.com"])(
    "%s is not free mail",
    (d) => {
      expect(isFreeMailDomain(d)).toBe(false);
    },
  );
});

describe("findUrls", () => {
  it("finds URLs, www hosts and bare domains with offsets", () => {
    const text = "See https://www.castlegatedental.co.uk/practices, www.kessler-vogt.de and pinecrestvets.com.";
    const found = findUrls(text);
    expect(found.map((f) => f.value)).toEqual([
      "https://www.castlegatedental.co.uk/practices",
      "www.kessler-vogt.de",
      "pinecrestvets.com",
    ]);
    for (const f of found) expect(text.slice(f.index, f.index + f.value.length)).toBe(f.value);
  });
  it("keeps capitalised bare domains", () => {
    expect(findUrls("Verityhealth.io (website)")).toEqual([{ value: "Verityhealth.io", index: 0 }]);
  });
  it("skips e-mail domains, file names, versions, dates and abbreviations", () => {
    const text =
      "Mail ap@verityhealth.io; attached invoice.pdf, notes.txt, export.zip. v4.2 ships 12.03.2026, z.B. e.g. Node.js";
    expect(findUrls(text)).toEqual([]);
  });
  it("skips abbreviations written with dots: a capitalised word after the dot, initials before a short ending", () => {
    expect(findUrls("Kontak: Rina Wulan, R.Guru. - Kepala")).toEqual([]);
    expect(findUrls("Zentor Qwist Co.Ltd and Plimmo.Bingo")).toEqual([]);
    expect(findUrls("Urzad dla q.st. Grobel")).toEqual([]);
    expect(findUrls("ZQ.V.TRAVEL Suite")).toEqual([]);
    expect(findUrls("see portal.q.com and QUENTAVIS.COM").map((u) => u.value)).toEqual([
      "portal.q.com",
      "QUENTAVIS.COM",
    ]);
  });
  it("strips trailing punctuation and closing brackets", () => {
    expect(findUrls("(https://www.shop.marlowfinch.co.uk/about).")[0]?.value).toBe(
      "https://www.shop.marlowfinch.co.uk/about",
    );
    expect(findUrls("Webseite: brandl-fahrzeugteile.de )")[0]?.value).toBe("brandl-fahrzeugteile.de");
  });
});

describe("findEmails", () => {
  it("lower-cases and locates addresses", () => {
    const text = "EMAIL: Raj.Patel@FoxgloveAnalytics.com";
    expect(findEmails(text)).toEqual([{ value: "raj.patel@foxgloveanalytics.com", index: 7 }]);
  });
  it("handles mailto:, angle brackets and trailing dots", () => {
    const text = "mailto:jane@x.co.uk <greg@fultonyards.com> write to bob@acme.com.";
    expect(findEmails(text).map((e) => e.value)).toEqual(["jane@x.co.uk", "greg@fultonyards.com", "bob@acme.com"]);
  });
  it("finds nothing in text without addresses", () => {
    expect(findEmails("E-Mail: – (wird nachgereicht) @handle x@y")).toEqual([]);
  });
});
