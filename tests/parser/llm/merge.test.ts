import { describe, expect, it } from "vitest";
import { mergeExtractions, mergeWithStats } from "../../../services/parser/merge.ts";
import { emptyRegistration } from "../../../services/parser/schema.ts";
import type { Provenance } from "../../../services/parser/schema.ts";
import type { Extraction } from "../../../services/parser/types.ts";

const rulesAt = (snippet: string | null, start = 0): Provenance => ({
  source: "rules",
  snippet,
  span: snippet ? [start, start + snippet.length] : null,
});
const llmAt = (snippet: string, start: number): Provenance => ({
  source: "llm",
  snippet,
  span: [start, start + snippet.length],
});

function rules(confidence = 0.9): Extraction {
  const registration = emptyRegistration();
  registration.company = { name: "Nordwind Logistik GmbH", domain: "nordwind-logistik.de" };
  registration.contact.email = "j.weber@nordwind-logistik.de";
  return {
    registration,
    partner: { email: "anna@brightpath.de", name: "Anna Meier", organization: null },
    provenance: {
      "company.name": rulesAt("Nordwind Logistik GmbH", 10),
      "company.domain": rulesAt("nordwind-logistik.de", 60),
      "contact.email": rulesAt("j.weber@nordwind-logistik.de", 90),
      "partner.email": rulesAt(null),
      "partner.name": rulesAt(null),
    },
    confidence,
  };
}

function llm(confidence = 0.8): Extraction {
  const registration = emptyRegistration();
  registration.company = { name: "Nordwind Logistik GmbH", domain: "nordwind-logistik.de" };
  registration.contact = {
    name: "Jonas Weber",
    email: "j.weber@nordwind-logistik.de",
    role: "Head of Operations",
    phone: null,
  };
  registration.stage = "discovery_scheduled";
  registration.competitors = ["Freightly"];
  return {
    registration,
    partner: { email: "anna@brightpath.de", name: "Anna Meier", organization: "BrightPath" },
    provenance: {
      "company.name": llmAt("Nordwind Logistik GmbH", 10),
      "company.domain": llmAt("nordwind-logistik.de", 60),
      "contact.name": llmAt("Jonas Weber", 80),
      "contact.email": llmAt("j.weber@nordwind-logistik.de", 90),
      "contact.role": llmAt("Head of Operations", 120),
      stage: { source: "llm", snippet: null, span: null },
      competitors: llmAt("Freightly", 200),
      "partner.email": { source: "llm", snippet: null, span: null },
      "partner.name": llmAt("Anna Meier", 300),
      "partner.organization": llmAt("BrightPath", 311),
    },
    confidence,
  };
}

describe("mergeExtractions", () => {
  it("returns the rules unchanged when there is no model answer", () => {
    const r = rules(0.6);
    expect(mergeExtractions(r, null)).toEqual(r);
  });

  it("fills the rules' gaps from the model, with the model's provenance", () => {
    const merged = mergeExtractions(rules(), llm());
    expect(merged.registration.contact.name).toBe("Jonas Weber");
    expect(merged.registration.contact.role).toBe("Head of Operations");
    expect(merged.registration.stage).toBe("discovery_scheduled");
    expect(merged.registration.competitors).toEqual(["Freightly"]);
    expect(merged.partner.organization).toBe("BrightPath");
    expect(merged.provenance["contact.name"]).toEqual(llmAt("Jonas Weber", 80));
    expect(merged.provenance.competitors?.source).toBe("llm");
    expect(merged.provenance["company.name"]?.source).toBe("rules");
  });

  it("keeps a labelled rules value over a different model value and lowers the confidence", () => {
    const l = llm();
    l.registration.company.name = "Nordwind Logistik";
    const merged = mergeWithStats(rules(0.9), l);
    expect(merged.extraction.registration.company.name).toBe("Nordwind Logistik GmbH");
    expect(merged.extraction.provenance["company.name"]).toEqual(rulesAt("Nordwind Logistik GmbH", 10));
    expect(merged.stats.conflicts).toEqual(["company.name"]);
    const agreeing = mergeExtractions(rules(0.9), llm());
    expect(merged.extraction.confidence).toBeLessThan(agreeing.confidence);
  });

  it("lets the grounded model value replace an unlabelled rules guess on a non-key field", () => {
    const r = rules(0.9);
    r.registration.contact.role = "Operations";
    r.provenance["contact.role"] = rulesAt(null); // a heuristic, not a "Role:" label
    const merged = mergeExtractions(r, llm());
    expect(merged.registration.contact.role).toBe("Head of Operations");
    expect(merged.provenance["contact.role"]?.source).toBe("llm");
  });

  it("keeps the rules' stage, motion, consent and amount on disagreement, even unlabelled", () => {
    const r = rules(0.9);
    r.registration.stage = "new_intro";
    r.registration.consent = false;
    const l = llm();
    l.registration.consent = true;
    l.provenance.consent = llmAt("happy to be contacted", 400);
    const merged = mergeWithStats(r, l);
    expect(merged.extraction.registration.stage).toBe("new_intro");
    expect(merged.extraction.registration.consent).toBe(false);
    expect(merged.extraction.provenance.stage?.source).toBe("rules");
    expect(merged.stats.conflicts).toEqual(expect.arrayContaining(["stage", "consent"]));
  });

  it("keeps an unlabelled rules text value when the model's differing value is not verbatim", () => {
    const r = rules(0.9);
    r.registration.context.problem = "invoicing";
    const l = llm();
    l.registration.context.problem = "they want faster invoicing";
    l.provenance["context.problem"] = { source: "llm", snippet: null, span: null }; // a paraphrase
    expect(mergeExtractions(r, l).registration.context.problem).toBe("invoicing");
  });

  it("never takes a key field from the model on disagreement, and says so in the confidence", () => {
    const r = rules(0.5); // below the labelled threshold: still the rules value wins for keys
    const l = llm();
    l.registration.company.domain = "nordwind.com";
    l.registration.contact.email = "jonas@nordwind.com";
    const merged = mergeWithStats(r, l);
    expect(merged.extraction.registration.company.domain).toBe("nordwind-logistik.de");
    expect(merged.extraction.registration.contact.email).toBe("j.weber@nordwind-logistik.de");
    expect(merged.stats.conflicts).toEqual(expect.arrayContaining(["company.domain", "contact.email"]));
    expect(merged.extraction.confidence).toBeLessThan(0.5);
  });

  it("raises the confidence a little when both agree on the required fields", () => {
    const r = rules(0.9);
    r.registration.contact.name = "Jonas Weber";
    r.provenance["contact.name"] = rulesAt("Jonas Weber", 80);
    const merged = mergeExtractions(r, llm());
    expect(merged.confidence).toBeGreaterThan(0.9);
    expect(merged.confidence).toBeLessThanOrEqual(0.98);
  });

  it("moves the confidence toward the model's when the model supplies missing required fields", () => {
    const r = rules(0.3);
    r.registration.company.domain = null;
    r.registration.contact.email = null;
    delete r.provenance["company.domain"];
    delete r.provenance["contact.email"];
    const merged = mergeExtractions(r, llm(0.8));
    expect(merged.registration.contact.email).toBe("j.weber@nordwind-logistik.de");
    expect(merged.confidence).toBeGreaterThan(0.3);
    expect(merged.confidence).toBeLessThan(0.8);
  });

  it("records provenance for every field that has a value, and none for empty ones", () => {
    const r = rules(0.9);
    r.registration.geography = "DACH"; // a rules value without recorded provenance
    const merged = mergeExtractions(r, llm());
    const m = merged.registration;
    const values: Record<string, unknown> = {
      "company.name": m.company.name,
      "company.domain": m.company.domain,
      "contact.name": m.contact.name,
      "contact.email": m.contact.email,
      "contact.role": m.contact.role,
      "contact.phone": m.contact.phone,
      stage: m.stage,
      geography: m.geography,
      "partner.email": merged.partner.email,
      "partner.name": merged.partner.name,
      "partner.organization": merged.partner.organization,
    };
    for (const [path, value] of Object.entries(values)) {
      if (value === null) expect(merged.provenance[path], path).toBeUndefined();
      else expect(merged.provenance[path]?.source, path).toMatch(/^(rules|llm)$/);
    }
    expect(merged.provenance.geography).toEqual({ source: "rules", snippet: null, span: null });
  });

  it("unions competitors without duplicates, rules first", () => {
    const r = rules();
    r.registration.competitors = ["freightly", "Cargoson"];
    r.provenance.competitors = rulesAt("Cargoson", 150);
    const merged = mergeExtractions(r, llm());
    expect(merged.registration.competitors).toEqual(["freightly", "Cargoson"]);
    expect(merged.provenance.competitors?.source).toBe("rules");
  });

  it("does not modify its inputs", () => {
    const r = rules();
    const l = llm();
    const before = structuredClone({ r, l });
    mergeExtractions(r, l);
    expect({ r, l }).toEqual(before);
  });
});
