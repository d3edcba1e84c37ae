// The contact's role as prose and pasted rows write it: a tracker row copied with bars or
// semicolons between its cells, the title among the address in brackets after the name, and a
// title before the name with an article, a form of address or an apostrophe in it. Invented text.
import { describe, expect, it } from "vitest";
import { pastedRowsAsLabels } from "../../services/parser/text/tables.ts";
import { findPersonMentions, roleNear } from "../../services/parser/extract/people.ts";

describe("a tracker row copied with bars or semicolons between its cells", () => {
  it("reads bars without the outer pipes as cells", () => {
    const text =
      "for the rego:\nRef | Account | Contact | Title | Email | State\nQX-12 | Tallow Creek Dairy Pty Ltd | Ivy Marsh | Plant Manager | ivy@tallowcreek.example | NSW\n\nthanks";
    expect(pastedRowsAsLabels(text).text).toContain(
      "Account: Tallow Creek Dairy Pty Ltd\nContact: Ivy Marsh\nTitle: Plant Manager\nEmail: ivy@tallowcreek.example\nState: NSW",
    );
  });

  it("reads semicolons as cells", () => {
    const text =
      "row from our sheet:\nCompany;Contact;Title;Email\nBluefen Trading Co., Ltd;Tran Van Son;Purchasing Director;son@bluefen.example\n";
    expect(pastedRowsAsLabels(text).text).toContain(
      "Company: Bluefen Trading Co., Ltd\nContact: Tran Van Son\nTitle: Purchasing Director\nEmail: son@bluefen.example",
    );
  });

  it("leaves a signature line with bars alone", () => {
    const text = "Cheers,\nMaya Holt | Alder Lane Consulting | 0400 555 111\n";
    expect(pastedRowsAsLabels(text).text).toBe(text);
  });
});

function roleOf(text: string, name: string): string | null {
  const m = findPersonMentions(text).find((p) => p.name === name);
  if (!m) throw new Error(`${name} not found in: ${text}`);
  return roleNear(text, m);
}

describe("the role beside the name", () => {
  it.each([
    // the one title among the address and the phone in brackets, in either order
    ["We spoke to Oskar Lind (oskar.lind@example.se, inköpschef) at the fair.", "Oskar Lind", "inköpschef"],
    ["Talk to Greta Moss (Plant Manager, greta@example.com, 555 0101) first.", "Greta Moss", "Plant Manager"],
    // a title before the name with an article and a form of address between them
    ["Su gerenta, la Lic. Carla Ibarra Soto, nos pidió una demo.", "Carla Ibarra Soto", "gerenta"],
    ["La seva directora, la Marta Puig i Serra, ens va escriure.", "Marta Puig i Serra", "directora"],
    // an apostrophe inside the title
    ["Leur directeur d'usine, M. Paul Girard, veut une démo.", "Paul Girard", "directeur d'usine"],
    // "o gerente é o …": the title, a copula and an article before the name
    ["registra aí: Loja Veloz, o gerente é o Caio Brandão, email abaixo.", "Caio Brandão", "gerente"],
  ])("%s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it("brackets with two titles or none give none", () => {
    expect(roleOf("We met Greta Moss (greta@example.com, 555 0101) today.", "Greta Moss")).toBeNull();
    expect(roleOf("We met Greta Moss (Owner, Plant Manager, greta@example.com) today.", "Greta Moss")).toBeNull();
  });
});
