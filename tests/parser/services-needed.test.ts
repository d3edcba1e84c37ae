// The services a partner says it would deliver (context.servicesNeeded), and the motion cues added
// with them (held-out 20/21 round), each in sentences written for this test, never a corpus mail's words.
import { describe, expect, it } from "vitest";
import { findServicesNeeded } from "../../services/parser/extract/services-needed.ts";
import { detectMotion } from "../../services/parser/normalise/motion.ts";

describe("services needed: the partner as the subject, service work as the object", () => {
  it.each([
    [
      "We'd handle the rollout and the training of the warehouse staff.",
      "rollout and the training of the warehouse staff",
    ],
    ["Thanks. We will take care of the data migration from their old tool.", "data migration from their old tool"],
    ["Our consultants would run the configuration and first-line support.", "configuration and first-line support"],
    ["Wir übernehmen die Schulung der Disponenten.", "Schulung der Disponenten"],
    ["Nous prendrions le déploiement et la formation des équipes.", "déploiement et la formation des équipes"],
    ["Nosotros nos ocupamos de la configuración y la capacitación.", "configuración y la capacitación"],
    ["Nós cuidamos da parametrização e do treinamento.", "parametrização e do treinamento"],
    ["Noi curiamo la configurazione e la formazione degli utenti.", "configurazione e la formazione degli utenti"],
  ])("%s", (text, want) => expect(findServicesNeeded(text)).toBe(want));

  it("the partner firm's name as the subject", () => {
    expect(
      findServicesNeeded("Harbourline would deliver the integration with the ERP.", "Harbourline Advisory Ltd"),
    ).toBe("integration with the ERP");
  });

  it.each([
    ["Our role: deployment and user training", "deployment and user training"],
    ["Rol de Brisa: puesta en marcha y formación", "puesta en marcha y formación"],
    ["Notre rôle : paramétrage et accompagnement", "paramétrage et accompagnement"],
    ["Serviços: migração e formação", "migração e formação"],
    ["Ruolo di Delta: integrazione con il gestionale", "integrazione con il gestionale"],
  ])("a label naming the partner's role: %s", (text, want) => expect(findServicesNeeded(text)).toBe(want));

  it.each([
    // the prospect wants it, the partner does not say it delivers it
    "We met them twice and they want an integration with their shop system.",
    "The client asked whether an integration with their ERP exists.",
    // negated
    "We will not do the implementation ourselves, your team does.",
    // a technology partner's connector is a product
    "We connect the vendor through our connector (ISV integration).",
    // the firm's own name holds a work word
    "Hello, this is Anna from Nordlys Systems Integration.",
    // a role label that names no service work
    "Our role: reseller",
  ])("none: %s", (text) => expect(findServicesNeeded(text, "Nordlys Systems Integration AS")).toBeNull());
});

describe("motion: rebilling, introducing only, resale over services", () => {
  it.each([
    ["The licences are bought by us and recharged to the client each year.", "resale"],
    ["Die Lizenzen werden an den Kunden weiterverrechnet.", "resale"],
    ["Le contrat est refacturé au client final.", "resale"],
    ["La licenza viene rifatturata al cliente.", "resale"],
    ["La suscripción se refactura al cliente.", "resale"],
    ["A assinatura é refaturada ao cliente.", "resale"],
    ["I'm introducing only, no fee needed beyond the usual.", "referral"],
    ["From here you can take it from here, thanks.", "referral"],
    ["Eu só estou fazendo a ponte entre vocês.", "referral"],
    ["Nous sommes apporteurs d'affaires sur ce dossier.", "referral"],
    // a reseller that implements too is a resale
    ["We resell the subscription and we'd do the implementation and onboarding ourselves.", "resale"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("a stage of 'intro only' says nothing of the motion; a resale negated across a wrap stays negated", () => {
    expect(detectMotion("Status: intro only, nothing booked")).toBeNull();
    expect(detectMotion("Our part: rollout partner and managed service; we do not\n   resell licences.")).toBe(
      "services",
    );
  });
});
