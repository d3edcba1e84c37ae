// Shared inputs for the LLM tests: one plain registration mail and a model answer for it.
import type { LlmAnswer } from "../../../services/parser/llm/grounding.ts";
import { emptyRegistration } from "../../../services/parser/schema.ts";
import type { LlmInput } from "../../../services/parser/types.ts";

export const MAIL_TEXT = [
  "Hi team,",
  "",
  "we'd like to register a new opportunity:",
  "Nordwind Logistik GmbH (https://www.nordwind-logistik.de/kontakt)",
  "Contact: Jonas Weber, Head of Operations, j.weber@nordwind-logistik.de, +49 (0)40 555 1234",
  "They struggle with manual freight invoicing across 14 depots.",
  "Budget around €48k, region DACH. They also look at Freightly.",
  "",
  "Best,",
  "Anna Meier",
  "BrightPath Consulting",
].join("\n");

export function mailInput(text = MAIL_TEXT): LlmInput {
  return {
    subject: "Deal registration: Nordwind Logistik",
    text,
    from: { address: "anna.meier@brightpath-consulting.de", name: "Anna Meier" },
    vendorDomains: ["vendorcloud.io"],
  };
}

export function goodAnswer(): LlmAnswer {
  const registration = emptyRegistration();
  registration.company = { name: "Nordwind Logistik GmbH", domain: "nordwind-logistik.de" };
  registration.contact = {
    name: "Jonas Weber",
    email: "J.Weber@nordwind-logistik.de",
    role: "Head of Operations",
    phone: "+49 40 5551234",
  };
  registration.context.problem = "manual freight invoicing across depots";
  registration.stage = "new_intro";
  registration.geography = "DACH";
  registration.estimatedValue = { amount: 48000, currency: "EUR" };
  registration.competitors = ["Freightly"];
  return {
    registration,
    evidence: { stage: "we'd like to register a new opportunity", motion: null, consent: null },
    partner: {
      email: "anna.meier@brightpath-consulting.de",
      name: "Anna Meier",
      organization: "BrightPath Consulting",
    },
  };
}
