// French label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "société",
    "entreprise",
    "nom de la société",
    "nom de l'entreprise",
    "raison sociale",
    "organisme",
    "client final",
    "nom du client",
    "compte",
  ],
  website: ["site web", "site internet", "adresse du site"],
  contactName: [
    "interlocuteur",
    "interlocutrice",
    "nom du contact",
    "personne de contact",
    "personne à contacter",
    "nom",
    "décideur",
    "décideuse",
    "nom et prénom",
    "prénom et nom",
  ],
  role: ["fonction", "poste", "intitulé du poste"],
  email: ["courriel", "adresse e-mail", "adresse mail", "adresse électronique", "mél"],
  phone: ["téléphone", "tél", "portable"],
  stage: ["étape", "statut", "stade", "avancement", "état d'avancement"],
  value: ["montant", "valeur estimée", "valeur", "potentiel", "montant estimé", "chiffre d'affaires estimé"],
  competitors: ["concurrents", "concurrence", "concurrent", "solutions concurrentes"],
  need: ["besoin", "besoins", "problématique", "contexte", "remarques", "commentaires", "enjeux", "description"],
  region: ["région", "pays", "ville", "localisation", "zone", "département"],
  consent: ["consentement", "accord pour contact", "accord de contact", "contact autorisé", "autorisation de contact"],
  motion: ["type de partenariat", "modèle", "type d'opportunité", "mode de vente"],
  product: ["produit", "produits", "offre", "solution"],
};

/** Passer le dossier à un collègue (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:je )?(?:passe|transmets) (?:le dossier|la main)`,
  String.raw`sera (?:votre|le) (?:nouvel? )?(?:contact|interlocut)`,
  String.raw`(?:adressez-vous|voyez directement) (?:avec |à )`,
];
export const staying: readonly string[] = [String.raw`je reste (?:votre |le )?(?:contact|interlocut)`];
