// A contact label's title no table lists, written in lower case after the capitalised name
// ("Contact: Ada Brenn, kurator") or in brackets right after it ("Contact: Ada Brenn (kurator)"):
// the contact's role. A lower-case part with a legal form or after a name itself in lower case, or
// a bracket noting a copy or a phone, is none. A title after a long dash is read as after a comma.
// Invented people and firms.
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

describe("a lower-case title in brackets after the contact's name", () => {
  it("reads it as the role", async () => {
    expect(await roleIn("Contact: Ada Brenn (kassör)")).toBe("kassör");
    expect(await roleIn("Contacto: Ada Brenn Ruiz (tesorera), ada@brennwaldhalle.se")).toBe("tesorera");
  });

  it("reads no note or firm in brackets as one", async () => {
    expect(await roleIn("Contact: Ada Brenn (in cc)")).toBeNull();
    expect(await roleIn("Contact: Ada Brenn (mobile)")).toBeNull();
    expect(await roleIn("Contact: Ada Brenn (brennwald halle ab)")).toBeNull();
  });
});

describe("a title after a long dash in the contact's label", () => {
  it("reads it as the role, not as the name", async () => {
    const raw = contactForm(
      { company: "Brennwald Halle AB", website: "brennwaldhalle.se", email: "ada@brennwaldhalle.se" },
      "Contact: Ada Brenn — Head of Visitor Services",
    );
    const c = (await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact;
    expect(c?.name).toBe("Ada Brenn");
    expect(c?.role).toBe("Head of Visitor Services");
  });

  it("keeps a hyphen inside a name", async () => {
    const raw = contactForm(
      { company: "Brennwald Halle AB", website: "brennwaldhalle.se", email: "ada@brennwaldhalle.se" },
      "Contact: Ada Brenn-Lund, Head of Visitor Services",
    );
    expect((await parseMessage(raw, { vendorDomains: [] })).output.registration?.contact.name).toBe("Ada Brenn-Lund");
  });
});
