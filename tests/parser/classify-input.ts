// A person-written message as the classifier sees it; tests override what they are about.
import type { ClassifyInput } from "../../services/parser/classify.ts";

export function classifyInput(over: Partial<ClassifyInput> = {}): ClassifyInput {
  return {
    subject: "Deal registration: Acme GmbH",
    headers: {},
    from: { address: "anna@partner.example", name: "Anna" },
    contentType: "text/plain",
    contentTypeParams: {},
    attachments: [],
    inReplyTo: null,
    references: [],
    text: "Company: Acme GmbH",
    ...over,
  };
}
