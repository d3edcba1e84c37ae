// Stage, motion and consent cues added for the gaps of French: each entry read in a sentence
// invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("French: stage", () => {
  it.each([
    ["Le devis leur a été transmis hier.", "evaluation"],
    ["Nous avons envoyé une proposition chiffrée.", "evaluation"],
    ["Demande de chiffrage pour trois sites.", "evaluation"],
    ["Le cahier des charges arrive fin mai.", "evaluation"],
    ["Ils ont une version d'essai depuis lundi.", "evaluation"],
    ["Ils testent l'outil sur un atelier.", "evaluation"],
    ["Ils comparent plusieurs éditeurs.", "evaluation"],
    ["Le dossier est en phase de sélection.", "evaluation"],
    ["Négociations commerciales avec la DAF.", "evaluation"],
    ["Le budget a été débloqué.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Ils envisagent de changer de logiciel de paie.", "new_intro"],
    ["La directrice réfléchit à remplacer son outil actuel.", "new_intro"],
    ["Nouvelle opportunité dans le Jura.", "new_intro"],
    ["La mairie nous a contactés la semaine dernière.", "new_intro"],
    ["Demande reçue via notre site.", "new_intro"],
    ["Ils ont manifesté un intérêt.", "new_intro"],
    ["C'est un début de réflexion.", "new_intro"],
    ["Rendez-vous pas encore calé.", "new_intro"],
    ["Aucun rdv pour le moment.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Visite programmée jeudi.", "discovery_scheduled"],
    ["Point téléphonique bloqué mardi.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("French: consent", () => {
  it.each([
    "Le gérant est au courant.",
    "Elle est tout à fait ouverte à un échange.",
    "Il souhaite être rappelé.",
    "N'hésitez pas à le contacter.",
    "Accord du client obtenu.",
    "Elle a donné son feu vert.",
    "Il est d'accord pour être rappelé demain.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Il ne souhaite pas être contacté pour l'instant.",
    "Ne le contactez pas encore.",
    "Pas de contact direct svp.",
    "Je dois encore lui demander.",
    "Accord du client pas encore obtenu.",
    "Rien avant mon feu vert.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Consentement : obtenu", true],
    ["Consentement : à confirmer", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("French: motion", () => {
  it.each([
    ["Nous facturons le client nous-mêmes.", "resale"],
    ["La commande passe par nous.", "resale"],
    ["Nous achetons les licences chez vous.", "resale"],
    ["Tout se fait sur notre papier.", "resale"],
    ["Vous facturez en direct.", "referral"],
    ["Le contrat se fera directement avec vous.", "referral"],
    ["Merci de prévoir la commission d'apport habituelle.", "referral"],
    ["Ensuite vous prenez le relais.", "referral"],
    ["Nous nous occuperons du déploiement.", "services"],
    ["La formation sera assurée par nos équipes.", "services"],
    ["Nous sommes une ESN.", "services"],
    ["Un connecteur avec notre ERP existe.", "technology"],
    ["Nous sommes partenaire technologique.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
