// The contact's title on the line under their name where they sign their own mail below the quote
// they answer, which the forward's body and signature leave out. Invented mail.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { larchwoodThread } from "./larchwood-thread.ts";

const mail = (signature: string) =>
  larchwoodThread("Re: new software", [
    "Yes, happy for them to get in touch.",
    "",
    "Ewan",
    "",
    "On Tue, 31 Mar 2026 at 10:15, Nora Pike <nora@pike-advisory.co.uk> wrote:",
    "> Hi Ewan,",
    "> shall I ask them for a demo?",
    "> Nora",
    "",
    "--",
    ...signature.split("\n"),
    "",
    "--",
    "Nora Pike",
    "Founder, Pike Advisory",
    "",
  ]);

describe("the contact's title below their name under the quote", () => {
  it("is read from the line under the name alone", async () => {
    const r = await parseMessage(mail("Ewan Tate\nKennel Manager\nLarchwood Kennels Ltd"), {
      vendorDomains: ["vendor.example"],
    });
    expect(r.output.registration?.contact.name).toBe("Ewan Tate");
    expect(r.output.registration?.contact.role).toBe("Kennel Manager");
  });

  it("is none when the line under the name is no title", async () => {
    const r = await parseMessage(mail("Ewan Tate\nLarchwood Kennels Ltd"), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.contact.role).toBeNull();
  });
});
