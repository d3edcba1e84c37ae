import { describe, expect, it } from "vitest";
import { cleanPersonName, looksLikePersonName } from "../../../services/parser/normalise/person.ts";

describe("cleanPersonName", () => {
  it.each([
    ["Herr Matthias Kröger", "Matthias Kröger"],
    ["Frau Petra Lindner", "Petra Lindner"],
    ["Frau Dr. Insa Harms", "Dr. Insa Harms"],
    ["Dr. Alan Whitaker", "Dr. Alan Whitaker"],
    ["Prof. Dr. Anna Weber", "Prof. Dr. Anna Weber"],
    ["Mr. Liam O'Connor", "Liam O'Connor"],
    ["Ms Fiona Marsh", "Fiona Marsh"],
    ["  Raj   Patel ", "Raj Patel"],
    ["Erik Solberg, Group Controller", "Erik Solberg"],
    ["Jana Novak - CFO", "Jana Novak"],
    ["Svenja Petersen, Leiterin Finanzbuchhaltung", "Svenja Petersen"],
    // the Exchange display order is read given-name first wherever the name comes from
    ["Smith, John", "John Smith"],
    ["Anna-Lena Meyer-Schulz", "Anna-Lena Meyer-Schulz"],
    ["Ulrich Kaltenbrunn (Geschäftsführer)", "Ulrich Kaltenbrunn"],
  ])("%s -> %s", (input, name) => {
    expect(cleanPersonName(input)).toBe(name);
  });

  it.each(["noch offen", "noch offen (wird nachgereicht)", "tbd", "TBD", "–", "-", "n/a", "unknown", "", "Herr"])(
    "%s -> null",
    (input) => {
      expect(cleanPersonName(input)).toBeNull();
    },
  );
});

describe("looksLikePersonName", () => {
  it.each([
    "Ulrich Kaltenbrunn",
    "Ludwig van Beethoven",
    "Anna-Lena von der Heide",
    "Liam O'Connor",
    "José Núñez",
    "Dr. Insa Harms",
    "Marta Quinlan",
    "Jean de la Fontaine",
    "Søren Kierkegaard",
  ])("%s looks like a person", (s) => {
    expect(looksLikePersonName(s)).toBe(true);
  });

  it.each([
    "Accounts Payable Team",
    "Mühlenbeck Backwaren GmbH",
    "AP Team",
    "Fiona",
    "fiona marsh",
    "Verity Health Labs Inc",
    "Northbeam Partner Team",
    "Kessler Vogt IT Services",
    "One Two Three Four Five",
    "Finance Director",
    "ACME LTD",
    "",
  ])("%s does not look like a person", (s) => {
    expect(looksLikePersonName(s)).toBe(false);
  });
});
