// The title on a signature line under the contact's name that goes on, after a spaced dash or a
// comma, with the firm ("Directeur – Maison X SAS"), and title words the tables lacked. Invented mail.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { looksLikeRole } from "../../services/parser/extract/people.ts";
import { larchwoodThread } from "./larchwood-thread.ts";

const mail = (signature: string) =>
  larchwoodThread("new software", [
    "Yes, happy for them to get in touch about the booking system.",
    "",
    ...signature.split("\n"),
    "12 Mill Road, Dundee",
    "",
    "---------- Forwarded message ---------",
    "From: Ivo Brand <ivo@brand-crates.example>",
    "Date: Tue, 31 Mar 2026 at 10:15",
    "Subject: crates",
    "To: Ewan Tate <ewan.tate@larchwood-kennels.co.uk>",
    "",
    "Dear Ewan, the crates ship next week.",
    "Ivo",
    "",
  ]);

const roleOf = async (signature: string) =>
  (await parseMessage(mail(signature), { vendorDomains: ["vendor.example"] })).output.registration?.contact.role;

describe("a signature's title before the firm", () => {
  it("is read before a spaced dash and the firm", async () =>
    expect(await roleOf("Ewan Tate\nHead Kennel Manager – Larchwood Kennels Ltd of Dundee")).toBe(
      "Head Kennel Manager",
    ));
  it("is read before a comma and the firm", async () =>
    expect(await roleOf("Ewan Tate\nOperations Director, Larchwood Kennels Ltd of Dundee")).toBe(
      "Operations Director",
    ));
  it("is none when the line names the firm and its town", async () =>
    expect(await roleOf("Ewan Tate\nLarchwood Kennels Ltd – Dundee and Perth, Scotland")).toBeNull());
});

describe("title words added to the tables", () => {
  it.each([
    ["Chairperson of the angling club"],
    ["Kuratorin Reptilienhaus"],
    ["кураторка виставки"],
    ["председатель правления"],
    ["代表"],
    ["店主"],
    ["代表理事"],
    ["廠長"],
    ["厂长"],
    ["教練"],
    ["总教练"],
    ["教練長"],
    ["教练长"],
  ])("%s", (t) => expect(looksLikeRole(t)).toBe(true));
  it.each([["代表電話"], ["店主催のイベント"], ["Chairs and tables"], ["Kuratorium"], ["教練課程"], ["教练场"]])(
    "%s -> no title",
    (t) => expect(looksLikeRole(t)).toBe(false),
  );
});
