// A contact label's title no table lists, written in lower case after the capitalised name
// ("Contact: Ada Brenn, kurator"): the contact's role. A lower-case part with a legal form, or
// after a name itself in lower case, is none. Invented people and firms.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";
import { contactForm } from "../helpers/plain-mail.ts";

const roleIn = async (contactLine: string) => {
  const raw = contactForm(
    { company: "Brennwald Halle AB", website: "brennwaldhalle.se", email: "ada@brennwaldhalle.se" },
    contactLine,
  );
  return (await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact.role ?? null;
};

describe("a lower-case title after the contact's name", () => {
  it("reads it as the role", async () => {
    expect(await roleIn("Contact: Ada Brenn, samlingsvårdare")).toBe("samlingsvårdare");
    expect(await roleIn("Contact: Ada Brenn, старший хранитель фондів")).toBe("старший хранитель фондів");
  });

  it("reads no firm's name as one", async () => {
    expect(await roleIn("Contact: Ada Brenn, brennwald halle ab")).toBeNull();
    expect(await roleIn("Contact: ada brenn, samlingsvårdare")).toBeNull();
  });
});
