// French label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  legalName: ["raison sociale"],
  company: [
    // institutions named by their kind: a school, a university, a public body, a cooperative
    "établissement",
    "etablissement",
    "école",
    "université",
    "collectivité",
    "coopérative",
    // a clinic, a practice
    "clinique",
    "cabinet",
    "société",
    "entreprise",
    "nom de la société",
    "nom de l'entreprise",
    "organisme",
    "client final",
    "nom du client",
    "compte",
    // a federation
    "fédération",
  ],
  website: ["site web", "site internet", "adresse du site"],
  contactName: [
    "interlocuteur",
    "interlocutrice",
    "interlocuteur principal",
    "interlocutrice principale",
    "nom du contact",
    "personne de contact",
    "personne à contacter",
    "nom",
    "décideur",
    "décideuse",
    "nom et prénom",
    "prénom et nom",
  ],
  givenName: ["prénom"],
  familyName: ["nom de famille"],
  role: ["fonction", "poste", "intitulé du poste"],
  email: ["courriel", "adresse e-mail", "adresse mail", "adresse électronique", "mél"],
  phone: ["téléphone", "tél", "portable", "tél. portable", "tél. direct", "ligne directe", "mobile"],
  stage: ["étape", "statut", "stade", "avancement", "état d'avancement"],
  value: ["montant", "valeur estimée", "valeur", "potentiel", "montant estimé", "chiffre d'affaires estimé"],
  incumbent: ["système actuel", "solution actuelle", "logiciel actuel", "outil actuel"],
  // also the rival said to be weighed: "Concurrent évalué : X", "Autre solution étudiée : X"
  competitors: [
    "concurrents",
    "concurrence",
    "concurrent",
    "solutions concurrentes",
    "concurrent évalué",
    "concurrents évalués",
    "autre solution étudiée",
    "autres solutions étudiées",
  ],
  need: [
    "besoin",
    "besoins",
    "problématique",
    "contexte",
    "remarques",
    "commentaires",
    "commentaire",
    "enjeu",
    "enjeux",
    // the main stake or need, the problem ("Enjeu principal : …", "Problème : …")
    "principal enjeu",
    "enjeu principal",
    "besoin principal",
    "problème",
    "description",
  ],
  // "Lieu : Arlon" (the place)
  region: ["région", "pays", "ville", "localisation", "zone", "département", "territoire", "lieu"],
  consent: ["consentement", "accord pour contact", "accord de contact", "contact autorisé", "autorisation de contact"],
  motion: ["type de partenariat", "modèle", "type d'opportunité", "mode de vente"],
  product: ["produit", "produits", "offre", "solution"],
  currency: ["devise", "monnaie"],
};

/** Passer le dossier à un collègue (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:je )?(?:passe|transmets) (?:le dossier|la main)`,
  String.raw`sera (?:votre|le) (?:nouvel? )?(?:contact|interlocut)`,
  String.raw`(?:adressez-vous|voyez directement) (?:avec |à )`,
];
export const staying: readonly string[] = [
  String.raw`je reste (?:votre |le )?(?:contact|interlocut)`,
  // the writer takes the matter themself: "je serai votre interlocutrice", "je reprends le dossier"
  String.raw`je serai (?:votre|le|la) (?:nouvel? |nouvelle )?(?:contact|interlocut)`,
  String.raw`je (?:reprends|prends en charge) (?:le dossier|le projet)`,
  // "c'est moi qui reprends le projet": the writer, stressed
  String.raw`c['’]est moi qui(?![\p{L}])`,
];

export const cues: CueTable = {
  // the prospect's details still to come: "le courriel du gérant suivra demain", "son site, plus tard"
  detailsLater: {
    detail: [
      String.raw`(?:adresse )?e-?mail`,
      "mail",
      "courriel",
      String.raw`site(?: web| internet)?`,
      "coordonnées",
      "nom du contact",
    ],
    later: [
      "demain",
      "plus tard",
      "pas encore",
      "dès que",
      "à suivre",
      "suivront",
      "ultérieurement",
      String.raw`je (?:reviens|reviendrai) vers vous`,
    ],
  },
  problemNoun: [String.raw`probl[èe]mes?`, String.raw`enjeux?`, String.raw`besoins?`],
  comparisonWord: [String.raw`compar\p{L}*`, String.raw`présélection\p{L}*`, "appel d'offres"],
  serviceWork: [
    "mise en (?:œ|oe)uvre",
    "paramétrage",
    "formation",
    "intégration",
    "déploiement",
    "accompagnement",
    "migration",
  ],
  partnerSubject: ["nous", "notre équipe"],
  writerSubject: ["je", "j'ai", "nous"],
  otherSubject: ["ils", "elle", "elles", "le client"],
  serviceLabel: [String.raw`notre rôle`, String.raw`rôle de [\p{L}-]+`, "services", "prestations"],
  registeredBefore: [String.raw`(?:j'ai|nous avons) (?:enregistré|inscrit|soumis|déclaré)`],
  // "Facture n° …"
  invoiceNoun: ["facture"],
  registering: [
    // "Enreg :", "petite inscription", "nouvelle opp", "je vous mets en relation", "signalement"
    String.raw`enreg\.?`,
    String.raw`inscription`,
    String.raw`(?:nouvelle|nouveau) (?:opp\w*|piste|lead|affaire|client|prospect)`,
    String.raw`signalement`,
    String.raw`je vous (?:signale|présente|mets en relation)`,
    String.raw`merci d'(?:enregistrer|inscrire|protéger)`,
    String.raw`(?:client|prospect)\s*:`,
  ],
  negationBefore: ["pas", "jamais", "aucun", "aucune", "sans", "ni", "rien"],
  // French negates around the verb, "ne … pas / rien": "je ne revends rien", "nous ne revendons pas"
  negationAfter: ["pas encore", "en attente", "à venir", "à confirmer", "pas", "rien"],
  conditional: ["lorsque", "quand", "dès que", "une fois que", "après"],
  yes: ["oui", "d'accord", "d’accord", "accordé", "accordée", "donné", "ok", "validé", "autorisé", "obtenu", "acquis"],
  no: [
    "pas encore",
    "non",
    "en attente",
    "refusé",
    "pas donné",
    "à demander",
    "pas demandé",
    "à obtenir",
    "à confirmer",
  ],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "janvier",
      "février",
      "mars",
      "avril",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    evaluation: [
      // the prospect waiting for the quote: "la direction attend notre devis"
      String.raw`attend(?:ent)?\s+(?:notre|votre|un|le|nos|vos)\s+devis`,
      // a quote sent ("soumission" in Quebec), comparing: "ils comparent avec …", "comparer deux ou trois offres"
      String.raw`soumission\s+(?:envoyée|déposée|remise|transmise)`,
      // comparing a Québec "soumission" (a quote): ours, another firm's
      String.raw`compar\p{L}*\s+(?:aussi\s+|également\s+)?(?:notre|une|la|leur|votre|nos|les)\s+soumissions?`,
      String.raw`compar(?:ent|ons)\s+avec`,
      // "ils comparent aussi avec X", "elle compare également avec"
      String.raw`compar(?:ent|ons|e)\s+(?:aussi|également|egalement)\s+avec`,
      String.raw`comparer\s+(?:deux|trois|plusieurs|les|des)\s+(?:ou\s+\p{L}+\s+)?offres`,
      String.raw`période d'essai`,
      String.raw`en (?:phase de )?test`,
      "pilote",
      String.raw`phase de comparaison`,
      String.raw`(?:compare|comparent|comparons)\s+(?:les\s+)?(?:offres|solutions|fournisseurs|propositions)`,
      // "une proposition commerciale a été remise le 3 mai"
      String.raw`(?:proposition|offre|devis)\s+(?:commerciale\s+)?(?:a\s+été\s+)?(?:demandée?|envoyée?|en cours|en préparation|remise|transmise?)`,
      String.raw`appel d'offres`,
      // "une consultation est lancée", "ils ont demandé une proposition"
      String.raw`lancé\s+une\s+consultation|consultation\s+(?:en\s+cours|lancée|ouverte)`,
      String.raw`(?:ont|a)\s+demandé\s+(?:une\s+|un\s+)?(?:proposition|offre|devis)`,
      // "ils souhaitent recevoir une proposition chiffrée"
      String.raw`(?:recevoir|obtenir|attendent)\s+(?:une|un|notre|votre)\s+(?:proposition|offre|devis)`,
      String.raw`en (?:cours d')?(?:évaluation|négociation)`,
      String.raw`[ée]valuation\s+en\s+cours`,
      // a quote made, received or asked for: "devis transmis", "nous avons envoyé une proposition", "demande de chiffrage"
      String.raw`devis\s+(?:[\p{L}]+\s+){0,3}?(?:envoyé|transmis|remis|reçu|validé|signé|en\s+cours|demandé)`,
      String.raw`(?:envoyé|transmis|remis|établi|chiffré)\s+(?:un|le|notre|une|la)\s+(?:devis|proposition|offre|chiffrage)`,
      String.raw`(?:demandes?)\s+de\s+(?:devis|prix|cotation|chiffrage)|chiffrage|cahier\s+des\s+charges`,
      // a trial by its other names: "version d'essai", "compte de test", "ils testent l'outil"
      String.raw`(?:version|licence|compte|accès|période|phase|environnement)\s+(?:d['’]\s*|de\s+)(?:essai|test|démo|évaluation)`,
      String.raw`(?:testent|teste|testons|essaient|essaie)\s+(?:[\p{L}'’]+\s+){0,2}?(?:l['’]\s*)?(?:solution|outil|logiciel|produit|plateforme|module|application)`,
      // choosing among several, a budget approved: "comparent plusieurs solutions", "en phase de sélection", "budget validé"
      String.raw`(?:compar|benchmark|étudi|regard|analys)\p{L}*\s+(?:plusieurs|différentes|différents|d['’]autres)\s+(?:solutions|offres|éditeurs|fournisseurs|prestataires|outils)`,
      String.raw`en\s+(?:cours|phase)\s+de\s+(?:sélection|choix)`,
      String.raw`négociations?\s+(?:en\s+cours|commerciales?|tarifaires?)`,
      String.raw`budget\s+(?:est\s+|a\s+été\s+)?(?:déjà\s+)?(?:validé|approuvé|voté|débloqué|alloué)`,
      // a free trial running: "essai gratuit en cours", "essai en cours"
      String.raw`essai\s+(?:gratuit\s+)?en\s+cours`,
      // our offer weighed against another: "elle compare notre offre avec …", "compare nos offres"
      String.raw`compar\p{L}*\s+(?:notre|nos|les|des|leurs)\s+(?:offres?|propositions?|devis)`,
      // Quebec "soumission" (a quote) asked for: "veulent une soumission", "pouvez-vous nous envoyer une soumission"
      String.raw`(?:veulent|veut|demandent|demande|attendent|attend|envoyer|préparons|préparer)\s+une\s+soumission`,
      // comparing with words between, a trial running with words between, testing since a day:
      // "ils comparent en ce moment X avec Y", "essai de deux semaines en cours", "testent X depuis mardi"
      String.raw`compar(?:ent|ons)\s+(?:[\p{L}'’&.-]+\s+){1,5}?(?:avec|et)(?![\p{L}])`,
      String.raw`(?:essai|test|pilote)\s+(?:[^\s.!?,;:]+\s+){1,5}?en\s+cours`,
      String.raw`(?:testent|testons|essaient)\s+(?:[\p{L}'’&.-]+\s+){1,4}?depuis(?![\p{L}])`,
    ],
    discovery: [String.raw`(?:premi[eè]re?|1(?:re|ère|er))\s+{event}\s+(?:le\s+|pour le\s+)?{date}`],
    newIntro: [
      String.raw`premi[eè]re?\s+prise\s+de\s+contact`,
      String.raw`premier\s+contact`,
      // "première discussion seulement", "un premier échange uniquement"
      String.raw`premi(?:er|ère)\s+(?:discussion|échange|conversation)\s+(?:seulement|uniquement)`,
      // "au stade de l'idée", "juste un signalement", "j'ai évoqué votre produit"
      String.raw`stade\s+de\s+l['’]id[ée]e`,
      String.raw`(?:juste|simple)\s+(?:un\s+)?signalement`,
      // the writer putting the vendor in touch: "je me permets de vous mettre en relation avec"
      String.raw`vous\s+mettre\s+en\s+relation\s+avec`,
      String.raw`(?:évoqué|mentionné|parlé\s+de)\s+votre\s+(?:produit|solution|outil)`,
      // "je vous mets en relation avec …", "mise en relation"
      String.raw`(?:mets?|mettons)\s+en\s+relation`,
      // the partner only passes the name on: "je fais juste la recommandation", "seulement une référence"
      String.raw`(?:juste|seulement|uniquement)\s+(?:la|une)\s+(?:référence|recommandation|présentation)`,
      String.raw`mise\s+en\s+relation`,
      String.raw`pas\s+encore\s+de\s+{event}`,
      // a demo wished for: "nous serions intéressés par une démonstration"
      String.raw`(?:serions|serait|seraient|sommes|est|sont)\s+intéressée?s?\s+par\s+une\s+(?:démo|démonstration|présentation)`,
      String.raw`rien\s+n['’]est\s+(?:encore\s+)?(?:prévu|planifié|fixé|calé)`,
      String.raw`(?:nouvelle\s+piste|nouveau\s+(?:lead|contact|prospect))`,
      // weighing a change, nothing agreed: "envisagent de changer de logiciel", "réfléchit à remplacer son outil"
      String.raw`(?:envisage|envisagent|réfléchi(?:t|ssent)\s+à|pense(?:nt)?\s+à|songe(?:nt)?\s+à)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:changer|remplacer|migrer|passer\s+(?:à|sur|chez)|quitter)`,
      // a lead just come in: "nouvelle opportunité", "nous a contactés", "demande via le site", "a manifesté son intérêt"
      String.raw`nouvelle\s+(?:opportunité|demande)`,
      String.raw`(?:a|ont)\s+pris\s+contact\s+avec\s+(?:nous|moi)|nous\s+(?:a|ont)\s+contacté(?:e)?s?|m['’]a\s+contacté(?:e)?`,
      String.raw`(?:demande|contact)\s+(?:entrante?\s+)?(?:reçue?\s+)?(?:via|par)\s+(?:notre|le)\s+(?:site|formulaire)`,
      String.raw`(?:a|ont)\s+(?:manifesté|exprimé|montré)\s+(?:[\p{L}]+\s+)?intérêt`,
      // early days, nothing fixed: "début de réflexion", "phase exploratoire", "aucun rendez-vous"
      String.raw`début\s+de\s+(?:réflexion|projet)|(?:phase|stade)\s+(?:de\s+réflexion|exploratoire|préliminaire)`,
      String.raw`pas\s+encore\s+(?:planifié|calé|fixé|prévu|organisé)e?s?`,
      String.raw`aucun(?:e)?\s+{event}`,
      // a plain recommendation, a business referral only: "une simple recommandation", "un simple apport d'affaires"
      String.raw`(?:une\s+)?simple\s+recommandation|(?:un\s+)?simple\s+apport\s+d['’]affaires`,
      // the partner only introduces and withdraws: "en simple prescripteur", "je me contente de vous la présenter",
      // "nous nous retirons ensuite"; nothing planned yet: "rien de planifié"
      String.raw`(?:en\s+)?simple\s+prescript(?:eur|rice)`,
      String.raw`(?:je\s+me\s+contente|nous\s+nous\s+contentons)\s+de\s+vous\s+(?:le\s+|la\s+|les\s+|l['’]\s*)présenter`,
      String.raw`nous\s+nous\s+retirons\s+(?:ensuite|après|dès|une\s+fois)`,
      String.raw`rien\s+de\s+(?:planifié|calé)`,
    ],
    event: [
      "rendez-vous",
      "rdv",
      "réunion",
      "visio",
      "visioconférence",
      "démo",
      "démonstration",
      "appel",
      "rencontre",
      "entretien",
      "atelier",
      // "un premier échange téléphonique est prévu jeudi"
      String.raw`échanges?(?:\s+téléphoniques?)?`,
      "visite",
      "webinaire",
      String.raw`point\s+(?:téléphonique|visio|d['’]étape)`,
    ],
    booked: [
      String.raw`prévue?s?`,
      String.raw`planifiée?s?`,
      String.raw`fixée?s?`,
      String.raw`confirmée?s?`,
      String.raw`calée?s?`,
      String.raw`organisée?s?`,
      String.raw`réservée?s?`,
      String.raw`bloquée?s?`,
      String.raw`programmée?s?`,
      String.raw`convenue?s?`,
    ],
    day: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "demain"],
    // "nous avons eu une réunion le 3 mai", "suite à notre rendez-vous du 14 avril"
    held: ["eu", String.raw`suite\s+à`],
    heldArticle: ["une", "un", "la", "le", "notre", "nos", "deux", String.raw`premi(?:er|ère)`],
    // "la réunion a eu lieu le 3 mai", "la démo s'est tenue mardi"
    heldAfter: [String.raw`(?:a|ont)\s+(?:déjà\s+)?eu\s+lieu`, String.raw`s['’]est\s+(?:bien\s+)?(?:tenue?|déroulée?)`],
    thanked: [String.raw`merci\s+(?:encore\s+)?pour`],
    duration: ["minutes", String.raw`heures?`],
    // "la réunion de jeudi dernier": a day gone by
    goneAfter: [String.raw`derni[eè]re?`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["d'accord", String.raw`accept(?:e|é|ée|ent)`, String.raw`autoris\p{L}*`],
    contactWord: [
      String.raw`contact\p{L}*`,
      String.raw`appel(?:er|iez|iez-la|iez-le|le|lent)`,
      String.raw`rappel\p{L}*`,
      "joindre",
    ],
    permission: [
      String.raw`(?:a|ont)\s+accepté\s+d['’]être\s+(?:contactée?s?|appelée?s?)`,
      // the present tense: "M. X accepte d'être contacté directement"
      String.raw`accepte(?:nt)?\s+d['’]être\s+(?:contactée?s?|appelée?s?)`,
      String.raw`(?:est|sont)\s+d['’]accord\s+pour\s+(?:être\s+contactée?s?|un\s+appel|que\s+vous)`,
      String.raw`(?:est|sont)\s+d['’]accord\s+d['’]\s*être\s+(?:contactée?s?|appelée?s?)`,
      String.raw`attend\s+(?:votre|un)\s+appel`,
      // the prospect wishes to be called back: "souhaite être rappelé directement par l'éditeur"
      String.raw`souhaite(?:nt|rait)?\s+être\s+(?:re)?(?:contactée?s?|appelée?s?|rappelée?s?)\s+(?:directement|par\s+vous|par\s+votre|par\s+l['’]éditeur|par\s+the vendor)`,
      String.raw`donné\s+(?:son|leur)\s+(?:accord|consentement)`,
      String.raw`(?:transmettre|communiquer|partager|donner)\s+(?:mes|ses|leurs)\s+coordonnées`,
      String.raw`(?:vous\s+)?pouvez\s+(?:la|le|les)\s+(?:contacter|appeler)`,
      // "il sait que vous allez l'appeler", "elle attend l'appel de votre équipe", "d'accord pour que l'éditeur participe"
      String.raw`(?:sait|savent)\s+(?:déjà\s+|bien\s+)?que\s+vous\s+(?:allez\s+)?(?:l['’]\s*|la\s+|le\s+|les\s+|lui\s+)?(?:appeler|appellerez|contacter|contacterez|joindre|joindrez|écrire|écrirez)`,
      String.raw`attend(?:ent)?\s+(?:l['’]appel|votre\s+appel|un\s+appel|votre\s+coup\s+de\s+fil|d['’]être\s+(?:contactée?s?|appelée?s?))`,
      String.raw`(?:est|sont)\s+d['’]accord\s+pour\s+que`,
      // spoken: "elle est ok pour que vous l'appeliez", "ils sont partants pour un appel"
      String.raw`(?:est|sont)\s+(?:ok|partante?s?)\s+pour\s+(?:que\s+vous|être\s+(?:contactée?s?|appelée?s?)|un\s+appel)`,
      String.raw`(?:nous|m['’])\s*a\s+demandé\s+(?:d['’]organiser|de\s+(?:caler|fixer|planifier|prévoir))\s+(?:l['’]appel|un\s+appel|la\s+réunion|un\s+rendez-vous|un\s+échange)`,
      // told and open to it: "est au courant", "est ouverte à un échange", "souhaite être rappelé" (the
      // prospect; "je souhaite être rappelé" is the writer asking for a call)
      String.raw`(?:est|sont)\s+(?:déjà\s+|bien\s+)?(?:au\s+courant|informée?s?|prévenue?s?|briefée?s?)`,
      String.raw`(?:est|sont)\s+(?:tout\s+à\s+fait\s+|très\s+)?(?:ouverte?s?|disposée?s?|partante?s?)\s+(?:à|pour)\s+(?:un|une|être)\s+(?:échange|appel|rendez-vous|rdv|contact|réunion|contactée?s?|appelée?s?)`,
      String.raw`(?:souhaite|souhaitent|aimerait|aimeraient|veut|veulent)(?<!(?<![\p{L}])je\s+(?:souhaite|aimerait|veut))\s+(?:être\s+)?(?:re)?(?:contactée?s?|appelée?s?|rappelée?s?)`,
      // allowed in so many words: "n'hésitez pas à le contacter", "accord du client obtenu", "a donné son feu vert"
      String.raw`(?:n['’]hésitez\s+pas\s+à|vous\s+pouvez)\s+(?:la|le|les|lui|leur)\s+(?:contacter|appeler|joindre|écrire)`,
      String.raw`(?:accord|consentement|feu\s+vert)\s+(?:du\s+client\s+|du\s+prospect\s+|de\s+la\s+cliente\s+)?(?:obtenu|reçu|donné|acquis)`,
      String.raw`(?:a|ont)\s+donné\s+(?:son|leur)\s+(?:feu\s+vert|ok|aval)`,
    ],
    prohibition: [
      String.raw`(?:merci de\s+)?(?:ne\s+pas|ne\s+la|ne\s+le|ne\s+les)\s+(?:la\s+|le\s+|les\s+)?(?:contacter|appeler|solliciter)`,
      String.raw`passer\s+par\s+(?:moi|nous)`,
      // "je préfère que vous ne la contactiez pas"
      String.raw`que\s+vous\s+ne\s+(?:l[ae]\s+|les\s+|l['’]\s*|lui\s+)?(?:contactiez|appeliez|sollicitiez|écriviez)`,
      String.raw`(?:n['’]est|ne\s+sont)\s+pas\s+(?:encore\s+)?(?:au\s+courant|informée?s?|prévenue?s?)`,
      String.raw`attendre\s+(?:mon|notre)\s+(?:feu\s+vert|accord|retour|signal)`,
      // not asked yet, not sure they agreed, no contact for now
      String.raw`(?:lui|leur)\s+ai\s+pas\s+(?:encore\s+)?(?:posé\s+la\s+question|demandé)`,
      String.raw`(?:pas\s+s[ûu]re?s?|ne\s+sais\s+pas)\s+(?:qu['’]\s*|si\s+)(?:[\p{L}]+\s+){0,3}?(?:accepté|d['’]accord|donné\s+(?:son|leur)\s+accord)`,
      String.raw`pas\s+(?:encore\s+)?eu\s+(?:son|leur)\s+(?:accord|feu\s+vert)`,
      String.raw`pas\s+de\s+(?:prise\s+de\s+)?contact\s+(?:pour\s+l['’]instant|pour\s+le\s+moment|pour\s+l['’]heure|encore|svp|s['’]il)`,
      // not yet agreed, asked, or wished: "accord pas encore obtenu", "je dois encore lui demander", "ne le contactez pas"
      String.raw`ne\s+(?:souhaite|souhaitent|veut|veulent)\s+pas\s+(?:être\s+)?(?:contactée?s?|appelée?s?|sollicitée?s?)`,
      String.raw`ne\s+(?:la|le|les|lui|leur)\s+(?:contactez|appelez|sollicitez|écrivez)\s+pas`,
      String.raw`(?:pas|aucun)\s+(?:de\s+)?contact\s+direct`,
      String.raw`(?:je\s+dois|je\s+vais|il\s+faut\s+que\s+je)\s+(?:encore\s+|d['’]abord\s+)?(?:lui|leur)\s+(?:demander|en\s+parler|poser\s+la\s+question)`,
      String.raw`accord\s+(?:du\s+client\s+|de\s+la\s+cliente\s+)?(?:pas\s+encore|en\s+attente|à\s+obtenir|à\s+confirmer)`,
      String.raw`(?:avant|sans)\s+(?:mon|notre)\s+(?:accord|feu\s+vert|validation)`,
    ],
  },
  motion: {
    // "nous achetons et revendons", "on revend sur notre papier"
    resale: [
      String.raw`revente`,
      String.raw`revendeur`,
      String.raw`revendr(?:e|ons|a|ions|ais|ait|aient)`,
      String.raw`revend(?:ons|ent|s)?`,
      // the partner buys the licence and bills it on: "nous la refacturons au client"
      String.raw`refactur\p{L}*`,
      // the bill goes through the partner: "nous facturons le client", "la commande passe par nous", "sur notre papier"
      String.raw`(?:facturons|facturerons|facturerions)\s+(?:directement\s+)?(?:le\s+client|la\s+cliente|les\s+licences|l['’]ensemble|la\s+licence|l['’]abonnement)`,
      String.raw`(?:facturation|commande|achat|licences?|abonnements?)\s+(?:passe(?:nt|ra|ront)?|se\s+fera|se\s+fait)\s+(?:[\p{L}]+\s+)?par\s+(?:nous|notre\s+société)`,
      String.raw`(?:achetons|achèterons|achèterions)\s+(?:[\p{L}]+\s+){0,2}?(?:chez|auprès\s+de)\s+vous`,
      String.raw`sur\s+notre\s+papier|distributeur`,
    ],
    services: [
      // "nous assurerions, comme convenu, la mise en œuvre": an aside between commas may come first
      String.raw`(?:nous\s+)?assurer(?:ons|ions)(?:\s*,[^,.\n]{0,80},)?\s+(?:le\s+)?(?:déploiement|paramétrage|l['’]intégration|la\s+mise\s+en\s+(?:place|œuvre)|la\s+formation)`,
      // "nous prendrions en charge l'intégration et la formation"
      String.raw`(?:prendr(?:ons|ions)|prenons)\s+en\s+charge\s+(?:le\s+déploiement|le\s+paramétrage|l['’]intégration|la\s+mise\s+en\s+(?:place|œuvre)|la\s+formation)`,
      String.raw`prestations?\s+de\s+services?`,
      String.raw`intégrateur`,
      String.raw`services?\s+managés?`,
      // "nous nous occuperons du déploiement", "la formation sera assurée par nos équipes", "ESN", "infogérance"
      String.raw`(?:occuperons|occupons|chargerons|chargeons)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)(?:déploiement|paramétrage|intégration|installation|formation|formations|mise\s+en\s+(?:place|œuvre|service)|support|maintenance|migration)`,
      String.raw`(?:déploiement|paramétrage|intégration|installation|formation|mise\s+en\s+place)\s+(?:sera\s+|est\s+)?(?:assurée?|réalisée?|faite?|effectuée?)\s+par\s+(?:nous|nos\s+équipes|notre\s+équipe)`,
      String.raw`intégratrice|infogérance|infogéreur|ESN|SSII`,
      // the partner doing the work: "nous assurerons la saisie", "nous sommes l'entreprise de maintenance"
      String.raw`nous\s+(?:assurerons|assurons|prendrons\s+en\s+charge)\s+(?:la|le|l['’]|les)\s*(?:saisie|migration|paramétrage|installation|intégration|formation|maintenance|mise\s+en\s+place|déploiement|reprise)`,
      String.raw`nous\s+sommes\s+(?:l['’]\s*|une\s+)?entreprise\s+de\s+maintenance`,
    ],
    // "de l'apport d'affaires", "on fait l'intro et on se retire"
    referral: [
      String.raw`apport(?:eurs?)? d['’]affaires?`,
      String.raw`recommandation`,
      String.raw`mise\s+en\s+relation`,
      // "nous ne faisons que l'introduction"
      String.raw`ne\s+(?:faisons|fais|fait|font)\s+que\s+(?:l['’]\s*|la\s+)?(?:introduction|présentation|mise en relation)`,
      String.raw`(?:on\s+se|nous\s+nous|je\s+me)\s+retir(?:e|ons)`,
      // "nous vous référons ce client"
      String.raw`r[ée]f[éèe]r(?:ons|e)`,
      // the one who prescribes the tool to a client and is paid for it: "nous agirions en prescripteur"
      String.raw`prescripteurs?`,
      // "référence seulement", "agent de référence"
      String.raw`r[ée]f[ée]rence\s+(?:seulement|uniquement)`,
      String.raw`agent\s+de\s+r[ée]f[ée]rence`,
      // "je fais juste la référence", "seulement la présentation"
      String.raw`(?:juste|seulement|uniquement)\s+la\s+(?:référence|présentation)`,
      // "nous faisons simplement l'introduction"
      String.raw`(?:faisons|fais|fait|font)\s+(?:simplement|juste|seulement|uniquement)\s+(?:l['’]\s*|la\s+)(?:introduction|présentation|mise\s+en\s+relation)`,
      // the partner says it stays out of the delivery, the negation being the point: "nous ne
      // ferons pas le déploiement", "je n'interviens pas", "nous ne participerons pas au projet"
      String.raw`ne\s+(?:fer(?:a|ons|ai)|fai(?:s|t)|faisons)\s+pas\s+(?:l['’]\s*intégration|l['’]\s*implémentation|l['’]\s*installation|la\s+mise\s+en\s+(?:œuvre|place)|le\s+déploiement)`,
      String.raw`n['’]intervien(?:dra|drons|drai|drait|drions|s|t|nent)\s+pas`,
      String.raw`ne\s+participer(?:a|ons|ai)\s+pas`,
      // the vendor bills and takes over: "vous facturez en direct", "contrat directement avec vous", "vous prenez le relais"
      String.raw`(?:facturez|facturerez|contractez|contracterez)\s+(?:[\p{L}]+\s+){0,2}?(?:directement|en\s+direct)`,
      String.raw`(?:contrat|facturation|facture)\s+(?:[\p{L}]+\s+){0,3}?(?:directement|en\s+direct)\s+(?:avec|entre|par)\s+(?:vous|votre\s+société|l['’]éditeur)`,
      String.raw`commission\s+(?:d['’]apport|de\s+recommandation|d['’]apporteur)`,
      String.raw`vous\s+prenez\s+le\s+relais|(?:je|nous)\s+vous\s+laiss(?:e|ons)\s+(?:la\s+main|le\s+relais)`,
    ],
    marketplace: [String.raw`place de marché`],
    technology: [
      // the vendor's product joined to the partner's: "connecteur avec notre ERP", "partenaire technologique"
      String.raw`(?:intégration|connecteur|interface|couplage)\s+(?:avec|entre|à)\s+(?:notre|nos)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:logiciel|plateforme|solution|produit|outil|application|erp|système)`,
      String.raw`partenaires?\s+technologiques?|co-?commercialis\p{L}*`,
      // integrating "our" gateway, terminals or module with the vendor's (intégrer notre …)
      String.raw`intégr(?:ons|erons|erions|erait|er)\s+(?:notre|nos)\s+(?:passerelle|solution|plateforme|logiciel|terminaux|terminal|module|outil|api)`,
    ],
  },
  money: {
    near: ["valeur", "montants?", "potentiel", "par an", "l'an", "annuel(?:le)?s?", String.raw`\/\s?an`],
    // "collecte 5,8 M€ par an": the money the prospect itself raises
    other: [
      "chiffre d['’]affaires",
      "collecte(?:nt)?",
      "recettes",
      "levée(?: de fonds)?",
      "(?:a|ont) coûté",
      "dépensé(?:s|e|es)?",
    ],
    monthly: ["par mois", "mensuel(?:le)?s?", String.raw`\/\s?mois`],
    price: ["abonnement", "tarifs?"],
    between: ["entre"],
    unit: [
      String.raw`par\s(?:utilisateur|licence|poste|salarié|employé|site|magasin|agence|véhicule|chambre|lit|adhérent)`,
    ],
  },
  competitorBefore: [
    // "pour comparer avec la solution X": the rival's product noun may stand before its name
    // "compare notre offre avec celle de X": the rival's offer as a pronoun
    // the writer's own and the polite form too: "vous comparez notre devis avec celui de X"
    String.raw`(?:compare|comparent|comparer|comparons|comparez)\s+(?:\S+\s+){0,3}?(?:avec|à)\s+(?:(?:la|le|l['’])\s*(?:solution|offre|plateforme|logiciel)\s+(?:de\s+|d['’])?|(?:celle|celui|celles|ceux)\s+(?:de\s+|d['’]))?`,
    String.raw`(?:regarde|regardent|regardons)\s+(?:aussi|également)\s+`,
    String.raw`(?:utilise|utilisent)\s+(?:actuellement|aujourd['’]hui|déjà)\s+`,
    // the current system named in brackets: "notre logiciel actuel (X)", "le DMS actuel (X)"
    String.raw`(?:logiciel|progiciel|système|outil|solution|plateforme|fournisseur|prestataire|dms|erp|crm|pms|lms)s?\s+(?:actuel(?:le)?s?|existant(?:e)?s?)\s*\(\s*`,
    // the system worked on today: "travaille actuellement sous X", "tournent encore avec X"
    String.raw`(?:travaille|travaillent|tourne|tournent|fonctionne|fonctionnent)\s+(?:actuellement|aujourd['’]hui|encore|toujours)\s+(?:sous|avec)\s+`,
    // "une offre X", "une démo de X", "un devis de X", a quote in Québec "une soumission de X": a rival's offer
    String.raw`(?:offre|démo|démonstration|devis|proposition|soumission)\s+(?:de\s+|d['’])?`,
    String.raw`(?:regardé|testé|évalué|comparé|consulté|rencontré)\s+(?:aussi\s+|également\s+)?`,
    String.raw`(?:étudie|étudient|envisage|envisagent)\s+(?:aussi\s+|également\s+)?`,
    String.raw`(?:remplacer|remplace|remplacent|remplacement\s+de)\s+`,
    String.raw`(?:à\s+la\s+place\s+de|au\s+lieu\s+de)\s+`,
    String.raw`concurren(?:ts?|ce)\s*:\s*`,
    // the noun: "comparaison avec X", "en comparaison avec l'offre de X"
    String.raw`comparaison\s+avec\s+(?:(?:la|le|l['’])\s*(?:solution|offre|plateforme|logiciel)\s+(?:de\s+|d['’])?)?`,
    // "trois offres, dont X et Y"
    String.raw`(?:solutions|offres|fournisseurs|options|prestataires),?\s+dont\s+`,
  ],
  bulkPitch: {
    optOut: [
      String.raw`(?:ne plus|ne souhaitez plus|ne voulez plus) recevoir`,
      String.raw`répondez (?:par )?["«“']? ?(?:stop|désinscription|non) ?["»”']?`,
    ],
    replyKeyword: [String.raw`répondez (?:par )?["«“']? ?oui ?["»”']?`],
    dataOffer: [
      String.raw`(?:contacts|fichiers?|bases? de données|adresses|décideurs) (?:[\p{L}\p{N}&/-]+ ){0,3}vérifié\p{L}*`,
      String.raw`délivrabilité`,
    ],
  },
  competitorNone: [String.raw`(?:pas|aucune?)\s+(?:de\s+)?concurren(?:ce|ts?)`],
  productKind: { before: ["module", "formule"] },
  productBefore: [String.raw`intéressée?s?\s+par`, String.raw`(?:licences?|essai|démo|pilote)\s+(?:de|du)`],
  competitorAfter: [
    String.raw`(?:est|sont)\s+(?:aussi|également)\s+(?:dans\s+la\s+boucle|en\s+lice|sur\s+les\s+rangs|consulté(?:e|s|es)?)`,
    String.raw`(?:d['’]un\s+autre\s+\p{L}+\s+)?(?:est|sont)?\s*(?:aussi\s+|également\s+)?sur\s+la\s+table`,
  ],
  problem: {
    strong: [
      String.raw`à la main`,
      // time the process eats, the same work over tools: "nous perdons du temps", "trois logiciels différents"
      String.raw`perd(?:ons|ent)\s+(?:beaucoup\s+de\s+|trop\s+de\s+|du\s+)?temps`,
      String.raw`(?:logiciels|outils|systèmes)\s+différents`,
      // decided by feel: "prix fixés au feeling", "au pif", "de mémoire"
      String.raw`au feeling`,
      String.raw`au pif`,
      String.raw`de mémoire`,
      String.raw`manuel(?:le)?(?:ment)?`,
      String.raw`papier`,
      String.raw`saisie manuelle`,
      String.raw`ressaisi\w*`,
      String.raw`tableurs?`,
      String.raw`fichiers? excel`,
      String.raw`pas de visibilité`,
      String.raw`probl[èe]mes?`,
      // bookings that collide: "deux doubles réservations"
      String.raw`doubles? réservations?`,
      String.raw`perd\w* (?:des|plusieurs) (?:jours|heures|semaines)`,
      // tools that do not talk to each other, files scattered
      String.raw`ne se parlent pas`,
      String.raw`dispersée?s?`,
      // "un logiciel développé en interne", "personne ne suit les relances"
      String.raw`développée?s?\s+en\s+interne`,
      String.raw`personne\s+ne`,
      // the main one of the prospect's worries: "leur principal enjeu : …", "sa principale préoccupation"
      String.raw`principa(?:l|le)\s+(?:enjeu|souci|préoccupation|difficulté)`,
      String.raw`(?:enjeu|souci)\s+principal`,
    ],
    // a means of talking as the process: "réservations par téléphone", "commandes par WhatsApp"; "je l'ai eue au
    // téléphone" is the partner's talk
    channel: [
      String.raw`par\s+(?:t[ée]l[ée]phone|whatsapp|sms|instagram|facebook|messenger)`,
      String.raw`au\s+t[ée]l[ée]phone`,
    ],
    talked: ["parlé", "discuté", "échangé", "appelé", "eu", "eue", "joint", "jointe", "convenu", "confirmé"],
    weak: [
      // la situation actuelle: "les moniteurs notent toujours les cours dans un cahier", "actuellement, elles …"
      String.raw`(?:font|fait|gèrent|gère|passent|passe|tournent|tourne|tiennent|tient|notent|note|suivent|suit)\s+(?:aujourd'hui|actuellement|encore|toujours)`,
      String.raw`(?:aujourd'hui|actuellement),?\s+(?:ils|elles|tout|on|le|la|les|l')`,
      String.raw`souhaite\w*`,
      String.raw`cherche\w*`,
      String.raw`besoin`,
      String.raw`automatiser`,
      String.raw`veu(?:lent|t)`,
      // "il leur faut une gestion …"
      String.raw`(?:il|leur|lui) faut`,
      String.raw`doi(?:t|vent)`,
      String.raw`exigent`,
    ],
    // an interest named ("intéressée par …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`intéressée?s?\s+par`],
  },
  // "pas de site web", "seulement une page Facebook"
  noWebsite: [
    String.raw`pas\s+(?:encore\s+)?de\s+site`,
    String.raw`(?:seulement|uniquement|juste)\s+une\s+page\s+(?:facebook|instagram)`,
  ],
  placeBefore: [
    String.raw`basée? à`,
    String.raw`situé(?:e)? à`,
    String.raw`implantée? à`,
    String.raw`près de`,
    String.raw`basée? en`,
    // "une opportunité à Nantes", like "oportunidad en"
    String.raw`opportunité (?:à|en)`,
    // "un petit encadreur à Namur", "des logements à Sion": "à" before the prospect's town after a
    // lower-case word (what the prospect is or has); a capital before it is the name's seat, read
    // after the name; not after the words that lead to a person or a product ("merci à Julie",
    // "parlé à Marc", "passer à Lightspeed"), nor after an activity or an event ("une formation à
    // Lyon", "le salon à Genève"), which says where something happens, not where the prospect is
    String.raw`(?<=(?:^|[^\p{L}])\p{Ll}\p{L}{0,24}[ \t])(?<!(?:ion|merci|grâce|parlé|parler|écrit|écrire|envoyé|transmis|dit|demandé|répondu|présenté|passer|passé|migrer|migré|abonnés?|accès|bonjour|salut|salon|séminaire|congrès|conférence|rendez-vous|vacances|voyage)[ \t])à`,
  ],
  // "dans toute la Bretagne", "partout en Wallonie"
  coverBefore: [String.raw`dans (?:toute la|tout le|toute l['’])`, String.raw`partout en`],
  compassWord: [String.raw`(?:le\s+)?(?:nord|sud)(?:-est|-ouest)?\s+(?:de|du|de\s+la)`],
  // "7 centres au Luxembourg": a country or region named with its article
  sizePlaceBefore: ["à", "en", "dans", "au", "aux"],
  placeFrom: [String.raw`basée?\s+à`],
  placeFor: ["pour"],
  rolloutWord: ["déploiement", "marché", "projet"],
  phoneExtension: ["poste"],
  regionWord: [String.raw`région`, String.raw`département`, String.raw`canton`],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`filiale d(?:e|u|')(?: la)?`,
  String.raw`maison mère(?: est)?`,
];

/** Nouns a professional firm's name ends with ("Morel Dupuy Avocats", "Girard & Associés"). */
export const firmNoun: readonly string[] = ["Avocats", "Notaires", "Associés", "Experts-Comptables"];
