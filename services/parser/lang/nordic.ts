// Danish, Swedish and Norwegian label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "virksomhed",
    "virksomhet",
    "företag",
    "bolag",
    "kund",
    "firmanavn",
    "företagsnamn",
    "selskab",
    "selskap",
    "kundenavn",
    // a club (Swedish), an association (Swedish, Danish and Norwegian)
    "klubb",
    "förening",
    "forening",
  ],
  website: ["hjemmeside", "webbplats", "hemsida", "nettside", "webside"],
  // Icelandic "Tengiliður: …" (the contact person)
  contactName: ["navn", "namn", "kontaktperson", "tengiliður"],
  givenName: ["fornavn", "förnamn"],
  familyName: ["etternavn", "efternavn", "efternamn"],
  role: ["stilling", "roll", "befattning", "tittel", "titel"],
  // Icelandic "Netfang: …" (the e-mail address)
  email: ["e-post", "epost", "e-postadress", "e-postadresse", "netfang"],
  phone: ["tlf", "mobilnummer", "telefonnummer", "telefon", "mobil", "mob", "direkte"],
  stage: ["stadie", "fas"],
  value: [
    "budsjett",
    "værdi",
    "verdi",
    "värde",
    "beløb",
    "beløp",
    "belopp",
    "estimeret værdi",
    "uppskattat värde",
    "estimert verdi",
  ],
  competitors: ["konkurrenter", "konkurrence", "konkurranse", "konkurrens", "konkurrent", "kilpailija"],
  need: [
    "behov",
    "udfordring",
    "utfordring",
    "utmaning",
    "baggrund",
    "bakgrund",
    "bakgrunn",
    "noter",
    "anteckningar",
    "kommentarer",
    "kommentar",
    // Icelandic "Þörf: …" (the need), "Vandamál: …" (the problem)
    "þörf",
    "vandamál",
  ],
  // Icelandic "Svæði: …" (the area)
  // "By: Ribe" (the town, in Danish and Norwegian forms)
  region: ["stad", "område", "sted", "placering", "geografi", "svæði", "by"],
  consent: ["samtykke", "samtycke", "tilladelse", "tillatelse", "samtykke til kontakt"],
  motion: ["partnertype", "partnertyp"],
  product: ["produkter", "modul", "løsning", "lösning"],
  currency: ["valuta"],
};

/** Handing over in Danish, Swedish, Norwegian (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [String.raw`tar över`, String.raw`tar over`, String.raw`overtager`];
export const staying: readonly string[] = [];

export const cues: CueTable = {
  // the prospect's details still to come: "mailadressen får I i morgen", "har ikke hjemmesiden
  // endnu", "firmanavnet sender jeg, når jeg har det" ("endnu"/"ännu" alone are also "even")
  detailsLater: {
    detail: [
      String.raw`e-?mail(?:adressen?|adress(?:en)?)?`,
      String.raw`mailadress(?:en?)?`,
      String.raw`e-?post(?:adressen?|adress(?:en)?)?`,
      String.raw`hjemmesiden?`,
      String.raw`hemsida(?:n)?`,
      String.raw`nettsiden?`,
      String.raw`firmanavnet`,
      String.raw`företagsnamnet`,
      String.raw`kontaktoplysninger(?:ne)?`,
      String.raw`kontaktuppgifter(?:na)?`,
    ],
    later: [
      "i morgen",
      "senere",
      "senare",
      String.raw`ikke\s+(?:\S+\s+){0,3}(?:endnu|ennå)`,
      String.raw`(?:endnu|ennå)\s+ikke`,
      String.raw`inte\s+(?:\S+\s+){0,3}(?:ännu|än)`,
      String.raw`ännu\s+inte`,
      String.raw`n[åä]r\s+(?:jeg|jag)\s+(?:har|får)\s+(?:det|den|dem)`,
    ],
  },
  // Danish and Norwegian "jeg", Swedish "jag", all three "vi"
  writerSubject: ["jeg", "jag", "vi"],
  // the partner's service work: "vi sköter installationen och supporten", "Vår rolle: integrasjon og opplæring"
  serviceWork: [
    String.raw`implementering(?:en)?`,
    String.raw`integration(?:en)?`,
    String.raw`integrasjon(?:en)?`,
    String.raw`installation(?:en)?`,
    String.raw`installasjon(?:en)?`,
    String.raw`konfigurering(?:en)?`,
    String.raw`migrering(?:en)?`,
    String.raw`opplæring(?:en)?`,
    String.raw`oplæring(?:en)?`,
    String.raw`utbildning(?:en)?`,
    String.raw`driften`,
  ],
  partnerSubject: ["vi", "vårt team", "vores team"],
  serviceLabel: ["vår rolle", "vår roll", "vores rolle"],
  registering: [
    // "vi vil gjerne registrere", "anmäler", "ny kunde", "Kunde: …"
    String.raw`registrer(?:e|er|ing)?`,
    String.raw`registrera|registrering`,
    String.raw`ny (?:lead|kunde|kund|mulighed|mulighet|affär)`,
    String.raw`(?:kunde|kund)\s*:`,
  ],
  negationBefore: ["ikke", "ikkje", "inte", "ej", "ingen", "inget", "intet", "uden", "utan", "uten", "aldrig", "aldri"],
  // Swedish "ni" (you) is Spanish and French "ni" (nor); none of these is an ordinary word there
  commonWords: [
    "ni",
    "och",
    "att",
    "är",
    "på",
    "för",
    "med",
    "som",
    "det",
    "har",
    "kan",
    "og",
    "er",
    "jeg",
    "jag",
    "gärna",
    "gerne",
    "gjerne",
    "henne",
    "hende",
    "dere",
  ],
  negationAfter: ["ikke ennå", "ikke endnu", "inte än", "ännu inte", "ikke", "inte"],
  conditional: ["hvis", "når", "när"],
  yes: ["ja", "givet", "gitt", "ok", "godkänt", "godkjent", "godkendt", "godkänd", "okej", "i orden", "i ordning"],
  no: ["ikke ennå", "ikke endnu", "inte än", "ännu inte", "nej", "nei", "ikke", "inte", "ej", "ikkje"],
  stage: {
    evaluation: [
      // comparing, the subject between: "nu jämför de X med Y", "ni jämför oss med"
      String.raw`jämför\s+(?:vi|de|ni)\s+(?:[\p{L}-]+\s+){0,2}?med`,
      // an offer wanted or had, comparing: "vil gerne have et tilbud", "de ber om tilbud", "har fået tilbud", "sammenligner med"
      String.raw`(?:vil\s+gerne\s+have|vil\s+gjerne\s+ha|ønsker|vill\s+ha|önskar|ber\s+om|beder\s+om)\s+(?:et\s+|ett\s+|en\s+)?(?:tilbud|offert)`,
      String.raw`(?:fået|fått|fikk)\s+(?:et\s+|ett\s+)?(?:tilbud|offert)`,
      String.raw`(?:sammenligner|sammenligne|jämför)\s+med`,
      String.raw`utvärder(?:ing|ar)`,
      String.raw`testperiod(?:e)?`,
      // a trial by its Swedish name: "en provperiod", "provperioden"
      String.raw`provperiod(?:en)?`,
      String.raw`prøveperiode`,
      "evaluering",
      "testar",
      "tester nu",
      String.raw`(?:tester|testar)\s+(?:nå|nu|nuna)`,
      String.raw`offert(?:e)?\s+(?:begärd|skickad|sendt|sendes|efterspurgt|ønsket)`,
      String.raw`(?:tilbud|offert)\s+(?:er\s+)?(?:sendt|anmodet|bedt om|etterspurt)`,
      // "budgettet er godkendt", "på kortlisten"
      String.raw`(?:budget(?:tet|ten|en)?|budsjett(?:et)?)\s+(?:[\p{L}\d]+\s+){0,4}?(?:godkendt|godkjent|godkänd|godkänt)`,
      String.raw`(?:shortlisten|kortlisten|kortlistan)`,
      // an offer made or received: "tilbuddet er modtaget", "offerten lämnad", "tilbudsfasen"
      String.raw`(?:tilbud(?:det)?|offert(?:en)?)\s+(?:[\p{L}]+\s+){0,3}?(?:modtaget|mottatt|mottagen|mottagit|fået|fått|afgivet|avgitt|avgivet|lämnad|lämnat|skickad|udarbejdet|utarbeidet|utarbetad)`,
      String.raw`(?:pris)?tilbud(?:sfase|sfasen|sforespørgsel|sforespørsel)|offert(?:förfrågan|fas|fasen|läge|läget)|prisförfrågan|prisforespørsel|prisforespørgsel`,
      // a trial by its other names: "testlicens", "prøvelisens", "pilotprojekt", "tester løsningen"
      String.raw`(?:test|prøve|prov|demo|pilot)(?:licens|lisens|konto|version|versjon|fase|fas|fasen|miljø|miljö|projekt|prosjekt|drift)`,
      String.raw`(?:tester|testar|afprøver|utprøver|prøver\s+ut)\s+(?:[\p{L}]+\s+){0,2}?(?:løsningen|lösningen|systemet|produktet|produkten|plattformen|platformen|appen|modulen|programmet)`,
      // choosing among several: "sammenligner leverandører", "utvärderar alternativ", "i forhandlinger"
      String.raw`(?:sammenligner|sammenlikner|jämför|jamför)\s+(?:[\p{L}]+\s+)?(?:leverandører|leverantörer|løsninger|lösningar|tilbud|offerter|systemer|systemen)`,
      String.raw`(?:utvärderar|evaluerer|överväger)\s+(?:[\p{L}]+\s+){0,2}?(?:leverandører|leverantörer|løsninger|lösningar|alternativer|alternativ|tilbud|offerter)`,
      String.raw`(?:pris)?(?:forhandlinger?|förhandlingar?)`,
      // a budget granted: "budgettet er bevilget", "budgeten är beviljad"
      String.raw`(?:budget(?:tet|ten|en)?|budsjett(?:et)?)\s+(?:er\s+|är\s+|blev\s+|ble\s+|har\s+blitt\s+)?(?:bevilget|bevilgett|bevilga|beviljat|beviljad|afsat|avsatt|satt\s+av)`,
      // "de har bedt om et tilbud", "har en offert från X"
      String.raw`(?:bedt|bett)\s+om\s+(?:et\s+|ett\s+|en\s+)?(?:tilbud|offert)`,
      String.raw`(?:har|fått|fick)\s+(?:en\s+)?offert\s+från`,
      // "vi har sendt tilbud", "vi har skickat en offert"
      String.raw`(?:sendt|sendte|skickat|skickade)\s+(?:et\s+|ett\s+|en\s+)?(?:tilbud|offert)`,
      // a public tender ("anbudet", "upphandling", "offentligt udbud"), a price given ("har gitt pris på")
      String.raw`anbud(?:et|ene|sfrist|skonkurranse)?`,
      String.raw`upphandling\p{L}*`,
      String.raw`offentligt\s+udbud`,
      String.raw`(?:gitt|givet|gett)\s+(?:dem\s+|dom\s+)?(?:en\s+)?pris\s+på`,
      // a pilot run, a choice between vendors, a comparison with the vendor: "pilotforløb", "vælge mellem", "sammenligner jer med"
      String.raw`pilotforløb\p{L}*|pilotprosjekt\p{L}*|pilotprojekt\p{L}*`,
      String.raw`(?:vælge|velge|välja)\s+mellem|(?:vælge|velge|välja)\s+mellan`,
      String.raw`(?:sammenligner|sammenlikner|jämför)\s+(?:jer|dere|er|os|oss)\s+med`,
    ],
    newIntro: [
      String.raw`(?:første|första)\s+kontakt`,
      // "nyt lead" (Danish neuter), "et helt nyt lead"
      String.raw`(?:ny|nytt|nyt)\s+(?:lead|emne)`,
      String.raw`(?:ikke|inte)\s+(?:kontaktet|kontaktad|kontaktat)`,
      // "ingen demo", "intet møde endnu" (Danish neuter)
      String.raw`(?:ingen|inget|intet)\s+{event}`,
      // "bare en introduktion", "kun et tip", "blot en første introduktion", "hverken møde eller demo"
      String.raw`(?:bare|kun|bara|blot)\s+(?:en\s+|et\s+|ett\s+)?(?:første\s+|första\s+)?(?:introduktion|introduksjon|tip|tips|forvarsel|förvarning)`,
      // "en første introduktion", "en första introduktion"
      String.raw`(?:første|första)\s+(?:introduktion|introduksjon|snak|prat)`,
      // the partner introduces the vendor to the prospect: "introducere jer for", "introdusere dere for"
      String.raw`(?:introducere|introdusere|introducera)\s+(?:jer|dere|er|dig|deg)\s+(?:for|til|för)`,
      String.raw`(?:hverken|verken|varken)\s+{event}`,
      String.raw`(?:lige|akkurat|precis)\s+(?:begyndt|begynt|börjat)`,
      // "vi har inte bokat något möte än", "ingenting er avtalt ennå"
      String.raw`(?:inte|ikke)\s+(?:bokat|booket|avtalt|aftalt)`,
      String.raw`(?:ingenting|intet|inget)\s+(?:er\s+|är\s+)?(?:avtalt|aftalt|bokat|booket|planlagt)`,
      // "i en tidlig fase", "i tidig fas"
      String.raw`tidlig\s+fase`,
      // the partner only introduces: "vi introduserer bare og trekker oss ut"
      String.raw`(?:introduserer|introducerer|introducerar|presenterer|præsenterer)\s+(?:bare|kun|bara|blot)`,
      String.raw`tidig\s+fas`,
      // weighing a change, nothing agreed: "overvejer at skifte", "funderar på att byta", "tenker på å bytte ut"
      String.raw`(?:overvejer|overveier|vurderer|överväger|funderar\s+på|funderer\s+på|tenker\s+på|tænker\s+på)\s+(?:[\p{L}-]+\s+){0,6}?(?:at|å|att)\s+(?:skifte|skifta|bytte|byta|udskifte|erstatte|ersätta|erstatta|skifte\s+ud|bytte\s+ut|byta\s+ut)`,
      // a lead just come in: "ny henvendelse", "kontaktade oss", "förfrågan via hemsidan", "visat intresse"
      String.raw`(?:ny|nytt|nye)\s+(?:kontakt|henvendelse|förfrågan|forespørgsel|forespørsel|prospekt|mulighed|mulighet|möjlighet)`,
      String.raw`(?:henvendte|henvendt|kontaktade|kontaktet|kontaktede|hørte|hörde)\s+(?:sig\s+|seg\s+)?(?:til\s+|av\s+|af\s+)?(?:oss|os)`,
      String.raw`(?:forespørgsel|forespørsel|förfrågan|henvendelse)\s+(?:via|gennem|gjennom|genom|från|fra)\s+(?:vores\s+|vår\s+|vårt\s+)?(?:hjemmeside|hemsida|hemsidan|nettside|nettsiden|webside|website|kontaktformular|kontaktskjema|kontaktformulär|kontaktformuläret)`,
      String.raw`(?:viste|visat|visade|vist|udtrykt|uttrykt|uttryckt|uttryckte)\s+(?:[\p{L}]+\s+)?(?:interesse|intresse)`,
      // early days: "tidligt stadie", "ikke planlagt endnu"
      String.raw`(?:tidlig|tidligt|tidig|tidigt)\s+(?:stadie|stadium|stadiet)`,
      String.raw`(?:ikke|inte|ikkje)\s+(?:planlagt|planerat|planlagd|fastlagt|fastsat)\s+(?:endnu|ennå|enno|än|ännu)`,
      // only a first introduction so far: "kun en første introduktion", "bara en första introduktion"; Icelandic "bara fyrsta kynning"
      String.raw`(?:bare|kun|bara)\s+(?:en\s+|et\s+|ett\s+)?(?:første|första|forste)\s+(?:introduktion|introduksjon|kontakt|præsentation|presentation|presentasjon)`,
      String.raw`(?:bara\s+)?fyrsta\s+kynning`,
      // no meetings agreed yet, the plural noun: "ingen møter avtalt ennå", "inga möten bokade"
      String.raw`(?:ingen|inga)\s+(?:møter|møder|möten)\s+(?:avtalt|aftalt|avtalade|bokade|booket|planlagt|planerade)`,
      // the partner only making the introduction: "vi står kun for introduktionen", "vi gör bara introduktionen", "vi henviser bare"
      String.raw`(?:står|gør|gör|gjør)\s+(?:kun|bare|bara)\s+(?:for\s+)?introduktionen|(?:henviser|hänvisar)\s+(?:bare|kun|bara)`,
      // an introduction only, with a verb between: "bara gjort en introduktion", "kun lavet en introduktion"
      String.raw`(?:bare|kun|bara|blot)\s+(?:gjort|lavet)\s+(?:en\s+|et\s+|ett\s+)?(?:introduktion|introduksjon)`,
      // stepping back after the referral: "træder derefter tilbage", "træder så et skridt tilbage"
      String.raw`træder\s+(?:derefter|så|bagefter)\s+(?:et\s+skridt\s+)?tilbage`,
      // a pure referral, handed over after the introduction: "ren referral", "efter introduktionen", "etter introduksjonen"
      String.raw`ren\s+(?:referral|henvisning)`,
      String.raw`(?:efter|etter)\s+(?:introduktionen|introduksjonen)`,
    ],
    // "møde med Anders næste torsdag", "möte på tisdag"
    discovery: [
      // the verb first: "vi har aftalt et møde med …", "vi har bokat ett möte"
      String.raw`(?:{booked})\s+(?:et|ett|en)\s+(?:første\s+|första\s+|fysisk\s+)?{event}`,
      String.raw`{event}\s+(?:med\s+[\p{L}-]+\s+)?(?:(?:næste|nästa|neste|kommende|på|nu\s+på)\s+)?{day}`,
      // the date after "den": "et møde med Jens den 4. maj", "mötet med Eva den 12/6"
      String.raw`{event}\s+(?:med\s+[\p{L}-]+\s+)?den\s+\d{1,2}(?:\.\s*\d{1,2}\.?|\.\s+\p{L}{3,9}|\/\d{1,2})`,
    ],
    event: [
      // compounds end in the call noun: "introsamtalet", "telefonmødet", "opkaldet"
      String.raw`\p{L}*(?:samtal(?:et)?|samtale(?:n)?|opkald(?:et)?|möte(?:t)?|møde(?:t)?|møte(?:t)?)`,
      "presentasjon",
      "demo",
      "besök",
      "besøg",
      "besøk",
    ],
    booked: [
      "bokat",
      "bokad",
      "inbokat",
      "inbokad",
      "planerad",
      "planerat",
      "booket",
      "aftalt",
      "avtalt",
      "planlagt",
      "berammet",
      String.raw`ligger\s+fast`,
      "spikret",
      "spikat",
      "fastsat",
      "fastsatt",
      "inplanerad",
      "inplanerat",
      "satt opp",
      "sat op",
      "lagt ind",
      "lagt inn",
      "bekræftet",
      "bekreftet",
      "bekräftat",
      "bekräftad",
    ],
    // short forms in terse notes: "møte tors kl 10" (not "ons", Dutch for "us")
    day: [
      "mandag",
      "måndag",
      "tirsdag",
      "tisdag",
      "onsdag",
      "torsdag",
      "fredag",
      "i morgen",
      "imorgon",
      "tors",
      "tirs",
    ],
    thanked: [String.raw`(?:takk|tack|tak)\s+(?:for|för)`],
    // "vi hade ett möte i tisdags", "vi hadde et møte", "mødet fandt sted mandag"
    held: ["hade", "hadde", "havde"],
    heldArticle: ["ett", "en", "et", "vårt", "vores", "første", "första"],
    heldAfter: [String.raw`(?:ägde|äger)\s+rum`, String.raw`(?:fant|fandt)\s+sted`],
    duration: ["minutter", "minuter", "timer", "timmar", "timme", "time"],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [
      "indforstået",
      "innforstått",
      "införstådd",
      "godkendt",
      "godkjent",
      "godkänt",
      "accepteret",
      "akseptert",
      "accepterat",
    ],
    contactWord: [String.raw`kontakt\p{L}*`, "ringe", "ringa", "ringer"],
    permission: [
      String.raw`(?:har\s+)?sagt\s+(?:ok|ja)\s+til(?:l)?\s+(?:att?|å)`,
      // "har gett sitt ok till att …", "har samtykket til at …", "har givet tilladelse til, at …"
      String.raw`(?:gett|gitt|givet|gav|ger|gir|giver)\s+(?:sitt|sit|sin|deres)\s+(?:ok|okay|okej|klartecken|godkännande|godkjenning)`,
      String.raw`(?:samtykket|samtykker|samtykkede|samtyckt|samtycker|samtyckte)\s+(?:til|till|i)\s+(?:att?|å)`,
      String.raw`(?:givet|gitt|gett|gav|giver|gir|ger)\s+(?:os\s+|oss\s+)?(?:tilladelse|tillatelse|tillåtelse|lov)\s+til`,
      // the partner passes the details on as agreed: "som vi kom överens om lämnar jag dina uppgifter till …"
      String.raw`(?:överens|enige)\s+om,?\s+(?:lämnar|ger|skickar|förmedlar|giver|gir|sender)\s+(?:jag|vi|jeg)\s+(?:dina|hans|hennes|era|deras|dine|hendes)\s+(?:kontakt)?(?:uppgifter|oplysninger|opplysninger)`,
      // the vendor named as the one who may call: "… kan gjerne ringe meg"
      String.raw`(?:kan|må|får)\s+(?:gjerne|gerne|gärna)\s+(?:ringe|ringa|kontakte|kontakta)\s+(?:meg|mig|mej|ham|henne|hende|honom)`,
      String.raw`(?:gett|gitt|givet|gav|ger|gir|giver)\s+(?:sitt\s+|sit\s+)?samty(?:cke|kke)`,
      String.raw`(?:ni|dere|I)\s+(?:må|får|kan)\s+(?:gerne\s+|gärna\s+)?(?:kontakte|kontakta|ringe|ringa)`,
      // the prospect asks to be called: "vil gerne kontaktes direkte", "vill gärna bli kontaktad"
      String.raw`(?:vil|vill)\s+(?:gerne|gjerne|gärna)\s+(?:kontaktes|bli\s+kontakt(?:et|ad)|ringes\s+op)`,
      // "kunden ok med kontakt", "godkänt att ni kontaktar"
      // a terse note: "ok m. at I ringer"
      String.raw`(?:ok|okay|enig|positiv)\s+(?:med\s+|m\.\s*)(?:kontakt|at\s+(?:dere|I)|att\s+ni)`,
      // "det går bra att ni ringer henne", "det går fint at dere tar kontakt"
      String.raw`(?:går|gick|gikk)\s+(?:bra|fint)\s+(?:att?|å)\s+(?:[\p{L}]+\s+){0,2}?(?:ringer|kontaktar|kontakter|tar\s+kontakt|hör\s+av)`,
      // the prospect's own words: "ge gärna mina uppgifter till leverantören", "gi mine opplysninger videre"
      String.raw`(?:ge|gi|give|lämna|skicka|sende|send|dela|dele)\s+(?:mina|mine)\s+(?:kontakt)?(?:uppgifter|oplysninger|opplysninger|detaljer)`,
      // asked to be called: "har bedt om at blive ringet op", "har bett om att bli kontaktad"
      String.raw`(?:bedt|bett)\s+om\s+att?\s+(?:blive|bli)\s+(?:kontaktet|kontaktad|ringet|ringt|uppringd)`,
      String.raw`(?:har\s+)?(?:godkänt|godkendt|godkjent)\s+att?\s+(?:ni|I|dere)`,
      // "han ved at I ringer", "hun venter på en telefon", "er indforstået med at I kontakter", "har givet grønt lys"
      // counting on it, told of it: "vi regner med at dere tar kontakt", "hun er informeret om at I ringer"
      String.raw`(?:ved|vet|regner\s+med|räknar\s+med|informert\s+om|informeret\s+om|informerad\s+om)\s+att?\s+(?:I|dere|ni)\s+(?:vil\s+|kommer\s+til\s+at\s+|kommer\s+att\s+|skal\s+|ska\s+)?(?:ringer|ringe|ringa|kontakter|kontakte|kontaktar|kontakta|hører|hör|tar\s+kontakt|tager\s+kontakt)`,
      String.raw`(?:venter|väntar)\s+på\s+(?:et|ett|en|jeres|deres|ert|er)\s+(?:opkald|telefon|samtal|oppringning|anrop)`,
      String.raw`(?:indforstået|innforstått|införstådd|med\s+på)\s+(?:med\s+)?att?\s+(?:I|dere|ni)`,
      String.raw`(?:givet|gitt|gett|gav|gir|giver|ger)\s+(?:os\s+|oss\s+)?(?:grønt\s+lys|grönt\s+ljus|klartecken)`,
      String.raw`(?:glæder|gleder)\s+s[ei]g\s+til\s+(?:at|å)\s+høre\s+fra|ser\s+fram\s+emot\s+att\s+höra\s+(?:av|från)`,
      String.raw`(?:ok|okej|okay|greit|fint)\s+att?\s+(?:ni|I|dere)\s+(?:ringer|kontakter|kontaktar|tar\s+kontakt|hör\s+av|hører\s+fra|hører\s+af)`,
      // "de har bedt om at dere ringer", "… at du tar kontakt"
      String.raw`(?:har\s+)?bedt\s+om\s+at\s+(?:dere|du)\s+(?:[\p{L}]+\s+){0,4}?(?:tar\s+kontakt|ringer|kontakter)`,
      // told and open to it: "er informeret", "är öppen för ett möte", "venter på at høre fra jer"
      String.raw`(?:er|är)\s+(?:allerede\s+|redan\s+|allerede\s+blevet\s+)?(?:informeret|informert|informerad|orienteret|orientert|orienterad)`,
      String.raw`(?:er|är)\s+(?:meget\s+|veldig\s+|mycket\s+)?(?:åben|åpen|öppen)\s+f[oö]r\s+(?:et\s+|ett\s+|en\s+)?(?:\p{L}*møde|\p{L}*møte|\p{L}*möte|samtale|samtal|kontakt|opkald|telefon)`,
      String.raw`(?:venter|väntar)\s+på\s+(?:at\s+|å\s+|att\s+)?(?:høre|höra)\s+(?:fra|från|af)\s+(?:jer|dere|er|dig|deg)`,
      // allowed in so many words: "I må gjerne ringe ham", "ønsker at blive kontaktet", "samtykke foreligger"
      String.raw`(?:ni|dere|du|I)\s+(?:må|får|kan)\s+(?:gerne|gjerne|gärna)\s+(?:[\p{L}]+\s+)?(?:kontakte|kontakta|ringe|ringa|skrive|skriva|maile|mejla)`,
      String.raw`(?:ønsker|önskar|vil\s+gerne|vil\s+gjerne|vill\s+gärna)\s+(?:at\s+|å\s+|att\s+)?(?:blive|bli)\s+(?:kontaktet|kontaktad|ringet\s+op|oppringt|uppringd|ringt)`,
      String.raw`samty(?:kke|cke)(?:t)?\s+(?:er\s+|är\s+|har\s+)?(?:givet|gitt|givits|indhentet|innhentet|inhämtat|lämnat|på\s+plads|på\s+plass|foreligger|finns)`,
      String.raw`kontakt\s+(?:er\s+|är\s+)?(?:ok|okay|okej|i\s+orden|i\s+ordning|godkendt|godkjent|godkänd)(?![\p{L}])`,
      // "ring gerne til ham", "dere kan gjerne ta kontakt med henne"
      String.raw`ring\s+(?:gerne|gjerne|gärna)\s+til\s+(?:ham|hende|henne|dem)`,
      String.raw`(?:kan|kunne)\s+(?:gerne|gjerne|gärna)\s+(?:be\s+[\p{L}]+\s+)?ta\s+kontakt\s+med\s+(?:meg|ham|henne|dem|mig|hende)`,
    ],
    prohibition: [
      String.raw`(?:ikke|inte)\s+(?:ta|tage)\s+kontakt`,
      String.raw`(?:vennligst|venligst)\s+ikke`,
      // not asked or settled yet, not to be called, "I'll settle it with him before you call", no contact yet
      String.raw`(?:ikke|inte)\s+(?:[\p{L}]+\s+)?(?:spurgt|spurt|frågat)\s+(?:ham|hende|henne|honom|dem|dom|kunden|[\p{L}]+\s+(?:endnu|ennå|än|ännu|om))`,
      String.raw`(?:ikke|inte)\s+(?:afstemt|avklart|stämt\s+av)\s+med`,
      String.raw`(?:ikke|inte)\s+(?:at\s+|å\s+)?(?:blive|bli)\s+(?:ringet|ringt|uppringd|kontaktet|kontaktad)`,
      String.raw`(?:før|innan)\s+(?:I|dere|ni)\s+(?:tager|tar)\s+kontakt`,
      String.raw`(?:afstemmer|avklarer|stämmer\s+av|tjekker|sjekker|kollar)\s+(?:det\s+)?med\s+(?:ham|hende|henne|honom|dem|dom)`,
      String.raw`ingen\s+kontakt\s+(?:än|ännu|endnu|ennå|foreløpig|for nu)`,
      // "har ikke givet tilsagn", "har inte gett sitt samtycke": no yes given yet
      String.raw`(?:ikke|inte)\s+(?:givet|gitt|gett)\s+(?:sit\s+|sitt\s+)?(?:tilsagn|samtykke|samtycke|tillatelse|tillstånd)`,
      String.raw`(?:kontakta|kontakte|ring|ringa|ringe)\s+(?:henne|honom|ham|hende|dem)\s+(?:inte|ikke)`,
      // not told or asked yet, wait for my word: "er endnu ikke informeret", "vent med at ringe", "samtykke mangler"
      String.raw`(?:er|är)\s+(?:endnu\s+|ennå\s+|ännu\s+)?(?:ikke|inte|ikkje)\s+(?:[\p{L}]+\s+)?(?:informeret|informert|informerad|orienteret|orientert|orienterad|spurgt|spurt|tillfrågad)`,
      String.raw`(?:vent|vänta|venter|väntar)\s+(?:gerne\s+|gjerne\s+|gärna\s+|lige\s+|litt\s+|lite\s+)?med\s+(?:at\s+|å\s+|att\s+)?(?:kontakte|kontakta|ringe|ringa|ta\s+kontakt|tage\s+kontakt)`,
      String.raw`(?:vent|vänta)\s+(?:[\p{L}]+\s+)?(?:til|till|tills|indtil|inntil)\s+(?:jeg|jag|vi)`,
      String.raw`kontakt(?:en)?\s+(?:[\p{L}]+\s+)?(?:kun|bare|bara|endast)\s+(?:via|gennem|gjennom|genom)\s+(?:os|oss|mig|meg|mej)`,
      String.raw`(?:ikke|inte|ikkje)\s+(?:kontakte|kontakta|ringe|ringa)\s+(?:[\p{L}]+\s+){0,2}?direkte?`,
      String.raw`samty(?:kke|cke)(?:t)?\s+(?:[\p{L}]+\s+){0,2}?(?:mangler|saknas|ikke\s+(?:indhentet|innhentet|givet|gitt)|inte\s+(?:inhämtat|givet|lämnat))`,
    ],
  },
  motion: {
    resale: [
      // the partner buying the licences itself: "vi köper in licenserna", "vi køber licenserne"
      String.raw`vi\s+(?:köper|køber|kjøper)\s+(?:in\s+|inn\s+|ind\s+)?(?:licens|lisens)\p{L}*`,
      String.raw`videresalg`,
      String.raw`återförsäljare`,
      String.raw`forhandler`,
      String.raw`videreforhandler`,
      String.raw`videresælg\p{L}*`,
      String.raw`videreselg\p{L}*`,
      // "vi säljer vidare", "typ: återförsäljning"
      String.raw`(?:säljer|sælger|selger)\s+(?:[\p{L}]+\s+){0,2}?(?:vidare|videre)`,
      String.raw`återförsäljning`,
      // "vi selger lisens", "vi sælger licenserne"
      String.raw`(?:selger|sælger|säljer)\s+(?:(?:en|ei|et|de|dei)\s+)?(?:lisens|licens)\p{L}*`,
      // the bill goes through the partner: "vi fakturerer kunden", "faktureringen går via os", "på vores papir"
      String.raw`vi\s+(?:fakturerer|fakturerar)\s+(?:kunden|slutkunden|licens\p{L}*|lisens\p{L}*)`,
      String.raw`(?:fakturering(?:en)?|faktura(?:en)?|köp(?:et)?|køb(?:et)?|kjøp(?:et)?|licens(?:erne|erna)?|lisens(?:ene)?)\s+(?:går|sker|skjer|løber|løper)\s+(?:[\p{L}]+\s+){0,2}?(?:via|gennem|gjennom|genom)\s+(?:os|oss)`,
      String.raw`vi\s+(?:køber|kjøper|köper)\s+(?:[\p{L}]+\s+){0,3}?(?:hos|av|af|från|fra)\s+(?:jer|dere|er)`,
      String.raw`på\s+(?:vores|vårt|vårat|vår)\s+(?:papir|papper)`,
    ],
    // "ren henvisning", "vi træder så tilbage", "trekker oss tilbake", "kliver åt sidan"
    referral: [
      String.raw`henvisning|hänvisning`,
      // "en ren referens", "endast en referens"
      String.raw`(?:ren|enbart|endast)\s+(?:en\s+)?referens`,
      String.raw`(?:træder|trekker|trækker)\s+(?:[\p{L}]+\s+){0,2}?tilba(?:ge|ke)`,
      String.raw`kliver\s+(?:[\p{L}]+\s+){0,2}?åt\s+sidan`,
      // "vi trekker oss så ut", "vi introduserer bare"
      String.raw`(?:trekker|trækker)\s+(?:oss|os)\s+(?:så\s+|deretter\s+|derefter\s+)?(?:ut|ud)`,
      String.raw`(?:introduserer|introducerer)\s+bare|bare\s+(?:introduserer|introducerer)`,
      // Swedish "vi introducerar bara", "vi presenterar bara kunden"
      String.raw`(?:introducerar|presenterar)\s+bara|bara\s+(?:introducerar|presenterar)`,
      // "vi står kun for introduktionen", "jag är bara tipsare"
      String.raw`(?:kun|bare|blot|bara)\s+(?:for\s+)?(?:introduktionen|introduksjonen)`,
      String.raw`(?:bara|kun|bare)\s+tipsare`,
      // "bara ett tips från vår sida", "vi tar inget uppdrag i affären"
      String.raw`(?:bara|kun|bare)\s+(?:ett|et|en)\s+tips?`,
      String.raw`(?:tar|tager)\s+(?:inget|intet|ikke\s+noget)\s+uppdrag`,
      // no delivery by the partner, the negation being the point: "ingen leverans från vår sida",
      // Danish and Norwegian "ingen levering fra vores/vår side"
      String.raw`ingen\s+(?:leverans|levering|implementering)\s+(?:från|fra)\s+(?:vår|vores|min|mi)\s+(?:sida|side)`,
      // "vi henviser bare kunden"
      String.raw`henviser`,
      // Danish "henvise" (refer) and "introducere jer for" (introduce you to), Swedish "som ett tips"
      String.raw`henvise`,
      String.raw`introducere\s+(?:jer|dere|dig|deg)\s+for`,
      String.raw`som\s+(?:ett\s+|et\s+)?tips`,
      // out of the sale, the negation being the point: "vi deltager ikke i salget", "deltar inte i försäljningen"
      String.raw`(?:deltager|deltar|deltek)\s+(?:ikke|inte)\s+(?:selv\s+|själva\s+)?i\s+(?:salget|salg|försäljningen|implementeringen)`,
      // the vendor bills and takes over: "I fakturerer direkte", "avtalen tecknas direkt med er", "dere tar det videre herfra"
      String.raw`(?:I|dere|ni|du)\s+(?:fakturerer|fakturerar)\s+(?:[\p{L}]+\s+){0,2}?direkte?`,
      String.raw`(?:aftale(?:n)?|avtale(?:n)?|avtal(?:et)?|kontrakt(?:en)?|fakturering(?:en)?)\s+(?:[\p{L}]+\s+){0,3}?direkte?\s+(?:med|mellem|mellom|mellan)\s+(?:jer|dere|er|dig|deg)`,
      String.raw`(?:køber|kjøper|köper)\s+(?:[\p{L}]+\s+){0,2}?direkte?\s+(?:hos|av|af|från|fra)\s+(?:jer|dere|er)`,
      String.raw`(?:I|dere|ni)\s+(?:tager|tar)\s+(?:den|det|over|över|sagen|saken)\s+(?:videre|vidare|herfra|härifrån|herifra|därifrån|derfra)`,
      // a finder's fee, passing on the contact only: "henvisningsprovision", "vi formidler kun kontakten"
      String.raw`(?:henvisnings|hänvisnings|formidlings|förmedlings|tips|lead)(?:provision|provisjon|honorar|gebyr|avgift|ersättning|bonus)`,
      String.raw`(?:formidler|förmedlar|formidlar)\s+(?:kun|bare|bara|blot|endast)|(?:kun|bare|bara|blot|endast)\s+(?:formidler|förmedlar)`,
      String.raw`(?:anbefaler|anbefalt|anbefalet|rekommenderar|rekommenderat)\s+(?:jer|dere|er|dig|deg)`,
    ],
    // "vi drifter", "stå for driften": the partner runs it
    services: [
      String.raw`implementering(?:en)?`,
      String.raw`vi\s+drifter`,
      String.raw`(?:stå|står|ta|tar)\s+(?:for\s+)?driften`,
      // "vi levererar implementation och integration", "gör införandet"
      String.raw`(?:levererar|leverer|leverar)\s+(?:[\p{L}]+\s+)?(?:implementation|implementering|integration|integrasjon|införande)`,
      String.raw`införandet`,
      // "vi monterer sensorerne", "vi står for support bagefter"
      String.raw`vi\s+(?:monterer|monterar|installerer|installerar)`,
      String.raw`(?:står|stå)\s+for\s+(?:support|supporten|installationen|installasjonen|implementeringen)`,
      // Swedish "vi sköter driftsättningen", "tar hand om utbildningen och supporten"
      String.raw`(?:sköter|sköta|tar\s+hand\s+om)\s+(?:[\p{L}]+\s+){0,2}?(?:installation\p{L}*|implementering\p{L}*|införande\p{L}*|driftsättning\p{L}*|support\p{L}*|utbildning\p{L}*)`,
      // "vi står för installationen", "tager os af opsætningen", "implementeringspartner"
      String.raw`(?:(?:står|stå)\s+f[oö]r|tager\s+os\s+af|tar\s+oss\s+av)\s+(?:[\p{L}]+\s+)?(?:implementering\p{L}*|installation\p{L}*|installasjon\p{L}*|opsætning\p{L}*|oppsett\p{L}*|uppsättning\p{L}*|konfiguration\p{L}*|konfigurasjon\p{L}*|integration\p{L}*|integrasjon\p{L}*|uddannelse\p{L}*|opplæring\p{L}*|utbildning\p{L}*|undervisning\p{L}*)`,
      String.raw`(?:implementerings|integrations|integrasjons|service|drifts)partner`,
    ],
    // the partner's own product wired to the vendor's: "vi integrerer vores terminaler med …"
    technology: [
      String.raw`(?:integrerer|integrerar)\s+(?:vores|våre|vår|vårt|våra|vårat)`,
      // "integration med vores bookingsystem", "teknologipartner"
      String.raw`(?:integration|integrasjon|integrering|kobling|kopling|koppling)\s+(?:med|mot|til|till)\s+(?:vores|vårt|vår|vårat|våra|vore)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:system|platform|plattform|produkt|software|app|løsning|lösning)`,
      String.raw`teknologipartner\p{L}*`,
    ],
  },
  money: {
    near: [
      "værdi",
      "verdi",
      "värde",
      "beløb",
      "beløp",
      "belopp",
      "budsjett",
      String.raw`(?:om|i|per|pr\.?) året`,
      String.raw`(?:per|pr\.?) år`,
      String.raw`årlig\w*`,
      String.raw`\/\s?år`,
      "værd",
      "verdt",
      "värd",
    ],
    other: [
      "omsætning",
      "omsetning",
      String.raw`omsætte\w*`,
      String.raw`omsette\w*`,
      String.raw`omsätte\w*`,
      "omsättning",
      "kostede",
      "kostade",
      "brugt",
      "brukt",
    ],
    monthly: [String.raw`(?:om|i|per|pr\.?) måned(?:en)?`, "(?:per|i) månad(?:en)?", String.raw`\/\s?(?:md|mnd|mån)`],
    price: [String.raw`licens\w*`, "abonnement", "abonnemang"],
    between: ["mellem", "mellom", "mellan", "fra", "från"],
  },
  competitorBefore: [
    // the word and a colon inside a sentence: "… demo bokad. Konkurrent: X."
    String.raw`konkurren(?:t|ter|ten|terne|terna)\s*:\s*`,
    String.raw`(?:ser|kigger|tittar)\s+(?:også|också|även)\s+(?:på\s+)?`,
    // Danish "har også set på X", Norwegian "har sett litt på X"
    String.raw`(?:har\s+)?(?:(?:også|òg|också|även)\s+)?(?:tittat|kigget|sett|set)\s+(?:(?:litt|lidt|lite)\s+)?på\s+`,
    // "att de tittar på X"
    String.raw`(?:tittar|kigger)\s+på\s+`,
    String.raw`(?:bruker|bruger|använder)\s+(?:(?:i\s+dag|idag|nu|allerede|redan)\s+)?`,
    String.raw`(?:jämför|jämföra|sammenligner|sammenlikner)\s+(?:\S+\s+){0,2}?med\s+`,
    String.raw`(?:jämför|jämföra|sammenligner|sammenlikner)\s+(?:\S+\s+){0,2}?mot\s+`,
    // "tilbud fra os og fra X": the offers from us and from a rival
    String.raw`(?:offert|tilbud|tilbod)\s+(?:från|fra)\s+(?:(?:os|oss)\s+(?:og|och)\s+(?:fra\s+|från\s+)?)?`,
    String.raw`(?:erstatte|ersätta|erstatter|ersätter)\s+`,
    // "de vurderer også X"
    String.raw`vurderer\s+(?:også|òg)\s+`,
    // the system run today: "de kör X idag", "de kjører X i dag"
    String.raw`(?:kör|kjører|kører)\s+(?={names}\s+(?:i\s*dag|nu|nå)(?![\p{L}]))`,
    // the adverb first: "de kör idag X", "de kjører nå X"
    String.raw`(?:kör|kjører|kører)\s+(?:i\s*dag|nu|nå)\s+`,
  ],
  competitorNone: [String.raw`ingen\s+konkurren(?:ce|ter|ser|s|ter|anse)\w*`],
  productBefore: [
    String.raw`interesse(?:ret)?\s+(?:i|for)`,
    String.raw`intresserad\w*\s+av`,
    String.raw`(?:prov|test|pilot)\s+(?:av|med)`,
  ],
  competitorAfter: [String.raw`(?:används|brukes|bruges)\s+(?:idag|i\s+dag|allerede|redan)`],
  problem: {
    strong: [
      // a binder or a board: "i pärmar", "på en tavle"; no overview: "ingen oversikt", "ingen överblick"
      String.raw`pärm(?:ar|en|arna)?`,
      String.raw`på\s+(?:en\s+)?tavl(?:e|en|a)`,
      String.raw`ingen\s+(?:oversikt|överblick|overblik)`,
      String.raw`manuelt`,
      String.raw`manuellt`,
      String.raw`for hånd`,
      String.raw`för hand`,
      String.raw`i hånden`,
      String.raw`på papir`,
      String.raw`på papper`,
      String.raw`papir\w*`,
      // Swedish compounds: "papperskalender", "pappersblanketter"
      String.raw`pappers\p{L}*`,
      String.raw`excel\p{L}*`,
      // "de sliter med …", "de kämpar med …": they struggle with
      String.raw`slit(?:er|ar)`,
      String.raw`kämpar`,
      // nothing in place, nobody doing it: "ingen backup af …", "ingen følger opp …"
      String.raw`ingen (?:backup|sikkerhedskopi|følger|vet|ved|veit)`,
      String.raw`regneark`,
      String.raw`kalkylblad`,
      String.raw`intet overblik`,
      // time the process eats, the same work over tools: "bruger mange timer på", "i tre forskellige systemer"
      String.raw`(?:bruger|bruker|lägger|använder)\s+(?:meget|mye|mycket|mange|många|flere|\d+)\s+(?:tid|timer|timmar)`,
      String.raw`(?:forskellige|forskjellige|olika)\s+(?:systemer|system|programmer|program)`,
      String.raw`ingen översikt`,
    ],
    // a means of talking as the process: "bokninger per telefon", "via Messenger"; "jeg talte med hende i telefonen"
    // is the partner's talk
    channel: [
      String.raw`telefonisk`,
      String.raw`(?:per|på|via|over)\s+telefon(?:en)?`,
      String.raw`(?:per|på|via|over)\s+(?:sms|messenger|facebook|instagram)`,
    ],
    talked: [
      "talte",
      "snakket",
      "snakkede",
      "pratade",
      "pratet",
      "ringde",
      "ringte",
      "ringede",
      "aftalte",
      "avtalte",
      "avtalade",
    ],
    weak: [
      // the way things are done today: "lagret styres i dag fra et regneark", "kassan sköts i dag för hand"
      String.raw`(?:bruger|bruker|använder|anvender|sköts|skøtes|styres|styrs|fører|laver|lager|gör|gjør|gør)\s+i\s?dag`,
      String.raw`ønsker`,
      String.raw`önskar`,
      String.raw`vil gerne`,
      // "vil have", "vill ha", "skal have", "ska ha": want, need
      String.raw`(?:vil|vill|skal|ska) ha(?:ve)?`,
      // Swedish "vill" (wants) before any verb ("vill testa", "vill byta"); Danish and Norwegian "vil" is also "will"
      String.raw`vill`,
      String.raw`trenger`,
      String.raw`behöver`,
      // an obligation the prospect is under: "kunderna kräver spårbarhet", "myndigheten krever logg"
      String.raw`kräver`,
      String.raw`krever`,
      String.raw`behøver`,
      String.raw`har brug for`,
      String.raw`söker`,
      String.raw`automatiser\w*`,
    ],
    // an interest named ("interesseret i …", "intresserade av …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`interesse(?:ret|rt|rte)\s+i`, String.raw`intresserad[e]?\s+av`],
  },
  placeBefore: [
    String.raw`baseret i`,
    String.raw`baserad i`,
    String.raw`basert i`,
    String.raw`i`,
    String.raw`i hela`,
    String.raw`i hele`,
  ],
  // "levererar i hela Dalarna", "over hele Fyn"
  coverBefore: [String.raw`i hela`, String.raw`i hele`, String.raw`över hela`, String.raw`over hele`],
  // "19 værelser på Ærø", "4 restauranger på Costa del Sol": islands and coasts take "på"
  sizePlaceBefore: ["i", "på"],
  placeFor: ["for", "för"],
  rolloutWord: ["utrulning", "udrulning", "marked", "marknad", "projekt", "prosjekt"],
  phoneExtension: ["lokal", "ankn."],
  regionWord: [String.raw`region`, String.raw`län`, String.raw`fylke`],
};
