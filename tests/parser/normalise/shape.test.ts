import { describe, expect, it } from "vitest";
import {
  isCompletePersonName,
  isPlausibleCompanyName,
  isPlausiblePlace,
  tidyCompanyName,
} from "../../../services/parser/normalise/shape.ts";

describe("isCompletePersonName", () => {
  it.each([
    "Marit van den Heuvel",
    "Rory O'Sullivan",
    "Aoife McAllister",
    "Dr. Lena d'Ambrosio",
    "José de la Fuente",
    "Priya",
    "J. R. Okafor",
    "Anne-Sophie Lefèvre",
  ])("accepts %s", (n) => expect(isCompletePersonName(n)).toBe(true));
  it.each([
    ["cut at a particle", "Marit van den"],
    ["cut at a prefix", "Rory O'"],
    ["a stray bracket", "Aoife McAllister <"],
    ["a sentence", "please call her after the board meeting"],
    ["too many words", "Ana Maria Luisa Teresa Carmen Ortiz"],
    ["an address", "aoife@mcallister.example"],
    ["no capital at all", "aoife mcallister"],
  ])("refuses %s", (_why, n) => expect(isCompletePersonName(n)).toBe(false));
});

describe("isPlausibleCompanyName", () => {
  it.each([
    "Halden Tre A/S",
    "Transportes Sur, S.A.",
    "Wrocław Logistyka Sp. z o.o.",
    "Brauhaus Ebner GmbH & Co. KG",
    "Corvid Labs Inc.",
    "Sa Moll Oy",
  ])("accepts %s", (n) => expect(isPlausibleCompanyName(n)).toBe(true));
  it.each([
    ["a label word", "Website"],
    ["a currency code", "DKK"],
    ["a document abbreviation", "RFP"],
    ["a name cut inside GmbH", "Brauhaus Ebner Gmb"],
    ["a sentence", "Ebner. they want to start after the summer"],
  ])("refuses %s", (_why, n) => expect(isPlausibleCompanyName(n)).toBe(false));
});

describe("tidyCompanyName", () => {
  it("drops a description in brackets and keeps bracketed legal forms", () => {
    expect(tidyCompanyName("Kestrel Freight (family-owned, 60 trucks)")).toBe("Kestrel Freight");
    expect(tidyCompanyName("Umhlanga Tiles (Pty) Ltd")).toBe("Umhlanga Tiles (Pty) Ltd");
    expect(tidyCompanyName("Brora Joinery (Highlands) Ltd")).toBe("Brora Joinery (Highlands) Ltd");
    expect(tidyCompanyName("Fenwick Gruppe UG (haftungsbeschränkt)")).toBe("Fenwick Gruppe UG (haftungsbeschränkt)");
  });
  it("keeps a Latin registered name in brackets after an East Asian one, and drops an address after a slash", () => {
    expect(tidyCompanyName("한결물산(주) (Hangyeol Trading Co., Ltd.)")).toBe(
      "한결물산(주) (Hangyeol Trading Co., Ltd.)",
    );
    expect(tidyCompanyName("한결물산(주) (무역)")).toBe("한결물산(주)");
    expect(tidyCompanyName("Kestrel Freight (Kestrel Co., Ltd.)")).toBe("Kestrel Freight");
    expect(tidyCompanyName("(주)한결물산 / hangyeol.example.kr")).toBe("(주)한결물산");
  });
  it("drops a website or address after a typed double hyphen, not a hyphen inside the name", () => {
    expect(tidyCompanyName("Kestrel Kites (Pty) Ltd -- www.kestrelkites.example")).toBe("Kestrel Kites (Pty) Ltd");
    expect(tidyCompanyName("Kestrel Kites Ltd -- sales@kestrelkites.example")).toBe("Kestrel Kites Ltd");
    expect(tidyCompanyName("Kestrel--Kites Ltd")).toBe("Kestrel--Kites Ltd");
  });
});

describe("isPlausiblePlace", () => {
  it("refuses currency codes and label words, accepts places", () => {
    expect(isPlausiblePlace("EUR")).toBe(false);
    expect(isPlausiblePlace("Website")).toBe(false);
    expect(isPlausiblePlace("Västra Götaland")).toBe(true);
  });
  it("refuses a currency's sign or name written alone", () => {
    expect(isPlausiblePlace("Kč")).toBe(false);
    expect(isPlausiblePlace("zł")).toBe(false);
    expect(isPlausiblePlace("€")).toBe(false);
    expect(isPlausiblePlace("kronor")).toBe(false);
  });
  it("refuses a figure: a count, a number, a small roman numeral", () => {
    expect(isPlausiblePlace("6")).toBe(false);
    expect(isPlausiblePlace("12,5")).toBe(false);
    expect(isPlausiblePlace("III")).toBe(false);
    expect(isPlausiblePlace("XIV")).toBe(false);
    // state codes written in roman-numeral letters are places
    expect(isPlausiblePlace("MD")).toBe(true);
    expect(isPlausiblePlace("DC")).toBe(true);
    expect(isPlausiblePlace("VIC")).toBe(true);
  });
  it("refuses a sentence, keeps a lower-case place", () => {
    expect(isPlausiblePlace("see the list below.")).toBe(false);
    expect(isPlausiblePlace("look at attached XLS.")).toBe(false);
    expect(isPlausiblePlace("sierra de Norvale")).toBe(true);
    expect(isPlausiblePlace("interior de QX")).toBe(true);
    expect(isPlausiblePlace("Washington D.C.")).toBe(true);
  });
});
