// English label words (the label before the colon in "Company: Acme Ltd"), by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "company",
    "company name",
    "account",
    "account name",
    "customer",
    "customer name",
    "prospect",
    "prospect name",
    "prospect company",
    "client",
    "client name",
    "organisation",
    "organization",
    "end customer",
    "end user",
    "company / account",
    "end-customer",
    "organisation name",
    "organization name",
    "prospect organisation",
    "prospect organization",
    "account / company",
    "business name",
    "business",
    "customer company",
    "end customer name",
    "organisation / company",
    "institution",
    "university",
    "school",
    "law firm",
    "practice",
    "charity",
    "ngo",
    "foundation",
    "hotel",
    "clinic",
    // institutions: a school, a college, a public body, a cooperative or a farm named by its kind
    "establishment",
    "school name",
    "college name",
    "university name",
    "institution name",
    "org",
    "college",
    "academy",
    "ministry",
    "council",
    "municipality",
    "agency",
    "cooperative",
    "co-operative",
    "farm",
    // a club, an association, a federation: a sports or members' body named by its kind
    "club",
    "club name",
    "association",
    "federation",
  ],
  // the registered entity, as against the name the company trades under
  legalName: [
    "legal name",
    "legal entity",
    "legal entity name",
    "registered name",
    "registered company",
    "registered company name",
    "registered entity",
    "company legal name",
    "prospect legal name",
    "customer legal name",
    "official company name",
  ],
  website: [
    "website",
    "web site",
    "homepage",
    "home page",
    "web",
    "url",
    "domain",
    "internet",
    "site",
    "company website",
    "websites",
    "customer website",
    "prospect website",
    "company url",
    "company domain",
    "web address",
    "domain name",
  ],
  contactName: [
    "contact",
    "name",
    "contact name",
    "primary contact",
    "main contact",
    "contact person",
    "key contact",
    "decision maker",
    "decision-maker",
    "full name",
    "prospect contact",
    "customer contact",
    "point of contact",
    "champion",
    "contact person name",
    "customer contact name",
    "who to talk to",
    "who to contact",
    "who",
    "person to contact",
    "client contact",
    "account contact",
    "person in charge",
    "person",
    "key person",
    "pic",
    "responsible person",
    "person responsible",
  ],
  givenName: [
    "first name",
    "firstname",
    "given name",
    "forename",
    "contact first name",
    "contact first",
    "contact firstname",
    "contact given name",
  ],
  familyName: [
    "last name",
    "lastname",
    "surname",
    "family name",
    "contact last name",
    "contact last",
    "contact lastname",
    "contact surname",
  ],
  role: [
    "title",
    "job title",
    "role",
    "position",
    "job role",
    "function",
    "designation",
    "contact title",
    "contact role",
    "job function",
    "title/role",
    "role/title",
    "position/title",
    "contact position",
    "department/position",
    "position/department",
  ],
  email: [
    "email",
    "e-mail",
    "e mail",
    "mail",
    "email address",
    "e-mail address",
    "contact email",
    "contact e-mail",
    "work email",
    "contact mail",
    "email address of contact",
  ],
  phone: [
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "contact phone",
    "direct",
    "mob",
    "mobile phone",
    "cell phone",
    "direct line",
    "direct dial",
    "ddi",
    "ph",
    // "handphone" is Singapore and Malaysia English for a mobile; DID a direct-dial number
    "hp",
    "handphone",
    "did",
    "whatsapp",
  ],
  stage: [
    "stage",
    "deal stage",
    "sales stage",
    "opportunity stage",
    "status",
    "phase",
    "current status",
    "next step",
    "next steps",
    "timeline",
    "where we are",
    "where we're at",
    "where we are at",
    "status / stage",
    "timing",
    "close stage",
  ],
  value: [
    "budget",
    "estimated value",
    "estimated deal value",
    "deal size",
    "estimated deal size",
    "deal value",
    "value",
    "opportunity value",
    "amount",
    "estimated amount",
    "potential",
    "volume",
    "arr",
    "acv",
    "tcv",
    "estimated revenue",
    "expected value",
    "contract value",
    "size",
    "est. value",
    "est value",
    "estimated arr",
    "expected arr",
    "arr estimate",
    "opportunity size",
    "deal amount",
    "estimated budget",
    "investment",
    "size of the deal",
    "deal potential",
    "estimated deal",
    "expected deal size",
    "est. revenue",
    "estimated revenue",
  ],
  // the system being replaced, under a label of its own ("Current tool: X", "Replacing: X")
  incumbent: [
    // "Current: X for parent comms": what the prospect runs now
    "current",
    "current system",
    "current tool",
    "current solution",
    "current software",
    "current platform",
    "existing system",
    "existing solution",
    "replacing",
    // "Currently on: X", "Currently using: X"
    "currently on",
    "currently using",
  ],
  competitors: [
    "competitors",
    "competitor",
    "competition",
    "competing vendors",
    "other vendors",
    "alternatives",
    "competing solutions",
    "incumbent",
    "current vendor",
    "alternatives considered",
    "alternatives being considered",
    "alternatives under consideration",
    "other options",
    "other bidders",
    // the singular ("Other vendor in the mix: X", "Other bidder we know: X"), the telex-style
    // abbreviation ("COMPTR: X") and "Up against: X" ("Comp" alone may be the company: left unread)
    "other bidder",
    "other vendor",
    "comptr",
    "up against",
    "competitive situation",
    "competing",
    "also looking at",
    // "Also looking: X, Y" (the preposition left out)
    "also looking",
    "also evaluating",
    "also considering",
    // "Currently evaluating: X", "Currently looking at: X": the offers weighed now (the system run
    // now is "Currently on: X", "Currently using: X", under incumbent)
    "currently evaluating",
    "currently looking at",
    "other options",
    "shortlist",
  ],
  need: [
    "need",
    "needs",
    "what they need",
    "pain point",
    "pain points",
    "pain",
    "problem",
    "requirements",
    "requirement",
    "notes",
    "note",
    "background",
    "use case",
    "challenge",
    "situation",
    "context",
    "details",
    "remarks",
    "description",
    "comments",
    // what the prospect's project covers, and why it comes up now ("Scope: 4 sites, replacing loggers")
    "scope",
    "issue",
    "issues",
    "why now",
    // the main one of them ("Main problem: …", "Key challenge: …")
    "main need",
    "main problem",
    "main challenge",
    "key challenge",
  ],
  region: [
    "region",
    "country",
    "location",
    "geography",
    "territory",
    "city",
    "state",
    "where",
    "canton",
    "province",
    "county",
    "area",
    "sales region",
    "market",
    "footprint",
    "patch",
    "locations",
    "sites",
  ],
  consent: [
    "consent",
    "consent to contact",
    "ok to contact",
    "okay to contact",
    "permission to contact",
    "contact permission",
    "may we contact",
    "opt-in",
    "contact consent",
    "okay to reach out",
    "ok to reach out",
    "contact allowed",
    "contact ok",
    "direct contact",
    "direct contact ok",
    "ok to ring",
    "okay to ring",
    "ok to call",
    "agreement for contact",
    "agreement to contact",
    "customer agreement for contact",
  ],
  motion: [
    "partner type",
    "motion",
    "type",
    "deal type",
    "model",
    "partnership model",
    "partner model",
    "engagement",
    "engagement model",
    "buying route",
    "procurement",
    "purchasing",
    "route to market",
    "sales motion",
    "our role",
    "partner role",
    "how we'd transact",
    "how we would transact",
    "route",
    "transaction",
    "how we'd work it",
    "how we sell",
    "how we'll sell",
    "delivery",
    "delivery model",
  ],
  // "Interested in: …" heads a form's line as a noun label does
  product: [
    "product",
    "products",
    "product interest",
    "plan",
    "module",
    "modules",
    "edition",
    "interest",
    "interested in",
    // the module(s) of interest
    "module of interest",
    "modules of interest",
  ],
  currency: ["currency", "curr"],
};

/** Need labels that may hold the product and the partner's work as well ("Scope: Acme Maintain +
 * implementation"): another need label in the same mail ("Remarks:", "Issue:") says the need. */
export const broadNeedLabels: readonly string[] = ["scope"];

/** A prospect handing the matter to a colleague (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:will be|is now|is|becomes) (?:your|the) (?:main |new )?contact`,
  String.raw`contact (?:from here on|going forward|from now on)`,
  String.raw`hand(?:ed|ing|s)? (?:it |this |the matter )?(?:over )?to`,
  String.raw`step(?:ping)? back`,
  String.raw`take(?:s)? (?:it|this) (?:over|from here)`,
  // "she'll own this from here", "Raj will own it going forward"
  String.raw`(?:'ll|will|to) own (?:it|this) (?:from here|going forward|from now on)`,
  String.raw`please (?:work|deal|liaise|coordinate) (?:directly )?with`,
  // a wish reported by the partner: "he asked that you deal with his daughter", "she'd prefer you go through Ana"
  String.raw`(?:(?:asked|asks|requested|requests)(?:,[^,.\n]{1,20},)? (?:that )?|(?:prefer|prefers|preferred|rather) (?:that )?)(?:you|your team) (?:to )?(?:(?:work|deal|liaise|speak|talk|coordinate) (?:directly )?with|go through)(?![\p{L}])`,
  String.raw`(?:owns|is leading|will lead|is running|will run) (?:this|the) (?:project|initiative|evaluation|pilot)`,
];
/** The sender saying they stay the contact although a colleague is copied. */
export const staying: readonly string[] = [
  String.raw`keep me as (?:the |your )?(?:main |primary )?contact`,
  String.raw`i(?:'ll| will) (?:remain|stay) (?:the |your )?(?:main |primary )?contact`,
  // the handover is to the writer: "my boss asked me to take this over", "handed it over to me"
  String.raw`(?:asked|wants|wanted|told) me to (?:take (?:it |this )?over|handle (?:it|this)|run with (?:it|this))`,
  String.raw`hand(?:ed|s)? (?:it |this |the matter )?(?:over )?to me(?![\p{L}])`,
  String.raw`(?:reach out to|contact|call|email) me directly`,
  // the writer names themself ("I will be the contact for this", "I'm taking it over"): a
  // colleague the same mail mentions is no handover's target
  String.raw`(?<![\p{L}])i(?:'ll| will|'m| am)(?: now)? (?:be )?(?:the|your) (?:main |primary |new |single )?(?:point of )?contact(?![\p{L}])`,
  String.raw`(?<![\p{L}])i(?:'ll| will|'m| am)(?: now)? tak(?:e|ing) (?:it |this |the project |the matter )?over(?![\p{L}])`,
];

const CONTACT_VERB = String.raw`(?:reach out|reach|contact|call|phone|ring|email|e-mail|approach|get in touch|speak to|talk to|message)`;
const CONTACTING = String.raw`(?:contacting|calling|phoning|ringing|reaching out|emailing|e-mailing|approaching|getting in touch|messaging)`;
/** "you", "your team", and the short forms of mobile notes ("u", "you guys") */
const YOU = String.raw`(?:you|u|ye|your team|your sales team|your people|the vendor|you guys|u guys|y'all)`;
// "ok w contact": a bare "w" stands for "with" in a terse note
const WITH = String.raw`(?:with|w\/|w(?=\s))`;

export const cues: CueTable = {
  // the prospect's details still to come: "her website to follow on Monday", "no e-mail address yet"
  detailsLater: {
    detail: [
      String.raw`e-?mail(?: address)?`,
      String.raw`web ?site`,
      String.raw`(?:his|her|their) (?:site|number|name|surname|last name)`,
      String.raw`(?:contact )?details`,
      String.raw`contact(?:'s)? name`,
    ],
    later: [
      String.raw`to follow`,
      "tomorrow",
      "later",
      "yet",
      String.raw`(?:when|once|as soon as) I(?:'m| am| get) back`,
      String.raw`(?:when|once|as soon as) I (?:have|get) (?:it|them)`,
      String.raw`still missing`,
    ],
  },
  // "no website yet", "no proper website", "just an Instagram page", "FB page only"
  noWebsite: [
    String.raw`no\s+(?:proper\s+|real\s+)?(?:web\s?site|home\s?page|domain)`,
    String.raw`(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+have\s+(?:a\s+|an\s+|any\s+)?(?:proper\s+|real\s+)?(?:web\s?site|domain)`,
    String.raw`(?:only|just)\s+(?:have\s+)?(?:a|an|their)\s+(?:facebook|instagram|fb|linkedin)\s+page`,
    String.raw`(?:facebook|instagram|fb)\s+page\s+only`,
  ],
  notProblem: [
    // (records kept "in registers" are the prospect's paperwork, not a registration)
    String.raw`(?<!in (?:paper )?)register\w*`,
    String.raw`deal registration`,
    // ("consent forms" are a prospect's paperwork: no word on being contacted)
    String.raw`consent(?!\s+forms?)`,
    String.raw`contact(?:ed)? (?:her|him|them)`,
    String.raw`demo`,
    String.raw`call`,
    String.raw`budget`,
    String.raw`meeting`,
    String.raw`flight`,
    String.raw`conference`,
    // a proposal asked of the vendor is the deal's next step: "would like you to submit a proposal"
    String.raw`(?:submit|send|prepare)\s+(?:us\s+|them\s+|her\s+|him\s+)?(?:a|an|your)\s+(?:\w+\s+)?(?:proposal|quote|offer)`,
  ],
  problemNoun: [String.raw`problems?`, String.raw`issues?`, String.raw`challenges?`, String.raw`pain(?:\s+points?)?`],
  comparisonWord: [
    String.raw`short-?list\p{L}*`,
    String.raw`long-?list\p{L}*`,
    String.raw`compar\p{L}*`,
    "versus",
    "rfp",
    String.raw`bake-?off`,
  ],
  serviceWork: [
    "implementation",
    "integration",
    "configuration",
    String.raw`set-?up`,
    "training",
    "onboarding",
    String.raw`roll-?out`,
    String.raw`(?:data\s+)?migration`,
    "change management",
    "deployment",
    String.raw`customi[sz]ation`,
    String.raw`(?:first|second)-line support`,
    String.raw`managed (?:engagement|service)`,
    // "we'd provide the training and the install"
    String.raw`install(?:ation)?`,
    String.raw`on-?site support`,
  ],
  // a bare "I" only before a verb: Italian writes "I clienti …"
  writerSubject: [
    "i'd",
    "i'm",
    "i've",
    "i'll",
    String.raw`i (?:would|want|wanted|wish|hope|am|have|had|will)`,
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
  ],
  // "our part would be the rollout"
  partnerSubject: [
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
    "our team",
    "our analysts",
    "our consultants",
    "ourselves",
    "our part",
  ],
  otherSubject: ["they", "she", "he", "the customer", "the client", "the prospect"],
  serviceLabel: [
    String.raw`our role`,
    String.raw`partner role`,
    String.raw`role of [\p{L}-]+`,
    String.raw`[\p{L}-]+'s role`,
    "services",
    "scope of services",
    // "Our part: validation and training", "Scope from our side: implementation"
    "our part",
    "our scope",
    String.raw`scope from our side`,
  ],
  registering: [
    // asking for it: "please register", "pls protect", "register pls", "we'd like to register"
    // ("pl reg": "please" shortened further on a phone)
    String.raw`(?:please|pls|plz|pl|kindly) (?:reg|register|protect|log|lodge|submit)`,
    String.raw`(?:reg|register|protect) (?:pls|please|plz)`,
    // "hold a reg for", "log a registration", "open a deal reg"
    String.raw`(?:hold|log|lodge|open|raise|file|put in|create) (?:a|an|the) (?:deal )?(?:reg|regn|registration)`,
    // "pls log it for us", "could you log this one for us": the partner's manager passing notes on
    String.raw`log (?:it|this(?: one)?) for us`,
    String.raw`(?:i|we)(?:'d| would) like to (?:register|protect|log|submit|refer|introduce)`,
    String.raw`(?:i|we)(?:'m| am| are) (?:registering|referring|introducing|submitting|passing on)`,
    // a lead named as such: "new opp", "Lead: …", "another one for you"
    String.raw`new (?:lead|opp|oppty|opportunity|deal|prospect|referral|registration)`,
    String.raw`(?:lead|opp|oppty|opportunity|prospect|customer|client)\s*:`,
    String.raw`deal reg`,
    String.raw`(?:another|one more|a new) (?:one|lead) for (?:you|u)`,
    // claiming a deal before the details are known: "put down a marker on", "stake our claim",
    // "early reg", "placeholder registration" (not "early registration", an event's wording)
    String.raw`(?:put|putting|lay|laying) (?:down )?(?:a|our) marker`,
    String.raw`(?:stake|staking) (?:a|our) claim`,
    String.raw`early reg`,
    String.raw`(?:placeholder|provisional) reg(?:istration)?`,
  ],
  negationBefore: [
    "no",
    "not",
    "nothing",
    "none",
    "never",
    "without",
    "isn't",
    "aren't",
    "hasn't",
    "haven't",
    "wasn't",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "neither",
    "nor",
  ],
  negationAfter: ["yet", "not", "pending", "tbd", "tbc", "to be confirmed", "to follow"],
  conditional: ["if", "once", "unless", "would", "might", "may", "after", "next step", "then", "hopefully", "ideally"],
  yes: ["yes", "y", "yep", "yup", "granted", "given", "confirmed", "agreed", "ok", "okay", "ok'd", "sure", "true"],
  no: [
    "not yet",
    "not given",
    "not asked",
    "not yet asked",
    "no",
    "n",
    "nope",
    "pending",
    "tbd",
    "tbc",
    "false",
    "declined",
    "refused",
  ],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      String.raw`jan(?:uary)?`,
      String.raw`feb(?:ruary)?`,
      String.raw`mar(?:ch)?`,
      String.raw`apr(?:il)?`,
      "may",
      String.raw`june?`,
      String.raw`july?`,
      String.raw`aug(?:ust)?`,
      String.raw`sept?(?:ember)?`,
      String.raw`oct(?:ober)?`,
      String.raw`nov(?:ember)?`,
      String.raw`dec(?:ember)?`,
    ],
    evaluation: [
      // a budget approved, a technical validation, pricing asked for, a proposal to submit
      String.raw`(?:approved|signed\s+off)\s+(?:a|the)\s+budget`,
      String.raw`technical\s+validation`,
      String.raw`(?:asked|asking)\s+(?:us\s+)?for\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?pricing`,
      String.raw`(?:submit|send)\s+(?:a|an|their|your)\s+(?:proposal|quote|offer)`,
      // the offer out or asked for in plain words: "the quote went out", "they want a price offer",
      // "we already sent proposal" (no article, as many write English)
      String.raw`(?:proposal|offer|quote|quotation)\s+went\s+out`,
      String.raw`price\s+(?:offer|quote|quotation)`,
      String.raw`already\s+(?:sent|send|shared|submitted)\s+(?:them\s+)?(?:the\s+|a\s+|an\s+|our\s+)?(?:proposal|offer|quote|quotation)`,
      String.raw`trial(?:s|l?ing|l?ed)?`,
      "free trial",
      String.raw`pilot(?:ing|ed)?`,
      String.raw`(?:wants?|would like|asked for|requested)\s+(?:a\s+|an\s+)?(?:proposal|quote|offer)`,
      // "now want pricing for a formal proposal"
      String.raw`(?:wants?|would like|asked for|requested|need)\s+pricing`,
      "poc",
      "pov",
      String.raw`proof[- ]of[- ](?:concept|value)`,
      String.raw`evaluat(?:ing|ion|es|e)`,
      String.raw`(?:is|are|currently)\s+testing`,
      String.raw`comparing\s+(?:with\s+(?:other|another)|offers|vendors|solutions|options|tools|quotes|proposals|\p{Lu}\w+\s+(?:with|against|to))`,
      String.raw`compar(?:ing|es)\s+(?:it|us|you|them)\s+(?:with|against|to)`,
      String.raw`(?:send|get)\s+(?:us|them|her|him)\s+(?:a|an)\s+(?:proposal|quote|offer)`,
      String.raw`proposal\s+(?:requested|sent|submitted|stage|out|due|in progress|being prepared)`,
      String.raw`quote\s+(?:requested|sent)`,
      String.raw`short[- ]?list(?:ed)?`,
      "rfp",
      "rfq",
      "rfi",
      "tender",
      String.raw`budget\s+(?:is\s+)?(?:approved|signed off|confirmed)`,
      String.raw`offer\s+(?:requested|sent|submitted)`,
      String.raw`(?:are|is|they're|currently)\s+comparing`,
      String.raw`(?:proposal|pricing|quote|offer)(?:\s*\/\s*[\p{L}]+)?\s+(?:requested|asked for)`,
      // proposals asked of several vendors or received: "asked two vendors and us for proposals"
      String.raw`(?:asked|invited|requested)\s+(?:[\p{L}.&-]+(?:\s+and|,)?\s+){0,6}?(?:for|to\s+(?:submit|send))\s+(?:a\s+|an\s+|their\s+)?(?:proposals?|quotes?|offers?|pricing|bids?)`,
      // reviews and negotiation come after a first meeting: the deal is being weighed
      String.raw`(?:security|procurement|legal|technical|it|vendor|infosec)\s+review`,
      String.raw`in\s+procurement`,
      String.raw`negotiat(?:ing|ions?)`,
      String.raw`(?:pricing|commercials?)\s+(?:discussion|review|stage|under review)`,
      // a proposal wanted or asked for in other words: "keen to get a proposal", "asked for a commercial proposal"
      String.raw`(?:keen|eager|waiting|looking)\s+(?:to\s+(?:get|see|receive)|for)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:proposal|quote|offer)`,
      String.raw`(?:asked|asking)\s+(?:us\s+)?for\s+(?:a\s+|an\s+|the\s+)?(?:commercial|formal|written|detailed|priced|final)\s+(?:proposal|quote|offer)`,
      String.raw`procurement\s+(?:is\s+)?(?:running|under\s?way|started|in progress|ongoing)`,
      String.raw`business\s+case\s+(?:is\s+|was\s+)?(?:approved|signed off)`,
      // a quotation asked for or sent, talks at the commercials: "requested a formal quotation", "now at commercials"
      String.raw`(?:want|wants|requested(?:\s+for)?|asked for|asking for|need|needs)\s+(?:a\s+|the\s+|our\s+)?(?:formal\s+|detailed\s+|final\s+)?quotation`,
      String.raw`quotation\s+(?:requested|sent|submitted)`,
      String.raw`(?:now\s+)?(?:at|in)\s+(?:the\s+)?commercials(?:\s+stage)?`,
      // the proposal on the buyer's desk: "the quote is with their CFO now"; asked for one: "they ask us an offer"
      String.raw`(?:proposal|quote|offer|quotation)\s+is\s+(?:now\s+)?with\s+(?:the|their|his|her)(?![\p{L}])`,
      String.raw`(?:ask|asks|asked)\s+(?:us|me)\s+(?:for\s+)?(?:a\s+|an\s+)?(?:offer|quote|proposal|quotation)`,
      // the offer being written or already out: "we sent them the quote", "the proposal has been shared",
      // "she wants to see an offer", "preparing the proposal", "please send the quote"
      String.raw`(?:sent|shared|submitted)\s+(?:them\s+|her\s+|him\s+)?(?:the|our|an?)\s+(?:offer|proposal|quote|quotation)`,
      String.raw`(?:proposal|offer|quote|quotation)\s+(?:has|have|had)\s+(?:already\s+)?been\s+(?:sent|shared|submitted)`,
      String.raw`(?:want|wants|would like|asked)\s+to\s+see\s+(?:an?\s+|the\s+|our\s+)?(?:offer|proposal|quote|pricing)`,
      // a proposal asked for in other words: "would like to receive a proposal", "requested a formal quote"
      // (one asked of someone else, "… from X", is a rival's)
      String.raw`(?:want|wants|would like)\s+to\s+receive\s+(?:an?\s+|the\s+|your\s+)?(?:formal\s+|written\s+)?(?:offer|proposal|quote|quotation)`,
      String.raw`(?:requested|requesting|requests)\s+(?:an?\s+|the\s+)?(?:formal\s+|written\s+|detailed\s+)?(?:offer|proposal|quote|quotation)(?!\s+from)`,
      String.raw`(?:prepare|preparing)\s+(?:the\s+|an?\s+|our\s+)?(?:offer|proposal|quote|quotation)`,
      String.raw`please\s+send\s+(?:us\s+)?(?:the|a|your)\s+(?:proposal|quote|offer|quotation)`,
      // an offer out in other words, and a CRM stage named by its document: "quotation issued", "Stage: Proposal", "sent Jo the quote"
      String.raw`(?:proposal|quote|quotation|offer)\s+issued`,
      String.raw`^\s*proposal(?![\p{L}])`,
      String.raw`sent\s+[\p{L}]+\s+(?:the|our|an?)\s+(?:offer|proposal|quote|quotation)`,
      // the partner's offer on the prospect's desk: "they have our quote in hand", "received our technical proposal";
      // weighed against others: "we're at the comparison stage"
      String.raw`(?:received|got|have|has)\s+(?:now\s+|already\s+)?(?:our|your)\s+(?:[\p{L}]+\s+)?(?:proposal|offer|quote|quotation)(?!\s+(?:meeting|call|presentation|demo))`,
      String.raw`comparison\s+(?:stage|phase)`,
      // pricing sent: "we sent pricing last week", "shared our pricing with them"
      String.raw`(?:sent|shared|submitted)\s+(?:them\s+|her\s+|him\s+)?(?:our\s+|the\s+)?pricing`,
      // an offer asked for with words between, or wanted by the prospect in the imperative: "asked us
      // on Monday for a formal quote", "they ask now for offer", "please send me a written quote"
      String.raw`(?:ask|asks|asked|asking)\s+(?:[\p{L}]+\s+){0,3}?for\s+(?:a\s+|an\s+|the\s+|our\s+|your\s+)?(?:formal\s+|written\s+|detailed\s+|commercial\s+|final\s+|priced\s+)?(?:offer|quote|quotation|proposal)(?![\p{L}])`,
      String.raw`(?:send|get)\s+(?:us|me)\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:formal\s+|written\s+|detailed\s+|commercial\s+|final\s+)?(?:offer|quote|quotation|proposal)(?![\p{L}])`,
      // the offer under review: "their board is reviewing the revised offer"
      String.raw`(?:reviewing|considering|weighing)\s+(?:the|our|your)\s+(?:[\p{L}]+\s+){0,2}?(?:offer|proposal|quote|quotation)(?![\p{L}])`,
    ],
    rival: [
      String.raw`(?:received|got|have|had)\s+(?:also\s+)?(?:a\s+|an\s+)?(?:quote|proposal|offer)\s+from`,
      // "they also have an X trial running": a rival's trial
      String.raw`also\s+(?:have|has|run|runs|running)\s+(?:a\s+|an\s+)?[\p{L}-]+\s+(?:trial|pilot|poc)`,
      // the prospect also weighing another: "they are also evaluating X", "have also asked X for a proposal",
      // "X have also quoted", "they're piloting something with X"
      String.raw`(?:are|is|['’]re)\s+also\s+(?:evaluating|assessing|trialling|trialing|piloting)`,
      String.raw`(?:have|has)\s+also\s+asked\s+(?:[\p{L}.&-]+\s+){1,3}?for\s+(?:a\s+|an\s+)?(?:proposal|quote|offer|quotation)`,
      String.raw`(?:have|has)\s+also\s+quoted`,
      String.raw`(?:piloting|trialling|trialing|testing)\s+something\s+with`,
    ],
    discovery: [
      String.raw`(?:booked|scheduled|arranged|organised|organized|put|(?:we|they|i)['’]ve\s+set\s+up|(?:have|has|had)\s+set\s+up|(?<=(?:we|they|i)\s+(?:just\s+)?)set\s+up)\s+(?:a|an|the|our|their)?\s*(?:first\s+|joint\s+|intro\s+)?{event}`,
      // "we have fixed a first online meeting": the verb of a non-native writer, the meeting's medium between
      String.raw`(?:have|has|had)\s+fixed\s+(?:a|an|the|our)\s+(?:first\s+|joint\s+|intro\s+)?(?:online\s+|virtual\s+|video\s+|on-?site\s+)?{event}`,
      // also as a label with its date: "Demo: 12 May", "Workshop: Tue 3/4"
      String.raw`(?:demo|presentation|workshop|call|meeting|mtg)(?:\s+(?:on|for)\s+|\s*:\s*){date}`,
      // "we have a call with X and Y on 2 April", "we will have meeting with them on April 8"
      String.raw`(?:we|they|i)(?:'ll|\s+will|'ve|\s+have)?\s+(?:have|had|got)\s+(?:a\s+|an\s+)?(?:first\s+|joint\s+|intro\s+)?{event}(?![\p{L}])[^.\n!?]{0,60}?\s(?:on|for|next|this)\s+{date}`,
      String.raw`{event}\s+(?:on\s+|next\s+|this\s+)?(?:mon|tue|wed|thu|fri|sat|sun|week)`,
      // mobile notes: "mtg tue w/ their cfo", "call 3/17", "demo thurs 10am"
      String.raw`{event}\s+(?:next\s+|this\s+|[\p{L}]{1,3}\s+){0,2}{date}`,
      String.raw`^\s*discovery(?![\p{L}])`,
      String.raw`(?:confirmed|accepted|locked\s+in)\s+(?:the\s+)?{date}`,
      // the day first: "next week joint demo", "this Friday a first call"
      String.raw`(?:next|this)\s+(?:week|{day})\s+(?:a\s+|the\s+)?(?:joint\s+|first\s+)?{event}`,
      // the meeting, its people, then its day: "the demo with Ms Roe is on Friday"; any language's meeting noun and weekday with a numeric date in one clause: "visita al cliente el jueves 9/4"
      String.raw`{event}\s+with\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:is|are)\s+(?:on|for)\s+{date}`,
      String.raw`{event}[^.\n!?]{0,40}?\s{day},?\s+\d{1,2}[./]\d{1,2}`,
      // a meeting named as the point something waits for is a meeting to come: "I'll send the figures after
      // the demo", "will confirm after our workshop on Monday" (one already held says so: "… yesterday")
      String.raw`after\s+(?:our|the|my)\s+(?:first\s+|intro\s+|initial\s+|joint\s+)?{event}(?![\p{L}])(?!\s+(?:yesterday|last|earlier|this\s+morning))`,
      // a chat booked with its day: "chat confirmed for fri", "quick chat scheduled for Monday"
      String.raw`chat\s+(?:booked|scheduled|arranged|set\s+up|confirmed)\s+(?:for\s+)?(?:next\s+|this\s+)?{date}`,
    ],
    newIntro: [
      "intro",
      "introduction",
      String.raw`(?:brand[- ]new|new|fresh|hot|warm|quick)\s+lead`,
      // a lead and nothing more yet: "only a lead so far" (not "a lead time of …")
      String.raw`(?:just|only)\s+a\s+lead(?!\s+times?(?![\p{L}]))`,
      "first contact",
      // the prospect waits for the vendor's first call (a date with it is a booked call, read first)
      String.raw`(?:expecting|awaiting)\s+(?:your|ur|yr)\s+call`,
      "initial (?:contact|conversation|call|chat)",
      "heads-up",
      "early heads up",
      "introducing",
      String.raw`first\s+(?:chat|conversation)`,
      String.raw`intro\s+only`,
      String.raw`early\s+(?:chat|conversation|talks?|days|stage)s?`,
      String.raw`nothing\s+(?:is\s+)?(?:scheduled|booked|planned|arranged)(?:\s+yet)?`,
      // an idea, a name dropped, a first look around: "still at the idea stage", "I mentioned your product to her"
      String.raw`idea\s+stage`,
      // a referral and nothing more: "referral only", "I'm only referring", "just a recommendation"; "the date is not fixed yet"
      String.raw`(?:referral|referring)\s+only|only\s+referring|(?:just|only)\s+(?:a\s+)?(?:referral|recommendation)`,
      // the partner only passing the name on: "just a tip", "only making the introduction", "as a
      // referral, stepping back after the intro"
      String.raw`(?:just|only)\s+(?:a\s+)?tip|(?:just|only)\s+(?:making|doing)\s+the\s+(?:intro(?:duction)?|connection)`,
      String.raw`(?:as|is)\s+a\s+referral\s+(?:for\s+us|from\s+(?:us|our\s+side))|(?:step(?:ping)?|bow(?:ing)?)\s+(?:out|back)\s+after\s+the\s+intro`,
      // "just refer this one", "only introduce them": the partner passes the name on
      String.raw`(?:just|only)\s+(?:refer|introduce)\s+(?:this\s+one|them|her|him)(?![\p{L}])`,
      // the prospect waits for the vendor's first call: "waiting for your call", "expecting a call from you"
      String.raw`(?:expecting|awaiting|waiting(?:\s+for)?)\s+(?:a\s+call\s+from\s+(?:you|u)|(?:your|ur|yr)\s+call)`,
      // nothing booked, no meeting noun: "haven't booked anything yet"
      String.raw`(?:haven['’]?t|have\s+not|not)\s+(?:booked|scheduled|arranged|set\s+up)\s+anything`,
      String.raw`(?:date|time|slot)\s+(?:is\s+)?not\s+(?:yet\s+)?(?:fixed|set|confirmed|agreed|booked)`,
      String.raw`(?:mentioned|pitched|flagged|brought up)\s+(?:your|the vendor's|the vendor)\s+(?:product|solution|platform|tool|name)`,
      String.raw`(?:just|only)\s+(?:started|begun|beginning)\s+(?:to\s+)?(?:look|looking|explore|exploring)`,
      String.raw`no\s+{event}\s+(?:set|yet|booked|scheduled)`,
      String.raw`not\s+(?:yet\s+)?contacted`,
      // a meeting asked for but not yet booked: "they asked for a demo"
      String.raw`(?:asked|asking|ask|requested)\s+(?:us\s+)?for\s+(?:a|an)\s+(?:first\s+)?(?:demo|call|meeting|presentation|walkthrough)`,
      String.raw`(?:would like|'d like|wants?)\s+(?:to\s+(?:see|have|get)\s+)?(?:a|an)\s+(?:first\s+)?(?:demo|presentation|walkthrough)`,
      String.raw`(?:open|happy|keen|willing|glad)\s+to\s+(?:a|take\s+a|have\s+a|do\s+a|jump\s+on\s+a)\s+(?:short\s+|quick\s+|first\s+|brief\s+)?(?:call|chat|meeting|conversation|demo)`,
      String.raw`agreed\s+to\s+(?:a|an)\s+(?:short\s+|quick\s+|first\s+|intro\s+)?(?:call|chat|meeting|demo)`,
      String.raw`met\s+[^.!?\n]{0,80}?\s+at\s+(?:the|a|an|our|their|this|last|my)\s+[^.!?\n]{0,40}?(?:event|conference|congress|fair|trade\s?show|expo|seminar|webinar|meetup|summit|day|dinner|breakfast|lunch|networking)`,
      // the event first: "at the trade summit in Lyon last week I met …"
      String.raw`at\s+(?:the|a|an|this|last)\s+[^.!?\n]{0,40}?(?:conference|congress|fair|trade\s?show|expo|summit)\s+[^.!?\n]{0,30}?(?<![\p{L}])(?:i|we)\s+met(?![\p{L}])`,
      // an early lead, interest without a meeting: "an early-stage lead", "keen to learn more about you"
      "early-stage",
      String.raw`(?:keen|eager)\s+to\s+(?:hear|learn)\s+(?:more\s+)?about`,
      // a first meeting still to be arranged: "ring her to book a first demo", "get in touch to set up a call"
      // (the partner offering one, "happy to set up a call", arranges nothing)
      String.raw`(?<!(?:happy|glad|pleased|keen|willing|delighted|able|free)\s+)to\s+(?:set\s+up|arrange|schedule|organi[sz]e|book|line\s+up)\s+(?:a|an)\s+(?:first\s+|short\s+|quick\s+|intro\s+)?{event}`,
      // no meeting made yet, the verb before: "we did not make any meeting yet", "haven't had a call yet"
      String.raw`(?:did\s+not|didn['’]t|have\s+not|haven['’]t|has\s+not|hasn['’]t)\s+(?:yet\s+)?(?:make|made|have|had|set\s+up|schedule|scheduled|book|booked|arrange|arranged)\s+(?:any|a|an)\s+(?:first\s+)?{event}(?:s)?\s+(?:yet|so\s+far)`,
      // the meeting first: "no meetings arranged so far", "no call agreed yet"
      String.raw`no\s+{event}(?:s)?\s+(?:(?:arranged|planned|agreed|fixed|confirmed)(?:\s+(?:yet|so\s+far))?|so\s+far)`,
      // the partner refers and steps back: "we'd refer and step back", "step out once you're talking", "a pure recommendation"
      String.raw`(?:refer|introduce|intro)\s+(?:them\s+|her\s+|him\s+)?and\s+step\s+(?:back|aside|out)`,
      String.raw`step\s+(?:back|aside|out)(?:\s+of\s+the\s+conversation)?\s+(?:once|when|after)\s+(?:you['’]re|you\s+are)\s+talking`,
      String.raw`a\s+pure\s+recommendation`,
    ],
    undated: [
      String.raw`(?:the\s+)?(?:date|day|time|slot)\s+(?:is\s+)?(?:not|still\s+not|not\s+yet|yet\s+to\s+be)\s+(?:fixed|set|confirmed|agreed|decided)`,
      String.raw`(?:date|day|time|slot)\s+(?:tbc|tbd|open|to be (?:confirmed|agreed|fixed|decided))`,
      String.raw`no\s+(?:fixed\s+)?date\s+yet`,
    ],
    event: [
      "call",
      "calls",
      "meeting",
      "mtg",
      "mtng",
      "demo",
      "demos",
      "workshop",
      "session",
      "discovery",
      "presentation",
      "walkthrough",
      "intro call",
      "kick-?off",
      "video call",
      "teams call",
      "zoom",
      "site visit",
      // a walk round the premises with the prospect: "site walk booked for Tuesday"
      String.raw`site\s+walk(?:-?round|around)?`,
      "site survey",
      "visit",
      "onsite",
      "on-site",
      "appointment",
      "appt",
      "catch-up",
      "catchup",
    ],
    booked: [
      "booked",
      // a date held in the diary: "demo pencilled for Tuesday", "call penciled in"
      String.raw`pencil(?:l)?ed(?:\s+in)?`,
      "scheduled",
      "sched",
      "set up for",
      "set for",
      "set",
      "locked in",
      "locked",
      // "first meeting fixed on 19 March"
      "fixed",
      "in the calendar",
      "in the diary",
      "on the calendar",
      "in the books",
      "confirmed",
      "arranged",
      "planned",
      "organised",
      "organized",
      "on the books",
      "pencil+ed in",
      "lined up",
      "agreed",
      "fixed",
      String.raw`in\s+the\s+(?:calendar|diary)`,
    ],
    day: [
      String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`,
      "tomorrow",
      "today",
      String.raw`\d{1,2}\/\d{1,2}`,
    ],
    // "further to our site visit", "following the call": a meeting referred back to is one held
    held: [
      "had",
      "held",
      "did",
      "ran",
      "done",
      "completed",
      String.raw`following\s+(?:our|the|my|your)`,
      String.raw`further\s+to\s+(?:our|the|my|your)`,
    ],
    heldArticle: ["the", "a", "an", "our", "their", "two", "first"],
    heldAfter: [
      String.raw`(?:was|were|has\s+been|have\s+been|is)\s+(?:already\s+)?(?:done|held|completed|delivered|finished)`,
      "done",
      "completed",
      "held",
      // "the demo took place on 12 May"
      String.raw`took\s+place`,
    ],
    thanked: [String.raw`thanks?\s+(?:again\s+)?for`, String.raw`thank\s+you\s+(?:again\s+)?for`],
    duration: [String.raw`min(?:ute)?s?`, String.raw`h(?:ou)?rs?`, "hour"],
    // "a demo last Tuesday", "the call past Friday": a day gone by
    goneBefore: ["last", "past"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: ["agreed", "consented", String.raw`authori[sz]ed`],
    contactWord: ["contacted", "contacting"],
    permission: [
      // "happy for you to give her a call"; "ok for that you contact him" is how a non-native writer says "ok that"
      String.raw`(?:happy|fine|ok|okay|glad|keen|comfortable|open|cool|alright|all right|good|relaxed|grand)\s+(?:for\s+that|for|with|${WITH}|that)?\s*${YOU}?\s*(?:to\s+)?(?:be\s+)?(?:contact(?:ed|ing)?|reach(?:ed|ing)? out|e-?mail(?:ed|ing)?|call(?:ed|ing)?|ring(?:ing)?|phon(?:ed|ing)|hear(?:ing)?|reaching out|getting in touch|give\s+(?:her|him|them)\s+a\s+(?:call|ring|bell)|drop(?:ping)?\s+(?:her|him|them)\s+a\s+line)`,
      // "asked that the vendor send her the brochure": the prospect wants to hear from the vendor
      String.raw`(?:asked|requested)\s+(?:for|that)?\s*${YOU}?\s*(?:to\s+)?(?:(?:please|kindly)\s+)?(?:reach out|contact|call|get in touch|email|send\s+(?:her|him|them|me))`,
      String.raw`(?:expecting|expects|awaiting|waiting(?:\s+for)?|looking forward to)\s+(?:your|ur|yr|a|an|the)\s+(?:(?:joint|first|intro)\s+)?(?:call|email|e-mail|outreach|contact)`,
      "expecting to hear from",
      // "you (and your AE) can contact either of us": an aside between subject and verb
      String.raw`${YOU}(?:\s+\([^()\n]{1,40}\))?\s+(?:can|may|could)\s+${CONTACT_VERB}`,
      String.raw`agree[sd]?\s+to\s+(?:be\s+contacted|(?:a|the)\s+(?:joint\s+|first\s+|intro\s+)?call|hear|receiv(?:e|ing)\s+(?:a\s+)?(?:contact|call|calls|e-?mails?))`,
      // "agreed that you contact her", "agreed we pass her data on": the prospect's yes in reported speech
      String.raw`agree[sd]?\s+(?:that\s+)?(?:[\p{L}]+\s+){1,2}(?:(?:may|can|could|will)\s+)?(?:${CONTACT_VERB}|pass|share|forward)`,
      String.raw`accept(?:s|ed)?\s+(?:your|ur|a|the)\s+(?:call|contact|e-?mail)`,
      // the prospect agreeing that the vendor joins a call: "agreed that your colleague can join our next call"
      String.raw`agree[sd]?\s+(?:that\s+)?(?:[\p{L}]+\s+){1,3}(?:may|can|could|will)\s+join`,
      // waiting for the vendor's word: "expects to hear from you", "is expecting your invite"
      String.raw`expect(?:s|ing)?\s+to\s+hear\s+from`,
      String.raw`(?:expecting|expects|awaiting)\s+(?:your|ur|the vendor's)\s+(?:invite|invitation|message|mail)`,
      // glad to hear from or talk to the vendor: "he'd love to hear from you", "happy to talk to you guys directly"
      // the prospect, not the partner signing off ("we'd love to hear from you" is no consent)
      String.raw`(?<=(?:he|she|they)(?:'d|\s+would)\s+)love\s+to\s+(?:hear\s+from|talk\s+to|speak\s+(?:to|with))\s+${YOU}`,
      String.raw`(?:happy|glad|keen)\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+${YOU}`,
      // the partner told the prospect the vendor will write: "I told him you will write him"
      // "told her ye'd ring her", "told him u guys will call"
      String.raw`(?:told|informed)\s+(?:him|her|them)\s+(?:that\s+)?${YOU}(?:\s+(?:will|would)\s+|['’](?:ll|d)\s+)(?:write|call|email|e-mail|contact|reach out|ring|phone|get in touch|be in touch)`,
      // "happy for Acme to get in touch": any name between
      String.raw`(?:happy|fine|ok|okay|glad|content)\s+for\s+(?:[\p{L}'’]+\s+){1,5}to\s+(?:ring|call|contact|e-?mail|reach out|get in touch)`,
      // "OK'd a direct intro", "approved the call"
      String.raw`(?:ok'?d|okayed|approved|agreed to)\s+(?:(?:the|a|an)\s+)?(?:direct\s+|first\s+)?(?:contact|outreach|call|intro(?:duction)?)`,
      // the prospect asking for it: "has asked for both vendors to be in touch", "could you ask the vendor to get in touch?"
      String.raw`asked\s+for\s+(?:[\p{L}]+\s+){1,3}to\s+(?:be|get)\s+in\s+(?:contact|touch)`,
      String.raw`(?:could|can|would|please)\s+(?:you\s+)?ask\s+(?:[\p{L}]+\s+){1,3}to\s+(?:get\s+in\s+touch|contact\s+me|call\s+me|reach\s+out)`,
      "consented",
      String.raw`(?:given|gave|give)\s+(?:their|her|his|its)?\s*consent`,
      String.raw`welcomes? (?:a|your) call`,
      String.raw`open to (?:a call|a conversation|being contacted|hearing from)`,
      String.raw`feel free to (?:contact|call|reach out|e-?mail|ring)`,
      String.raw`(?:happy|fine|ok|okay|glad)\s+for\s+(?:them|you|your team|us)\s+to\s+(?:ring|call|contact|e-?mail|reach out)`,
      String.raw`(?:happy|glad|open|keen|willing|ready|ok|okay|fine)\s+to\s+(?:take|have|get|receive)\s+(?:a\s+)?(?:call|e-?mail|contact)`,
      // "keen for a call from you", "open to a call from your team"
      String.raw`(?:happy|glad|open|keen|ready)\s+(?:for|to)\s+a\s+(?:call|ring|chat)\s+from\s+(?:you|your\s+(?:team|side|sales\s+team))`,
      String.raw`(?:would like|wants?|asked)\s+(?:[\p{L}]+\s+){0,3}to\s+(?:contact|call|ring|reach out to|e-?mail)\s+(?:her|him|them)`,
      String.raw`asked\s+(?:us\s+)?to\s+(?:set up|arrange|organi[sz]e|book)\s+(?:an?|the)\s+(?:joint\s+|first\s+)?(?:call|meeting|intro)`,
      String.raw`(?:said|says)\s+yes\s+to\s+(?:a|the|your)\s+(?:call|meeting|contact)`,
      String.raw`agreed\s+that\s+(?:you|your team)`,
      String.raw`asked\s+us\s+to\s+connect\s+(?:him|her|them)`,
      // the prospect asking the partner to send the vendor's people: "asked me to have someone from the
      // vendor reach out", "asked us to have a sales rep call her"; wanting it: "Mr Orlik wants a call from your team";
      // a non-native writer's "she approve to be contacted"
      String.raw`(?:asked|requested)\s+(?:me|us)\s+to\s+have\s+(?:[\p{L}'’-]+\s+){1,4}?(?:reach\s+out|contact|call|ring|e-?mail)`,
      String.raw`wants?\s+(?:a\s+)?(?:call|e-?mail)\s+from\s+(?:you|your|the\s+vendor)`,
      String.raw`approve[sd]?\s+to\s+be\s+contacted`,
      String.raw`(?:feel free|free|happy for you|ok|okay)\s+to\s+pass\s+(?:on\s+)?(?:my|his|her|their)\s+(?:details|contact details|number)`,
      String.raw`agreed\s+that\s+(?:[\p{L}]+\s+){0,3}(?:may|can|could)\s+${CONTACT_VERB}`,
      String.raw`(?:happy|fine|ok|okay|open)\s+${WITH}\s+(?:(?:a|your|direct)\s+)?(?:(?:joint|quick|short|first|intro)\s+)?(?:call|e-?mail|contact|outreach)`,
      // "fine with your AE joining": the vendor's people named, then what they do
      String.raw`(?:happy|fine|ok|okay|comfortable)\s+${WITH}\s+(?:your|ur|yr)\s+(?:[\p{L}]+\s+){0,2}?(?:joining|reaching out|calling|contacting|ringing|getting in touch)`,
      // the prospect asking in a forward: "could someone from your side reach out to me?"
      String.raw`(?:could|can|would)\s+(?:someone|somebody)\s+(?:[\p{L}]+\s+){0,6}?(?:reach\s+out\s+to|contact|call|ring|e-?mail)\s+me(?![\p{L}])`,
      // the prospect's yes with the vendor as the one acting: "agreed to have your team reach out",
      // "agreed for the vendor to contact", "gave permission that you call her", "said call her any time"
      String.raw`agree[sd]?\s+(?:to\s+have|for)\s+(?:[\p{L}'’]+\s+){1,3}(?:to\s+)?(?:reach\s+out|contact|call|ring|get\s+in\s+touch|e-?mail|join)`,
      String.raw`(?:given|gave|give)\s+(?:(?:her|his|their)\s+)?permission\s+(?:for|that)`,
      String.raw`(?:said|says)\s+(?:to\s+)?(?:call|ring|phone|e-?mail)\s+(?:her|him|them)\s+(?:any\s?time|whenever)`,
      String.raw`go\s+ahead\s+and\s+give\s+${YOU}\s+(?:his|her|their)\s+(?:number|details|contact|e-?mail)`,
      // the prospect's own words in a forward: "they can reach me here", "connect me with …", "share my details"
      String.raw`(?:they|${YOU})\s+(?:can|may|could)\s+(?:reach|contact|call|phone|ring|e-?mail)\s+(?:me|her|him)`,
      String.raw`(?:connect|introduce)\s+me\s+(?:with|to)`,
      String.raw`put\s+me\s+in\s+touch`,
      String.raw`(?:share|pass(?:\s+on)?|forward|give|hand\s+on)\s+(?:on\s+)?(?:my|his|her|their|our)\s+(?:contact\s+)?(?:details|contact|number|e-?mail(?:\s+address)?|info|information|address)`,
      // the prospect's own words, the vendor named first: "give them my number"
      String.raw`give\s+(?:them|him|her|${YOU})\s+my\s+(?:contact\s+)?(?:details|contact|number|e-?mail(?:\s+address)?|info|information)`,
      // "agrees to talk with you", "expects your AE to reach out"
      String.raw`agree[sd]?\s+to\s+(?:(?:talk|speak|meet)\s+(?:with|to)|meet)\s+(?:you|your|the vendor)`,
      String.raw`expect(?:s|ing)?\s+(?:your|ur)\s+(?:[\p{L}]+\s+){0,2}?to\s+(?:reach\s+out|call|contact|get\s+in\s+touch|be\s+in\s+touch)`,
      // "OK'd us passing on her details", "approved sharing his number"
      String.raw`(?:ok'?d|okayed|approved|cleared|agreed to)\s+(?:us\s+|you\s+|me\s+)?(?:passing(?:\s+on)?|sharing|forwarding|giving\s+(?:you|out))`,
      String.raw`go\s+ahead\s+and\s+${CONTACT_VERB}`,
      String.raw`(?:contact|outreach)\s+(?:is\s+)?(?:ok|okay|allowed|fine|welcome)(?=\s*(?:[.!]|$))`,
      String.raw`agreed\s+to\s+${YOU}\s+(?:joining|calling|contacting|reaching out|getting in touch|ringing|phoning)`,
      String.raw`${YOU}(?:\s+are|'re|’re)\s+welcome\s+to\s+(?:${CONTACT_VERB}|give\s+(?:him|her|them)\s+a\s+(?:ring|call))`,
      String.raw`(?:fine|happy|ok|okay|comfortable)\s+(?:with\s+)?being\s+(?:contacted|called|approached|reached)`,
      String.raw`asked\s+us\s+to\s+(?:bring|get|pull)\s+(?:[\p{L}]+\s+){1,3}in(?![\p{L}])`,
      // "ok for ur call", "fine with your email"
      String.raw`(?:ok|okay|fine|happy)\s+(?:for|with)\s+(?:ur|your|yr)\s+(?:call|e-?mail|contact|outreach)`,
      // "ok that your sales team can contact her"
      // "ok that your sales team can contact her"; a non-native writer without the modal: "is OK that
      // your team joins and contacts her", "accept that the vendor contact him"
      String.raw`(?:ok|okay|fine|happy|agree|accepts?|accepted)\s+that\s+(?:[\p{L}'’]+\s+){1,5}?(?:(?:can|may|could|will)\s+${CONTACT_VERB}|(?:contacts?|calls?|rings?|phones?|e-?mails?)\s+(?:her|him|them|me)(?![\p{L}]))`,
      // "happy for your team to join the call"
      String.raw`(?:happy|fine|ok|okay|glad)\s+for\s+(?:[\p{L}]+\s+){1,5}to\s+join`,
      // the prospect in a forward: "feel free to have the vendor reach out to me"
      String.raw`feel free to (?:have|let|get)\s+(?:[\p{L}]+\s+){1,4}(?:reach out|contact|call|e-?mail|ring)`,
      // the prospect was told who will call: "he knows you'll be reaching out", "she has been told the vendor team may call"
      String.raw`(?:knows?|aware|been told|was told|were told|informed)\s+(?:that\s+)?(?:${YOU}|[\p{L}]+)(?:\s+(?:team|people|sales))?(?:'ll|'re|\s+will|\s+may|\s+might|\s+can|\s+are going to|\s+is going to|\s+are)\s+(?:be\s+)?(?:reach(?:ing)?|contact(?:ing)?|call(?:ing)?|ring(?:ing)?|e-?mail(?:ing)?|join(?:ing)?|get(?:ting)? in touch|in touch|be in touch)`,
      String.raw`knows?\s+(?:that\s+)?we(?:'re|\s+are|'ll|\s+will)\s+(?:bringing|looping|bring|loop)\s+${YOU}\s+in`,
      String.raw`(?:gave|given|give|granted)\s+(?:us\s+)?(?:(?:his|her|their)\s+)?(?:permission|approval|the ok|the okay|the go-ahead|the green light)\s+(?:to|for)\s+(?:contact|a call|calls|outreach|be contacted|reach|call|share|pass)`,
      String.raw`(?:contact|outreach)\s+(?:is\s+|was\s+)?(?:approved|agreed|cleared)`,
      String.raw`(?:said|says|say)\s+yes\s+to\s+(?:be(?:ing)?\s+)?(?:contacted|called|approached)`,
      // "she's happy to meet your team", "he is keen to have a joint call with your team": the prospect's word, not the partner's ("I'm happy to")
      String.raw`(?:[\p{L}]+(?:'s|'re)|is|are|was)\s+(?:happy|glad|keen|open|willing)\s+to\s+(?:meet|have\s+a\s+(?:joint\s+|first\s+|short\s+)?(?:call|chat|meeting)\s+with|speak\s+(?:to|with)|talk\s+(?:to|with))\s+${YOU}`,
      String.raw`(?:expecting|expects|keen for|wants)\s+${YOU}\s+(?:on|to\s+(?:join|be\s+on))\s+(?:it|the call|the meeting|the demo)`,
      // "asked us to loop you in", "happy for you to bring in a vendor", "feel free to loop in the vendor"
      String.raw`(?:asked|wants?|would like)\s+(?:us|me)\s+to\s+(?:loop|bring|pull)\s+${YOU}\s+in`,
      String.raw`(?:feel free|happy for (?:you|us|me)|fine for (?:you|us|me)|ok for (?:you|us|me))\s+to\s+(?:loop|bring|pull)\s+in`,
      // "fine with a quick call", "fine with the first intro"
      String.raw`fine\s+with\s+(?:a|the|your)\s+(?:joint\s+|quick\s+|short\s+|first\s+)?(?:call|chat|intro)`,
      // "is agreeing for your team to call him" (a non-native form), "kindly contact him directly"
      String.raw`(?:is|are)\s+agreeing\s+(?:for|to)\s+(?:your|you)`,
      String.raw`kindly\s+contact\s+(?:him|her|them)\s+directly`,
    ],
    prohibition: [
      // "don't reach out", "don't reach her yet"; "updates don't reach the staff" speaks of no contact
      String.raw`(?:don't|do not|dont|please not|not to|never)\s+(?!reach\s(?!\s*(?:out|him|her|them|me|us)(?![\p{L}])))${CONTACT_VERB}`,
      String.raw`before (?:i|we) (?:introduce|intro|connect)`,
      String.raw`until (?:i|we)(?:'ve| have)? (?:introduced|made the intro)`,
      String.raw`wait for (?:my|our) (?:intro|introduction)`,
      String.raw`we(?:'ll| will) make the introduction`,
      // "hold off contacting her", "wait with calling him", "refrain from reaching out"
      String.raw`(?:hold off|hold back|hold fire|wait|refrain|pause)\s+(?:on\s+|from\s+|with\s+|before\s+)?${CONTACTING}`,
      String.raw`until\s+(?:after\s+)?(?:i|we)(?:'ve|'ll| have| will)?\s+(?:looped|loop|introduced|introduce|connected|connect)\s+you`,
      String.raw`no\s+direct\s+(?:contact|outreach)`,
      // "we haven't asked her yet", "not yet asked the client": nobody asked, so no consent
      String.raw`(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not)\s+(?:yet\s+)?(?:ask(?:ed)?|check(?:ed)? with)\s+(?:him|her|them|the (?:customer|client|prospect))`,
      // the prospect named: "we have not asked Dana yet whether she's ok with a call"
      String.raw`(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not)\s+(?:yet\s+)?(?:ask(?:ed)?|check(?:ed)? with)\s+[\p{L}]+\s+(?:yet\s+)?(?:whether|if)(?![\p{L}])`,
      // "haven't told Luc you'll call yet"
      String.raw`(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not)\s+(?:yet\s+)?told\s+[\p{L}]+\s+(?:that\s+)?${YOU}(?:'ll|\s+will|'d|\s+would)\s+${CONTACT_VERB}`,
      // "please wait for my sign", "give me a day to warn him": the partner has not cleared it yet
      String.raw`wait\s+for\s+my\s+(?:sign(?:al)?|go|ok|okay|go-ahead|green light)`,
      String.raw`give\s+me\s+(?:a|one|two|a few|some)\s+(?:more\s+)?(?:days?|hours?|weeks?)\s+to\s+(?:warn|brief|tell|prepare|ask|check with)`,
      // "she has not confirmed yet that she wants a call"
      String.raw`(?:hasn'?t|has not|haven'?t|have not|not)\s+(?:yet\s+)?confirmed\s+(?:yet\s+)?(?:that\s+)?(?:she|he|they)\s+(?:wants?|would like|is happy|agrees?)`,
      // "I'll loop you in after their board meeting": not before
      String.raw`(?:i'll|i will|we'll|we will)\s+loop\s+you\s+in\s+(?:after|once|when|as soon as)`,
      String.raw`(?:please\s+)?(?:don't|do not)\s+(?:share|pass on|forward)\s+(?:my|his|her|their)\s+(?:contact\s+)?(?:details|number|email)`,
      String.raw`(?:go|goes|going)\s+(?:only\s+)?through\s+(?:me|us)\s+(?:for now|first|until)`,
      // "please contact her via us first"
      String.raw`(?:contact|reach)\s+(?:[\p{L}]+\s+){0,2}(?:through|via)\s+(?:us|me)\s+first`,
      // "let me warm him up first", "let me check with her"
      String.raw`let\s+me\s+(?:warm|check with|speak (?:to|with)|talk (?:to|with)|sound out)\s+(?:her|him|them)`,
      // not knowing whether they agreed is no consent: "not sure they've agreed to be called", "don't know if he agreed"
      String.raw`(?:not sure|unsure|don't know|do not know|no idea)\s+(?:if\s+|whether\s+)?(?:they|she|he|the (?:customer|client|prospect))(?:'ve|'s|\s+have|\s+has|\s+had)?\s+(?:already\s+)?agreed`,
      String.raw`(?:haven't|have not|hasn't|has not|not yet)\s+(?:yet\s+)?(?:cleared|agreed|discussed|checked)\s+(?:it|this|that)?\s*with\s+(?:[\p{L}]+\s+){1,2}(?:for|that|whether|if)`,
      String.raw`no\s+(?:direct\s+)?(?:outreach|contact|calls?)\s+(?:yet|for now|please|pls|until)`,
      // "she has not yet given the go-ahead", "hasn't given us permission yet"
      String.raw`(?:hasn'?t|has not|haven'?t|have not|not)\s+(?:yet\s+)?(?:given|granted)\s+(?:(?:us|you|the|her|his|their)\s+)?(?:go-ahead|green light|permission|consent|ok|okay|approval)`,
      // contact forbidden outright, often by the buyer's own rules: "suppliers must not call staff",
      // "no one from the vendor should approach her"
      String.raw`(?:must|should|may|shall)(?:\s+not|n't)\s+(?:directly\s+)?${CONTACT_VERB}|(?:nobody|no one|no-one)\s+(?:from\s+(?:[\p{L}]+\s+){1,3})?(?:should|may|must|can|is to)\s+(?:directly\s+)?${CONTACT_VERB}`,
      // "please wait my OK before calling him", "wait for my go-ahead before"
      String.raw`wait\s+(?:for\s+)?my\s+(?:ok|okay|go-?ahead|confirm(?:ation)?)\s+before`,
    ],
  },
  motion: {
    marketplace: [
      String.raw`(?:aws|amazon|azure|microsoft|google cloud|gcp|google|cloud)\s+marketplace`,
      "marketplace private offer",
      "private offer",
      String.raw`(?:azure\s+)?consumption commitment`,
      "committed spend",
      String.raw`spend commitment`,
      String.raw`(?:via|through the|through)\s+(?:aws|azure|gcp|google)[- ]?marketplace`,
      // the Romance order, noun first: "marketplace de Azure", "la marketplace AWS", "marketplace di Google Cloud"
      String.raw`marketplace\s+(?:de\s+|d['’]\s*|di\s+|da\s+|do\s+|van\s+)?(?:aws|azure|microsoft|google|gcp|amazon)`,
      "edp",
    ],
    resale: [
      String.raw`resell(?:er|ing|s)?`,
      "resale",
      "re-sell",
      "buy and resell",
      "value[- ]added reseller",
      String.raw`(?:licen[cs]es|subscriptions?)\s+(?:invoiced|billed)\s+by`,
      String.raw`we(?:'d| would)? (?:buy|purchase) (?:the )?licen[cs]es`,
      "distribution partner",
      String.raw`(?:buy|purchase|procure|order|license)\s+(?:it\s+|the\s+licen[cs]es\s+|the\s+subscription\s+)?(?:through|via|from)\s+us`,
      String.raw`(?:we(?:'d| would| will)?|we'll)\s+(?:invoice|bill)\s+(?:them|the customer|the client)`,
      String.raw`on\s+our\s+paper`,
      // the partner buys the licence and bills it on: "licences bought by us and recharged to the client"
      String.raw`(?:re-?charged?|re-?invoiced?|on-?charged?|re-?billed)\s+to`,
      // "we will do the licences", "we'll supply the licenses"
      String.raw`we(?:'d| would| will|'ll)?\s+(?:do|supply|provide|sell)\s+the\s+licen[cs]es`,
      // "they want the licences via us"
      String.raw`(?:software|licen[cs]es?|subscriptions?)\s+(?:thru|through|via)\s+us`,
      // the partner says what it is: "we are the distributor", "we're their local dealer"
      String.raw`we(?:'re|\s+are)\s+(?:the|their|a|an|your)\s+(?:[\p{L}-]+\s+)?(?:distributor|dealer|reseller)`,
    ],
    technology: [
      // "co-sell", "co-selling", and the verb as other languages bend it ("co-sellen", "co-selge", "co-venta", "co-vente")
      String.raw`co-?sell\p{L}*`,
      String.raw`co-?s(?:el|äl)(?:ge|ja)`,
      String.raw`co-?vent[ae]`,
      "connector",
      "partner api",
      String.raw`technology\s+(?:partner|co-sell|alliance)`,
      "isv",
      String.raw`(?:integrates|integrated|integration)\s+(?:with|into)\s+(?:your|the vendor)`,
      String.raw`our (?:product|platform|suite|software|app) integrates`,
      String.raw`^\s*technology(?![\p{L}])`,
      "oem",
      "embedded",
    ],
    services: [
      String.raw`managed services?`,
      "managed service provider",
      "implementation partner",
      "systems? integrator",
      String.raw`we(?:'d| would| will)?\s+(?:implement|deliver|handle|run|do|own|take care of)\s+(?:the\s+)?(?:rollout|implementation|onboarding|setup|set-up|integration|configuration|migration|it|the vendor)`,
      String.raw`(?:their|the customer's|the client's)\s+(?:it|implementation|integration|services)\s+partner`,
      // the partner wiring the vendor into the customer's systems: "the integration with their WMS"
      String.raw`(?:integrat(?:e|ion|ing))\s+(?:it\s+)?(?:with|into)\s+(?:their|the customer's|the client's)`,
      String.raw`ongoing\s+support`,
      String.raw`(?:delivers|deliver|run|runs|handle|handles)\s+the\s+(?:implementation|rollout|onboarding)`,
      // "we'd want to do the implementation side ourselves"
      String.raw`(?:do|run|handle|deliver)\s+the\s+(?:implementation|integration|rollout|onboarding)(?:\s+(?:side|part|work))?\s+ourselves`,
      String.raw`(?:setup|onboarding|implementation) and (?:ongoing )?support`,
      "customizing",
      String.raw`^\s*services?(?![\p{L}])`,
      String.raw`as (?:your|an|their) (?:si|implementation) partner`,
      // "We will implement and train their teams (services)"
      String.raw`we(?:'d| would| will|'ll)?\s+(?:implement|deploy|roll out|configure|install)\s+and\s+(?:train|support|run|operate|maintain)`,
      String.raw`services?\s+(?:partner|deal|engagement)`,
      // "we'd manage it day to day", "we will manage it for them"
      String.raw`we(?:'d| would| will|'ll)?\s+manage\s+(?:it|them|this)`,
      // "we'd look after the rollout and training", "we'd deliver the ERP integration", "our role will be the parametrization",
      // "we're doing the fit-out", two tasks named: "we'd do the cabling and the installation"
      // (no "not" in the gap: "we do not do implementation" is no service)
      String.raw`we(?:'d|'ll|'re| would| will| are)?\s+(?:look after|deliver|handle|own|take care of|do|doing)\s+(?:the\s+)?(?:(?!not\s)[\p{L}\d]+\s+){0,4}?(?:rollout|implementation|integration|onboarding|training|setup|parametri[sz]ation|configuration|migration|installation|installs?|fit-?outs?|fitting)`,
      String.raw`our\s+role\s+(?:will\s+be|is)\s+(?:to\s+)?(?:make|do|deliver|handle|run)\s+(?:the\s+)?(?:parametri[sz]ation|implementation|rollout|integration|training|setup|configuration)`,
      String.raw`(?:implement|deploy|roll out)\s+and\s+continue\s+(?:to\s+run|running|to\s+support|supporting|to\s+operate|operating)`,
      // the partner's role or scope as the one doing the work: "we are their integrator", "part of our delivery scope", "setup by our team", "we will provide the support services", "we'd deliver and run it"
      String.raw`we(?:'re|\s+are)\s+(?:the|their)\s+(?:installer|integrator|implementer|implementation\s+partner|contractor)`,
      String.raw`part\s+of\s+our\s+(?:install(?:ation)?|implementation|delivery|project)\s+scope`,
      String.raw`(?:implementation|training|rollout|onboarding|installation|configuration|setup)\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:us|our\s+(?:team|engineers|consultants|staff))`,
      String.raw`we(?:'d|'ll| would| will)?\s+provide\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?services`,
      String.raw`we(?:'d|'ll| would| will)?\s+(?:deliver|implement|deploy)\s+and\s+(?:operate|run|support|maintain)`,
      // "incl. our implementation work", "plus our integration services"
      String.raw`our\s+(?:implementation|integration|installation|rollout|onboarding)\s+(?:work|services)`,
      // the partner doing the work: "we'll do the implementation and training", "with us delivering the on-site services"
      String.raw`(?:we|we['’]ll|we\s+will)\s+(?:do|handle|run|deliver)\s+the\s+(?:[\p{L}/-]+\s+){0,4}?(?:translation|implementation|integration|installation|post-editing|migration|configuration|training|rollout|onboarding)`,
      String.raw`(?:us|we)\s+deliver(?:ing|s)?\s+the\s+(?:on-?site\s+)?services`,
    ],
    referral: [
      // out of it after the introduction: "we will not be involved past the intro", "we won't be reselling or supporting anything"
      String.raw`(?:won'?t|will\s+not)\s+be\s+involved\s+(?:after|beyond|past|further)`,
      String.raw`(?:won'?t|will\s+not)\s+be\s+(?:selling|reselling|implementing)\s+(?:or\s+\p{L}+\s+)?anything`,
      // "I act purely as a referrer"
      String.raw`referr(?:al|ed|ing|ers?)`,
      String.raw`refer(?:s)?`,
      "introduce and step back",
      String.raw`step(?:s|ping)? back`,
      String.raw`won't be involved in (?:the )?delivery`,
      String.raw`not be involved in (?:the )?delivery`,
      "finder'?s fee",
      String.raw`(?:you|your team)(?:'ll| will| can)?\s+(?:take it from here|own the (?:relationship|account|deal))`,
      "lead only",
      // "only a tip for you", "we act as agent (introduction fee)"
      String.raw`(?:only|just)\s+a\s+tip`,
      String.raw`introduction\s+fee`,
      // "introducing only, the rest is yours" ("intro only" is a stage: nothing booked yet)
      String.raw`introducing\s+only`,
      // the writer introducing the prospect to the vendor: "we would like to introduce a client of ours"
      String.raw`(?:i|we)(?:'d|\s+would)\s+like\s+to\s+introduce`,
      // "we only introduce", "just recommending": the partner passes the name on and nothing more
      String.raw`(?:only|just)\s+(?:recommend|introduce|refer)(?:ing)?`,
      String.raw`act\s+as\s+(?:an\s+|the\s+)?agent`,
      String.raw`(?:just|only)\s+(?:make|making|doing|do)\s+the\s+(?:intro|introduction|connection)`,
      String.raw`(?:just|only)\s+(?:connecting|introducing)\s+(?:you|the two|both)`,
      // "we merely recommend them", "we act as the introducing party", "as introducer"
      String.raw`(?:only|just|merely)\s+recommend(?:ing)?`,
      String.raw`introducing\s+party`,
      "introducer",
      // "a pure recommendation, I step out of the conversation", "I'll hand it over to you"
      String.raw`pure\s+(?:recommendation|referral|introduction)`,
      String.raw`step(?:s|ping)?\s+out\s+of\s+(?:the|this|our)\s+(?:conversation|deal|loop|process|picture)`,
      // "we introduce and then hand over to you"
      String.raw`hand(?:s|ing)?\s+(?:(?:it|this|them|her|him)\s+)?over\s+to\s+you`,
      // the partner's part ends with the introduction: "purely an introduction from our side", "would simply make the
      // introduction", "my involvement will end with the introduction" (not a bare "introduction only": a stage's value)
      String.raw`(?:purely|simply|merely)\s+(?:an\s+)?introduction`,
      String.raw`(?:simply|merely|only|just)\s+make\s+the\s+introduction`,
      String.raw`(?:involvement|role|part)\s+(?:will\s+)?ends?\s+with\s+the\s+introduction`,
    ],
  },
  motionWeak: {
    services: ["implementation", "implement", "onboarding", "rollout", "support", String.raw`services`],
    technology: ["integration", "integrations", "api", "webhook"],
  },
  motionName: {
    services: [String.raw`services?`],
    resale: ["resale"],
    referral: ["referral"],
    technology: [String.raw`co-?sell`],
    marketplace: ["marketplace"],
  },
  money: {
    near: [
      String.raw`budget\w*`,
      "deal[ -]?(?:size|value)",
      String.raw`(?:opportunity|estimated|indicative|expected|contract|licen[cs]e|project)?\s*value`,
      "ARR",
      "ACV",
      "TCV",
      "MRR",
      "ballpark",
      "expected size",
      "size",
      "worth",
      "per (?:year|annum)",
      "a year",
      "annually",
      "yearly",
      String.raw`p\.\s?a\.?`,
      String.raw`\/\s?(?:year|yr)`,
    ],
    other: [
      "payments?",
      "(?:seed|funding|investment) round",
      "payment volume",
      "spend(?:ing)? under",
      "invoices? worth",
      "turnover",
      String.raw`turns? over`,
      // the prospect's own income ("annual income approx. £6.1m", "yearly income around €7m")
      "income",
      "revenue",
      "raised",
      "funding",
      "series [a-e]",
      "valuation",
      "spent",
      "(?:has|have|had) paid",
      "cost (?:them|us|him|her)",
    ],
    monthly: ["per month", "a month", "monthly", String.raw`\/\s?(?:month|mo)`, "p/m"],
    price: [String.raw`budget\w*`, String.raw`licen[cs]e\w*`, "subscription", "fee", "price", "pricing"],
    between: ["between"],
    unit: [
      String.raw`(?:per|a|each|\/)\s?(?:member|user|seat|licen[cs]e|employee|head|device|site|location|vehicle|truck|room|bed|unit|store|branch|student|patient)`,
    ],
  },
  competitorBefore: [
    // "compare the vendor PMS with X": the vendor's product may be two words
    // "comparing it with a quote for X": the rival's offer compared
    String.raw`compar(?:ing|es|ed|e)\s+(?:(?:it|us|you|them|the vendor|{word})\s+){0,2}(?:(?:with|against|to)\s+|w/\s*)(?:(?:an?|the)\s+(?:quote|offer|proposal|bid)\s+(?:for|from)\s+)?`,
    String.raw`comparing\s+`,
    String.raw`demos?\s+with\s+`,
    // the offers from the writer and a rival, an aside between: "quotes from us (via our shop) and X" (before the cue for any offer's sender, which would take "us")
    String.raw`(?:quotes?|proposals?|offers?|bids?)\s+from\s+(?:us|you)\s+(?:\([^()\n]{0,40}\)\s+)?and\s+(?:from\s+)?`,
    // bids received or held: "responses from X, Y and Z", "the other offer they have is from X"
    String.raw`(?:responses?|bids?|proposals?|quotes?|offers?)\s+(?:they\s+have\s+)?(?:is\s+|are\s+)?from\s+`,
    // "the other option she's looking at is X"
    String.raw`(?:the\s+)?other\s+(?:option|vendor|tool|solution)s?\s+(?:she|he|they)(?:'s|'re|’s|’re|\s+is|\s+are)\s+(?:looking\s+at|considering|talking\s+to|speaking\s+(?:to|with))\s+(?:is|are)\s+`,
    // "sat through demos of X and Y": demos seen, so of rivals
    // "saw a presentation of X" too
    String.raw`(?:sat\s+through|saw|seen|watched|had)\s+(?:a\s+|two\s+|several\s+)?(?:demos?|presentations?)\s+(?:of|from)\s+`,
    String.raw`(?:also|too|as well|parallel)\s+(?:talking|speaking)\s+(?:to|with)\s+`,
    String.raw`(?:also\s+)?looking\s+at\s+(?:(?:you|us|the vendor)\s+(?:and|as\s+well\s+as)\s+(?:at\s+)?)?`,
    String.raw`evaluating\s+`,
    String.raw`also\s+considering\s+`,
    String.raw`(?:against|versus|vs\.?)\s+`,
    String.raw`(?:currently|already|presently)\s+(?:uses?|using|on|runs?|running|with|have|has)\s+`,
    // "invited X and Y to demo": rivals asked in to show their product
    String.raw`invited\s+(?={names}\s+to\s+(?:demo|present|pitch)(?![\p{L}]))`,
    // "their current LMS (Cornerstone)", "running an old Moodle install"
    String.raw`(?:current|existing|legacy|old)\s+(?:[\p{L}]+\s+)?(?:lms|system|tool|platform|solution|provider|software|vendor|supplier)\s*\(\s*`,
    // "they're on an old X box" too
    String.raw`(?:running|runs?|using|uses?|(?:they|she|he|we)(?:['’]re|re|\s+are|['’]s|\s+is)\s+on)\s+(?:an?\s+)?(?:old|older|legacy|outdated|ageing|aging)\s+`,
    // "has X and Y on the list too"
    String.raw`(?:has|have|had)\s+(?={names}\s+on\s+(?:the|their|her|his|its)\s+(?:short-?)?list)`,
    String.raw`incumbent(?:\s+is|:)?\s+`,
    // "keen to get off X", "wants to come off X"
    String.raw`(?:replace|replacing|switch(?:ing)?\s+(?:away\s+)?from|migrat(?:e|ing)\s+(?:away\s+)?from|moving\s+off|(?:get|getting|come|coming)\s+off)\s+`,
    String.raw`shortlist(?:ed)?(?:\s+(?:includes|is))?:?\s+(?:(?:\w+\s+){0,2}(?:vendors?|tools?|options?|suppliers?|providers?|solutions?)\s*[-–—:(]\s*)?`,
    String.raw`(?:added|put)\s+(?={names}\s+(?:to|on)\s+(?:the|their|its)\s+shortlist)`,
    String.raw`competitors?(?:\s+(?:are|is|include))?:?\s+`,
    String.raw`(?:also|already|have|has)\s+looked\s+at\s+`,
    String.raw`(?:next to|alongside|side by side with|in parallel (?:to|with))\s+`,
    // "asked Visma and us for proposals": the names between the verb and the request
    String.raw`(?:asked|invited)\s+(?={names}\s+(?:for|to submit|to send)\s+(?:a\s+|their\s+)?(?:proposals?|quotes?|offers?|pricing|bids?))`,
    // "had a quote from X", "got a demo from X", "X's proposal"
    String.raw`(?:quotes?|proposals?|offers?|demos?|pricing|bids?)\s+from\s+`,
    String.raw`(?:also|too)\s+(?:in\s+the\s+(?:running|mix|frame)|on\s+the\s+list)[:\s]+`,
    String.raw`(?:also|already)\s+(?:in\s+talks|talking)\s+(?:to|with)\s+`,
    String.raw`(?:pitch(?:es)?|presentations?)\s+from\s+`,
    // "getting numbers from X", "been quoted by X"
    String.raw`(?:getting|got|received)\s+(?:numbers|figures|prices)\s+from\s+`,
    String.raw`quoted\s+by\s+`,
    String.raw`(?:trial(?:l)?ing|pilot(?:ing)?|tried|trial(?:l)?ed|piloted)\s+(?:out\s+)?(?:an?\s+)?`,
    String.raw`eval(?:'|’)?ing\s+`,
    // "holding quotes for X", "has a proposal from X": a rival's offer on the table
    String.raw`(?:holding|has|have|got|received|with)\s+(?:\w+\s+)?(?:quotes?|proposals?|offers?|bids?)\s+(?:for|from)\s+`,
    // "had a look at X", "took a look at X", "looked at X last year"
    String.raw`(?:had|have\s+had|took|taken)\s+a\s+(?:\w+\s+)?look\s+at\s+`,
    String.raw`looked\s+at\s+`,
    // "had X and Y in to present", "had X in for a demo", "they've also had X in." (the visit alone)
    String.raw`had\s+(?={names}\s+in(?:\s+(?:to|for)\s|[.,;!]))`,
    // "comparing with another vendor (X)", "other tools: X, Y"
    String.raw`(?:other|another|competing)\s+(?:company|companies|vendors?|suppliers?|providers?|solutions?|tools?|products?)\s*[(:]\s*`,
    String.raw`instead\s+of\s+(?:going\s+with\s+|using\s+|buying\s+)?`,
    String.raw`(?:otherwise\s+)?(?:they|he|she)(?:'d|’d|\s+would)\s+(?:go\s+with|choose|pick|stay\s+with):?\s+`,
    // "other vendors invited: X and Y", "they also run an X trial"
    // the singular too: "Other vendor in the mix: X"
    String.raw`other\s+(?:names?|vendors?|players?|suppliers?|providers?)\s+(?:in\s+the\s+(?:mix|running|frame)|invited|shortlisted|on\s+the\s+list)\s*:\s*`,
    String.raw`also\s+(?:have|has|run|runs|running)\s+(?:a\s+|an\s+)?`,
    // the prospect's current tool, which the vendor would replace: "they're on X for now", "have today X",
    // "using X now", "right now they use X", "today with X"
    // ("they're on X" alone is as often the system they keep and the vendor's product plugs into)
    String.raw`(?:they(?:['’]re|re|\s+are)|(?:she|he)(?:['’]s|\s+is)|we(?:['’]re|\s+are))\s+(?:currently|still|now)\s+on\s+`,
    String.raw`(?:they(?:['’]re|re|\s+are)|(?:she|he)(?:['’]s|\s+is)|we(?:['’]re|\s+are))\s+on\s+(?={names}\s+(?:at\s+the\s+moment|atm|for\s+now|currently|right\s+now|today|now)(?![\p{L}]))`,
    String.raw`(?:uses?|using|runs?|running|have|has)\s+(?:now|today|currently|right\s+now|at\s+the\s+moment)\s+`,
    String.raw`(?:uses?|using|runs?|running)\s+(?={names}\s+(?:today|now|at\s+the\s+moment|atm|right\s+now|currently|at\s+present)(?![\p{L}]))`,
    String.raw`(?:right\s+now|today|currently|at\s+the\s+moment),?\s+(?:they|she|he|we)\s+(?:use|uses|run|runs|are\s+using|is\s+using)\s+(?:an?\s+)?`,
    String.raw`today\s+(?:with|on)\s+`,
    // a rival the prospect named: "they mentioned X and Y in passing", "she mentioned also X"
    // (what the partner mentioned to them is the vendor's: "I mentioned X, she is keen")
    String.raw`(?<!(?:^|[^\p{L}])(?:i|we|i['’]ve|we['’]ve|i\s+have|we\s+have|i\s+also|we\s+also)\s+)mentioned\s+(?:also\s+)?`,
    // a rival's demo had or booked: "they have a demo of X", "they've had an X demo too"
    String.raw`(?:have|has)\s+an?\s+demo\s+(?:of|from|with)\s+`,
    String.raw`(?:had|seen|saw|sat\s+through)\s+an?\s+(?={names}\s+demos?(?![\p{L}]))`,
  ],
  rivalKind: {
    noun: ["company", "vendor", "firm", "provider", "supplier", "player", "integrator"],
    describer: [
      "a",
      "an",
      "one",
      "some",
      "another",
      "other",
      "local",
      "regional",
      "national",
      "small",
      "smaller",
      "big",
      "large",
      "domestic",
    ],
    lead: ["and", "or", "plus", "also"],
  },
  competitorNone: [
    String.raw`no\s+(?:real\s+)?competition`,
    String.raw`nothing\s+competing`,
    String.raw`no\s+(?:other\s+)?competitors?`,
    String.raw`not\s+(?:talking\s+to|looking\s+at)\s+any(?:one|body)\s+else`,
  ],
  registeredBefore: [
    String.raw`(?:i|we) (?:registered|submitted|lodged|logged)`,
    String.raw`(?:i|we) (?:already )?sent in`,
  ],
  bulkPitch: {
    optOut: [
      String.raw`(?:don't|do not|rather not|prefer not to|no longer) (?:want to |wish to |like to )?(?:hear from (?:me|us)|receive (?:further|more|future|these|any more|our) (?:e-?mails?|mails?|messages|offers))`,
      String.raw`stop receiving`,
      String.raw`reply (?:with )?["“']?(?:remove|stop|unsubscribe|no thanks)["”']?`,
      String.raw`reply (?:with )?["“']no["”']`,
    ],
    replyKeyword: [String.raw`reply (?:with )?["“']?(?:yes|sample)["”']?`],
    dataOffer: [
      String.raw`verified (?:[\p{L}\p{N}&/-]+ ){0,4}(?:contacts|(?:contact|e-?mail|mailing|lead|b2b) lists?|lists?|database|records|leads|decision-? ?makers)`,
      String.raw`deliverability`,
      String.raw`sample (?:of (?:\d[\d,.]*\+? )?)?(?:records|contacts|leads)`,
    ],
    // a price for a short time only: "this week only", "only today"
    limitedOffer: [String.raw`(?:today|this week|this month) only`, String.raw`only (?:today|this week)`],
  },
  // "Invoice INV-…", "Tax invoice 0042"
  invoiceNoun: ["invoice", "tax invoice"],
  notADeal: [
    String.raw`not (?:a |an )?new (?:deal|lead|registration|opportunity|prospect)`,
    String.raw`not (?:a |an )?(?:deal |lead )?registration`,
  ],
  productKind: { after: ["module", "plan", "tier", "edition", "add-on", "package"] },
  productBefore: [
    String.raw`interest(?:ed)?\s+in`,
    String.raw`keen\s+on`,
    String.raw`(?:trial|pilot|demo|poc|proof\s+of\s+concept)\s+(?:of|with|on|for)`,
    String.raw`(?:wants?|needs?|would\s+like)`,
    String.raw`(?:take|takes|buy|license|licence|resell)`,
  ],
  competitorAfter: [
    String.raw`(?:has\s+|have\s+|had\s+|already\s+|also\s+)*(?:quoted|pitched|demoed|demo'd|sent\s+(?:them|her|him|over)\s+(?:a\s+)?(?:quote|proposal|offer))`,
    String.raw`(?:is|are)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:other|another|competing|alternative|rival)?\s*(?:vendors?|options?|solutions?|providers?|tools?|candidates?)?\s*on\s+(?:the|her|his|their|its)\s+short-?list`,
    String.raw`(?:is|are)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:other|competing|rival)\s+(?:vendors?|options?|bidders?|candidates?|two|three|ones?)`,
    String.raw`(?:is|are)\s+(?:also\s+|both\s+|all\s+)?(?:bidding|pitching|quoting|in\s+the\s+(?:running|mix|frame))`,
    // "X was shortlisted by their QA team", "X made them a price too"
    String.raw`(?:is|are|was|were|got|has\s+been|have\s+been)\s+(?:also\s+)?short-?listed`,
    String.raw`(?:make|makes|made|gave|give|gives)\s+(?:them|her|him)\s+(?:a\s+)?(?:price|quote|offer|proposal)`,
    // a rival's offer made to the prospect: "X is proposing them a full replacement" (what a board or
    // a manager proposes is no offer: the prospect is the one proposed to)
    String.raw`(?:is|are)\s+(?:also\s+)?proposing\s+(?:them|her|him|to\s+them)`,
  ],
  problem: {
    strong: [
      // records kept in books without an article ("keeps them in registers", "in paper ledgers"), by hand on slips
      String.raw`in\s+(?:paper\s+)?(?:registers|ledgers|notebooks|logbooks|binders)`,
      String.raw`hand-?written`,
      // an improvised planner or a shared office document standing in for a system
      String.raw`wall\s+(?:planners?|charts?|calendars?)`,
      String.raw`google\s?(?:sheets?|forms?|docs?|calendar|drive)`,
      // the prospect displeased, things gone astray, the same thing typed twice
      String.raw`frustrat\w*`,
      String.raw`get(?:s|ting)?\s+lost`,
      String.raw`double[- ](?:entry|entries|keying)`,
      // an improvised or worn-out tool standing in for a system
      String.raw`whiteboards?`,
      String.raw`phone tree`,
      String.raw`by text(?: messages?)?`,
      String.raw`no longer support\w*`,
      // a tool past its end: "the install is end of life"
      String.raw`end[- ]of[- ]life`,
      // bookings that collide: "double bookings every week", "overbooking"
      String.raw`double[- ]?book\w*`,
      String.raw`overbook\w*`,
      // "can't see the whole estate", "cannot claim the rebate online"
      String.raw`(?:can'?t|cannot|can not) (?:handle|see|claim|access|track)`,
      String.raw`(?:lose|loses|lost|losing) track`,
      // what the prospect's people complain about: "drivers keep complaining about …", "our top complaint"
      String.raw`complain\w*`,
      String.raw`mess(?:es|ing)? up`,
      String.raw`manual(?:ly)?`,
      String.raw`by hand`,
      String.raw`paper`,
      String.raw`spreadsheets?`,
      String.raw`excel`,
      String.raw`re-?key\w*`,
      String.raw`keys every`,
      String.raw`key(?:s|ed|ing)? (?:them|it|everything|each|every|all|invoices|bills|\w+ invoices) (?:in|into)`,
      String.raw`chas(?:e|es|ed|ing)`,
      String.raw`late[- ]paying`,
      String.raw`late payments`,
      String.raw`drowning`,
      String.raw`buried`,
      String.raw`headache`,
      String.raw`struggl\w*`,
      String.raw`wrestl(?:e|es|ed|ing)\s+with`,
      // decided by feel, not by data: "prices by feel", "routes planned from memory", "by eye"
      String.raw`by (?:feel|gut|eye|instinct)`,
      String.raw`from memory`,
      String.raw`a mess`,
      String.raw`all over the place`,
      String.raw`can'?t keep up`,
      String.raw`bottleneck(?:s|ed)?`,
      String.raw`disconnected`,
      String.raw`two systems`,
      // the same work spread over tools: "rotas kept in three different systems", "four separate spreadsheets"
      String.raw`(?:two|three|four|five|six|several|multiple|\d+)\s+(?:different|separate)\s+(?:[\p{L}'’-]+\s+)?(?:systems|tools|programs|programmes|apps|spreadsheets|platforms)`,
      // time the process eats: "spending two days a week on timesheets", "spends hours on it"
      String.raw`spen(?:d|ds|ding|t)\s+(?:\w+\s+){0,2}(?:days?|hours?|time)`,
      String.raw`in word`,
      String.raw`by post`,
      String.raw`by courier`,
      String.raw`courier`,
      String.raw`re-?typ\w*`,
      String.raw`approved by email`,
      String.raw`approvals? run through`,
      String.raw`invoices? (?:arrive|come)`,
      String.raw`piles? of`,
      String.raw`stacks? of`,
      String.raw`(?:lose|lost|losing) (?:a |several |\d+ )?(?:week|weeks|days?|hours?)`,
      String.raw`in (?:whatever|any|every) format`,
      String.raw`no (?:overview|visibility)`,
      // "no group view at all", "no view of fill levels"
      String.raw`no (?:\w+ )?view (?:of|at all|across)`,
      String.raw`separately`,
      String.raw`error-prone`,
      String.raw`pain`,
      // the main one of the prospect's worries: "their main concern is …", "the biggest worry"
      String.raw`(?:main|biggest|chief|primary)\s+(?:concerns?|worry|worries)`,
      String.raw`problems?`,
      String.raw`issues?`,
      String.raw`challenges?`,
      String.raw`ransomware`,
      String.raw`phishing`,
      String.raw`compromis\w*`,
      String.raw`breach\w*`,
      String.raw`vulnerabilit\w*`,
      String.raw`skimming`,
      String.raw`group chat`,
      String.raw`shared inbox`,
      String.raw`one person`,
      String.raw`in a folder`,
      String.raw`(?:go|goes|going|wander\w*|circulat\w*)\s+(?:a?round)`,
      String.raw`nightmare`,
      String.raw`(?:carbon|paper) cop(?:y|ies)`,
      String.raw`out of date|outdated`,
      String.raw`(?:slipped|slipping|slips) by`,
      String.raw`nobody (?:knows|could tell|can tell)`,
      // something missing or lost: "no proper backup", "could not be restored", "was overwritten"
      String.raw`(?:no|without|lack of|not)\s+(?:(?:a|any|real|proper|properly|offsite|off-site|central|documented|tested)\s+)?(?:backups?|backed up|cop(?:y|ies)|plan|process|control|tracking|records?|tool|system)`,
      String.raw`could(?:n'?t|\s+not)\s+(?:be\s+)?(?:recover\w*|restor\w*|found|find|track\w*)`,
      String.raw`(?:accidentally\s+)?(?:deleted|overwritten|corrupted|crashed|wiped)`,
      String.raw`irregular(?:ly)?`,
      String.raw`(?:took|takes|taking)\s+(?:weeks|days)`,
      // a tool that fails or is disliked: "no longer copes with", "not findable", "sick of", "unhappy with"
      String.raw`no\s+longer\s+cop(?:e|es|ed|ing)`,
      String.raw`(?:not|never)\s+findable|(?:can'?t|cannot|can\s+not)\s+find`,
      String.raw`(?:sick|tired)\s+of|fed\s+up`,
      String.raw`(?:unhappy|not\s+happy|dissatisfied)\s+with`,
      // "hating the licence terms", "hate it", "she doesn't like it", "dont like"
      String.raw`hat(?:e|es|ing)\s+(?:it|the|their|its|that)`,
      String.raw`(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+like`,
      // records kept in a book: "guards write plates in a book", "in a notebook", "in a paper ledger"
      String.raw`in\s+an?\s+(?:paper\s+)?(?:book|notebook|ledger|logbook|diary)`,
      String.raw`e-?mail\s+threads?`,
      // a gatekeeper or the prospect displeased: "the auditors aren't happy", "their inspector wasn't happy"
      String.raw`(?:wasn'?t|weren'?t|isn'?t|aren'?t)\s+happy`,
      // nothing done by anyone: "nobody has ever tested a restore", "a server nobody's backing up"
      String.raw`nobody(?:'s|\s+(?:has|is|ever|really))`,
      // a tool past its support: "the old booking system is out of support"
      String.raw`(?:out|end)\s+of\s+support`,
      String.raw`discontinued`,
      // a tool built by the prospect itself or a lone contractor: "a homegrown Access tool"
      String.raw`home-?grown`,
      String.raw`(?:self|custom)-built`,
      // something that recurs: "customers keep calling to ask", "the power cuts keep killing the server"
      String.raw`keeps?\s+(?:calling|asking|chasing|crashing|failing|breaking|killing|dropping)`,
      // a worry voiced: "she is worried the archive would not survive", "the assessors raised concerns"
      String.raw`worried`,
      String.raw`raised\s+concerns?`,
      String.raw`errors`,
      String.raw`penalt(?:y|ies)`,
      String.raw`rejected`,
      // a call for tenders names what the prospect must get: "a tender for fleet telematics", "an RFP open for …"
      String.raw`(?:tender|rfp|rfq|rft)(?:\s+open)?\s+for`,
      // what moves the prospect: "the driver for them is the audit", "main driver was the fine"
      String.raw`driver\s+(?:is|was|for\s+them)`,
    ],
    // a means of talking as the process ("orders come in by phone"): strong, unless the clause gives a
    // phone number or an address, where it says how to reach the contact ("WhatsApp: +55 …")
    channel: [String.raw`whatsapp`, String.raw`by phone`, String.raw`text messages`, String.raw`on the phone`],
    // "I spoke to her on the phone", "we agreed it by phone": the partner's talk, no channel of the prospect's
    talked: ["spoke", "spoken", "speak", "talked", "chatted", "agreed", "discussed", "confirmed", "reached"],
    weak: [
      // the way things are done now: "they still book by hand", "the riders currently pay at the stable door"
      String.raw`(?:still|currently)\s+(?:keep(?:s|ing)?|kept|manag(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|track(?:s|ed|ing)?|pay(?:s|ing)?|paid|writ(?:e|es|ing|ten))`,
      // a search named: "searching a tool for", "looking to add"
      String.raw`searching`,
      String.raw`looking\s+to`,
      // an ageing tool is a reason only beside others ("migrate from their old tool" is a plan)
      String.raw`(?:old|legacy|ageing|aging|outdated|\d+-year-old) (?:\w+ )?(?:database|system|software|tool|program)`,
      String.raw`consolidate`,
      // a tool on its way out: "is replacing its claims platform"
      String.raw`replac(?:e|es|ing)`,
      String.raw`automate\w*`,
      String.raw`scan\w*`,
      String.raw`slow`,
      String.raw`delays?`,
      String.raw`wants?`,
      String.raw`needs?`,
      String.raw`looking for`,
      // "they'd like to look at …"; the writer's own wish ("I'd like to introduce …") is no need
      String.raw`(?<=(?:they|he|she)')d like`,
      String.raw`(?<!(?:I|we) )would like`,
      String.raw`requires?`,
      String.raw`insurer`,
      String.raw`audit`,
      String.raw`approv\w*`,
      String.raw`\d[\d.,]*\s*(?:\p{L}+\s+)?(?:invoices|bills|documents|orders|tickets|claims|deliveries|inspections|jobs|projects) (?:a|per|each|every) (?:month|year|week|day)`,
      String.raw`instead of`,
      String.raw`keen on`,
      // an obligation the prospect is under: "must prove origin", "the buyers require …"
      String.raw`must`,
      String.raw`(?:has|have) to`,
      String.raw`required`,
      String.raw`demand(?:s|ed|ing)?`,
      String.raw`(?:is|are) asking`,
    ],
    // an interest named ("interested in online rotas"): a need when its object is no name (see prose-fields)
    interest: [String.raw`interest(?:ed)?\s+in`],
  },
  placeBefore: [
    String.raw`in`,
    String.raw`around`,
    String.raw`across(?: the)?`,
    String.raw`along the`,
    String.raw`throughout`,
    String.raw`based in`,
    String.raw`headquartered in`,
    String.raw`located in`,
    String.raw`out of`,
  ],
  // "dental surgeries across Norfolk", "they cover all of Kerry": the region served, wider than the town
  coverBefore: [String.raw`across(?: the)?`, String.raw`all (?:of|over)(?: the)?`, String.raw`throughout(?: the)?`],
  compassWord: [String.raw`(?:north|south|east|west)(?:ern)?`, "central", "upstate", "coastal"],
  sizePlaceBefore: ["in", "across", "around", "near"],
  placeFrom: ["from", String.raw`out of`, String.raw`based in`],
  placeFor: ["for", "lead for"],
  leadFrom: [String.raw`(?:lead|opportunity|deal|prospect)\s+from`],
  rolloutWord: ["rollout", "roll-out", "expansion", "market", "region", "territory", "project", "deployment"],
  phoneExtension: ["ext.", "ext", "extn.", "extn", "extension", "x"],
  regionWord: [
    String.raw`region`,
    String.raw`county`,
    String.raw`province`,
    String.raw`state of`,
    // as a label only: "Market: Benelux", "Location: Leeds"
    String.raw`market(?=[ \t]*:)`,
    String.raw`location(?=[ \t]*:)`,
  ],
  // "… about $40k a year. Territory: Tyneside." inside a line; "Region is Northumbria."
  regionLabelInSentence: ["region", "territory", "country", "location", "city", "county", "province", "geography"],
  regionIsPhrase: ["region is", "territory is"],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`parent(?: company| group)? is`,
  String.raw`(?:subsidiary|division|part) of`,
  String.raw`(?:owned|held) by`,
];

/** Nouns a professional firm's name ends with ("Hale & Moss Solicitors", "Ortiz Law Office"): part of the name. */
export const firmNoun: readonly string[] = [
  "Solicitors",
  "Lawyers",
  "Attorneys",
  String.raw`Law (?:Offices?|Firm|Group|Practice|Partners)`,
  "Barristers",
  "Notaries",
  "Accountants",
];
