// Spanish label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  legalName: ["razón social"],
  company: [
    // institutions named by their kind: a school, a university, a public body, a cooperative
    "institución",
    "universidad",
    "colegio",
    "escuela",
    "cooperativa",
    "entidad",
    "empresa",
    "nombre de la empresa",
    "compañía",
    "organización",
    "cliente final",
    "cliente",
    "nombre del cliente",
    // an association, a federation, the club's name
    "asociación",
    "federación",
    "nombre del club",
  ],
  website: ["sitio web", "página web", "web de la empresa"],
  contactName: [
    "contacto",
    "persona de contacto",
    "nombre",
    "nombre del contacto",
    "interlocutor",
    "nombre y apellidos",
  ],
  familyName: ["apellido", "apellidos"],
  role: ["cargo", "puesto", "función"],
  email: ["correo", "correo electrónico", "dirección de correo"],
  // with the Catalan forms partners in Catalonia write ("Telèfon", "Mòbil")
  phone: ["teléfono", "móvil", "celular", "cel", "tfno", "telf", "tlf. móvil", "telèfon", "mòbil"],
  stage: ["etapa", "estado", "situación"],
  value: ["presupuesto", "valor", "valor estimado", "importe", "monto", "volumen"],
  // the singular heads a tracker's column of one rival ("Competidor")
  incumbent: ["sistema actual", "solución actual", "software actual"],
  // Catalan "Competidors: X"
  // the verb as a label too: "Compiten: X y Y"
  competitors: ["competidores", "competencia", "competidor", "competidors", "compiten", "compite con", "compiten con"],
  need: [
    "necesidad",
    "necesidades",
    "problema",
    "contexto",
    "comentarios",
    "comentario",
    "observaciones",
    "notas",
    "reto",
    "descripción",
    // "La problemática: …" (the problem as a whole), "Alcance: …" (what the project covers, as English "Scope")
    "problemática",
    "la problemática",
    "alcance",
    // why the prospect wants to change ("Motivo del cambio: …")
    "motivo del cambio",
  ],
  region: ["región", "país", "ciudad", "ubicación", "zona"],
  consent: [
    "consentimiento",
    "autoriza contacto",
    "contacto autorizado",
    "permiso de contacto",
    "autorización de contacto",
  ],
  motion: ["tipo de partner", "tipo de oportunidad", "modelo de venta"],
  // also the modules (plural), as a list of them is labelled
  product: ["producto", "productos", "módulo", "interés", "módulos"],
  currency: ["moneda", "divisa"],
};

/** Pasar el tema a un colega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:será|sera) (?:su|vuestro|tu) (?:nuevo )?(?:contacto|interlocutor)`,
  String.raw`traspaso|paso el tema`,
  String.raw`(?:traten|tratad|hablen|hablad) directamente con`,
  // "el proyecto lo llevará Pedro", "de esto se encarga Ana", "coordinen con ella la visita"
  String.raw`\b(?:lo|la) (?:lleva|llevará|va a llevar)(?![\p{L}])`,
  // "ella lleva el tema", "quien va a llevar el proyecto"
  String.raw`(?<![\p{L}])(?:ella|él|quien) (?:lleva|llevará|va a llevar) (?:el|este|ese) (?:tema|proyecto|asunto)`,
  String.raw`\bse encarga(?:rá)?(?![\p{L}])`,
  String.raw`\bcoordin(?:en|ad|e|ar) con (?:ella|él|el)(?![\p{L}])`,
];
export const staying: readonly string[] = [
  String.raw`sigo siendo (?:su |vuestro )?(?:contacto|interlocutor)`,
  // the writer takes the matter themself: "yo asumo el proyecto", "quedo como su contacto"
  String.raw`(?<![\p{L}])(?:yo )?asumo (?:el|la|este|esta)(?![\p{L}])`,
  String.raw`(?:quedo como|seré) (?:su |vuestro |tu )?(?:nuevo )?(?:contacto|interlocutor)`,
];

export const cues: CueTable = {
  // the prospect's details still to come: "el mail del gerente más tarde", "la web aún pendiente"
  detailsLater: {
    detail: [
      String.raw`e-?mail`,
      String.raw`correo(?: electrónico)?`,
      "mail",
      String.raw`(?:página|sitio) web`,
      "datos de contacto",
      "nombre del contacto",
    ],
    later: [
      "mañana",
      "más tarde",
      "luego",
      "todavía no",
      "aún no",
      "pendiente",
      String.raw`en cuanto (?:lo|los|la|las) tenga`,
    ],
  },
  problemNoun: [String.raw`problemas?`, String.raw`retos?`],
  comparisonWord: [String.raw`compar\p{L}*`, "lista corta", String.raw`licitaci\p{L}*`],
  serviceWork: [
    "implementación",
    "implantación",
    "integración",
    "capacitación",
    "formación",
    "configuración",
    "carga inicial",
    "acompañamiento",
    "puesta en marcha",
    "migración",
  ],
  partnerSubject: ["nosotros", "nuestro equipo"],
  otherSubject: ["ellos", "ella", "el cliente"],
  serviceLabel: [
    String.raw`nuestro rol`,
    String.raw`rol de [\p{L}-]+`,
    "servicios",
    // "Alcance de Acme: implementación y formación", "Nuestro alcance: …"
    String.raw`alcance de [\p{L}-]+`,
    String.raw`nuestro alcance`,
  ],
  registeredBefore: [String.raw`registré`, String.raw`(?:envi[ée]|mand[ée]) el registro`, String.raw`di de alta`],
  // "Factura n.º …"
  invoiceNoun: ["factura"],
  registering: [
    // "dar de alta" is to enter someone in a register: "te lo doy de alta", "da de alta porfa"
    String.raw`(?:dar|da|den|dé|doy|damos|dad) de alta`,
    String.raw`alta de (?:lead|cliente|oportunidad|prospecto)`,
    String.raw`referid[oa]s?`,
    String.raw`recomendaci[óo]n de cliente`,
    // "os refiero a …", "os presento a …", "Cliente potencial", "Registro a nombre de …"
    String.raw`(?:os|les|te) (?:refiero|presento|paso|recomiendo)`,
    String.raw`cliente potencial`,
    String.raw`(?:nueva|nuevo) (?:oportunidad|lead|cliente|prospecto|registro)`,
    String.raw`registr(?:amos|ad|en|ar)`,
    String.raw`registro (?:a nombre|para|de (?:la |una )?(?:oportunidad|cliente|lead))`,
    String.raw`cliente\s*:`,
    // "note this one down for us": "apuntad esta", "apúntame este", "anotad otra"
    String.raw`(?:[aá]p[uú]nt|an[oó]t)(?:ad|a|ar)(?:me|nos)? (?:esta|este|otra|otro)`,
  ],
  negationBefore: ["no", "sin", "nunca", "ningún", "ninguna", "ni", "nada"],
  negationAfter: ["todavía no", "aún no", "pendiente"],
  conditional: ["cuando", "una vez que", "después"],
  yes: ["sí", "si", "de acuerdo", "concedido", "otorgado", "autorizado", "ok", "autorizada", "confirmado", "obtenido"],
  no: ["todavía no", "aún no", "no", "pendiente", "denegado", "por confirmar", "sin preguntar"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    evaluation: [
      // offers compared, the proposal stage: "comparan nuestra oferta", "etapa de propuesta"
      String.raw`comparan?\s+(?:nuestra|nuestras|la|las|su|sus)\s+(?:ofertas?|propuestas?)`,
      String.raw`(?:etapa|fase)\s+de\s+propuesta`,
      // an offer wanted, asked for or weighed: "quieren nuestra oferta", "están pidiendo precio", "valorando el presupuesto"
      String.raw`(?:quieren|quiere|necesitan|necesitamos|necesita|piden|pide|pidiendo|esperan|espera)\s+(?:nuestra\s+|la\s+|una\s+|vuestra\s+|su\s+)?(?:propuesta|oferta|cotizaci[óo]n|precio)(?![\p{L}])`,
      String.raw`valorando\s+(?:el|la|nuestr[ao]|vuestr[ao])\s+(?:presupuesto|propuesta|oferta|cotizaci[óo]n)`,
      // options weighed, our offer in their hands: "valorando dos alternativas", "ya tienen nuestra propuesta"
      String.raw`valorando\s+(?:[\p{L}]+\s+)?(?:soluciones|opciones|alternativas|proveedores|ofertas|propuestas)`,
      String.raw`tienen\s+(?:ya\s+)?(?:nuestra|la)\s+(?:propuesta|oferta|cotizaci[óo]n)`,
      String.raw`periodo de prueba`,
      // a trial started or wanted, a proof of concept: "quieren empezar una prueba", "prueba de concepto"
      String.raw`(?:hacer|haga|hacemos|empezar|iniciar|arrancar)\s+una\s+prueba`,
      String.raw`prueba\s+de\s+concepto`,
      String.raw`en prueba`,
      String.raw`piloto`,
      String.raw`evaluaci[óo]n`,
      String.raw`evaluando`,
      String.raw`(?:propuesta|oferta|cotizaci[óo]n|presupuesto)\s+(?:solicitad[ao]|enviad[ao]|en preparaci[óo]n|pedid[ao])`,
      String.raw`comparando\s+(?:ofertas|proveedores|soluciones|propuestas)`,
      String.raw`licitaci[óo]n`,
      // "presupuesto aprobado", "en la lista corta", "un concurso abierto", "nos han pedido propuesta"
      String.raw`presupuesto\s+(?:ya\s+)?aprobado`,
      String.raw`lista\s+corta`,
      String.raw`concurso`,
      String.raw`(?:enviamos|mandamos|enviado|mandado)\s+(?:una\s+|la\s+|nuestra\s+)?(?:cotizaci[óo]n|propuesta|oferta)`,
      String.raw`(?:nos\s+)?(?:han|ha)\s+pedido\s+(?:una\s+)?(?:propuesta|oferta|cotizaci[óo]n|presupuesto)`,
      // "ya les hemos pasado una propuesta", "están comparando con …", "la prueba ya está montada"
      String.raw`(?:hemos|han)\s+(?:pasado|enviado|mandado|presentado)\s+(?:una\s+|la\s+|nuestra\s+)?(?:propuesta|oferta|cotizaci[óo]n|presupuesto)`,
      String.raw`(?:están|estan|está)\s+comparando`,
      // the offer as the object joined to the verb: "están comparándola con X", "comparándolas con otras"
      String.raw`compar[áa]ndol[ao]s?\s+con`,
      // a quote asked for ("presupuesto" is the quote in Spain after a verb of asking; "tienen presupuesto" is a budget)
      String.raw`(?:pidiendo|piden|pide|pidieron|pidió|pidio|solicitan|solicitaron)\s+(?:un\s+|el\s+|nuestro\s+)?presupuesto`,
      String.raw`prueba\s+(?:montada|en marcha|activa|iniciada|arrancada)`,
      String.raw`avanzar\s+con\s+(?:una|la|el)\s+(?:propuesta|oferta|cotizaci[óo]n|presupuesto)`,
      // a quote received or under review, asked for in writing: "cotización recibida", "solicitud de presupuesto", "pliego"
      String.raw`(?:cotizaci[óo]n|propuesta|oferta|presupuesto)\s+(?:[\p{L}]+\s+){0,3}?(?:recibid[ao]|entregad[ao]|presentad[ao]|en\s+revisi[óo]n|en\s+an[áa]lisis)`,
      String.raw`solicitud\s+de\s+(?:cotizaci[óo]n|propuesta|presupuesto|oferta)|pliego\s+de\s+condiciones|pliegos`,
      // a trial by its other names: "versión de prueba", "cuenta demo", "están probando la plataforma"
      String.raw`(?:versi[óo]n|licencia|cuenta|acceso|entorno|fase)\s+(?:de\s+)?(?:prueba|demo|evaluaci[óo]n|test)`,
      String.raw`(?:están|estan|está|esta)\s+probando\s+(?:[\p{L}]+\s+){0,2}?(?:soluci[óo]n|software|producto|plataforma|m[óo]dulo|herramienta|sistema)`,
      // choosing among several, negotiating, budget assigned: "en proceso de selección", "presupuesto asignado"
      String.raw`(?:comparando|analizando|revisando)\s+(?:varias|distintas|diferentes|otras)\s+(?:opciones|soluciones|propuestas|ofertas|alternativas|herramientas)`,
      String.raw`en\s+(?:fase\s+de\s+|proceso\s+de\s+)?(?:negociaci[óo]n|selecci[óo]n)`,
      String.raw`presupuesto\s+(?:ya\s+)?(?:asignado|autorizado|reservado|liberado)`,
      // a free trial: "prueba gratis de 14 días", "la prueba gratuita activa"
      String.raw`prueba\s+(?:gratis|gratuita)`,
    ],
    newIntro: [
      String.raw`primer\s+contacto`,
      // "de momento solo es una presentación", "fase de idea", "un aviso de lead", "le mencioné vuestro producto"
      // "solo presentación", "sólo una primera presentación", "simplemente os los presentamos"
      String.raw`(?:solo|sólo)\s+(?:es\s+)?(?:una\s+)?(?:primera\s+)?presentaci[óo]n`,
      String.raw`(?:simplemente|solo|sólo|solamente|únicamente)\s+(?:os|les|te)\s+(?:l[oa]s?\s+)?presentamos`,
      String.raw`(?:todavía|aún)\s+no\s+hay\s+{event}`,
      // met at an event: "la persona con la que hablé en la feria de …"
      String.raw`(?:hablé|hablamos|conocí|conocimos)\s+(?:[^.!?\n]{0,40}?\s)?en\s+(?:la|el)\s+(?:feria|congreso|evento|jornada|conferencia)`,
      String.raw`fase\s+de\s+idea`,
      String.raw`aviso\s+de\s+lead`,
      String.raw`(?:es\s+)?un\s+referido|(?:solamente|solo|sólo)\s+(?:l[oa]s?\s+)?recomiendo`,
      // the partner only introduces: "solo hago la presentación", "nosotros solo referimos"
      String.raw`(?:solo|sólo|solamente|únicamente|nomás)\s+(?:(?:hago|hacemos)\s+(?:la\s+)?(?:presentaci[óo]n|introducci[óo]n)|(?:l[oa]s?\s+)?(?:refier[oe]|refer(?:imos|ido)|presentamos))`,
      String.raw`mencion[ée]\s+(?:vuestro|nuestro|su|el)\s+producto`,
      String.raw`no\s+hemos\s+hablado\s+en\s+serio`,
      String.raw`presentaci[óo]n\s+inicial`,
      String.raw`(?:todavía\s+|aún\s+)?sin\s+{event}`,
      String.raw`nada\s+(?:agendado|programado|concretado)(?:\s+todavía|\s+aún)?`,
      String.raw`(?:l[eoa]s?\s+)llamar(?:éis|[áa]n|emos)`,
      // weighing a change, nothing agreed: "están pensando en cambiar de sistema", "se plantean sustituir"
      String.raw`(?:pensando|piensan|piensa|considerando|consideran|planteándose|plantean|plantea)\s+(?:en\s+)?(?:[\p{L}]+\s+)?(?:cambiar|sustituir|reemplazar|migrar|pasarse|dejar)`,
      // a lead just come in: "nuevo contacto", "nos contactaron", "consulta desde la web", "mostró interés"
      String.raw`nuev[oa]\s+(?:lead|contacto|oportunidad|prospecto|solicitud|cliente\s+potencial)`,
      // the adjective after the noun: "lead nuevo", "un lead rápido"
      String.raw`lead\s+(?:nuevo|r[áa]pido)`,
      String.raw`(?:nos|me)\s+(?:contact[óo]|contactaron|escribi[óo]|escribieron)`,
      String.raw`(?:solicitud|consulta)\s+(?:[\p{L}]+\s+)?(?:a\s+trav[ée]s\s+de|v[ií]a|por|desde)\s+(?:la\s+|nuestra\s+)?(?:web|p[áa]gina|formulario)`,
      String.raw`(?:mostr[óo]|mostraron|manifest[óo]|manifestaron|ha\s+mostrado|han\s+mostrado|ha\s+manifestado|han\s+manifestado)\s+(?:mucho\s+|gran\s+|cierto\s+|su\s+)?inter[ée]s`,
      // early days, nothing fixed: "fase inicial", "todavía no hemos agendado"
      String.raw`(?:fase|etapa)\s+(?:inicial|temprana|exploratoria|preliminar)`,
      String.raw`(?:todav[ií]a|a[úu]n)\s+no\s+(?:hemos\s+|han\s+|se\s+ha\s+)?(?:agendad|programad|fijad|concretad)\p{L}*`,
      // only a first approach or the introduction so far: "apenas es un primer acercamiento", "por ahora es solo la
      // presentación", "solo una primera toma de contacto"; Catalan "només una primera presentació"
      String.raw`(?:un\s+)?primer\s+acercamiento`,
      // (not "no solo la presentación, también …": the partner does more)
      String.raw`(?<!(?:^|\s)no\s+)(?:solo|sólo|solamente|únicamente|apenas)\s+(?:es\s+)?(?:la|una)\s+(?:primera\s+)?(?:presentaci[óo]n|introducci[óo]n|toma\s+de\s+contacto|referencia|recomendaci[óo]n)`,
      String.raw`(?:només|nomes)\s+(?:és\s+)?(?:una\s+)?(?:primera\s+)?(?:presentació|introducció)`,
      // no date for the meeting yet: "todavía sin fecha de demo", "aún no hay fecha para la reunión"
      String.raw`(?:todav[ií]a\s+|a[úu]n\s+)?sin\s+fecha\s+(?:de|para)\s+(?:la\s+|el\s+|una\s+)?{event}`,
      String.raw`(?:todav[ií]a|a[úu]n)\s+no\s+hay\s+fecha\s+(?:de|para)\s+(?:la\s+|el\s+|una\s+)?{event}`,
      // no meeting yet: "aún no hay cita"
      String.raw`a[uú]n\s+no\s+hay\s+{event}`,
    ],
    // "la demo con Ana quedó para el martes"
    discovery: [
      // a weekday first, then a meeting we have: "el lunes 3 tenemos la primera reunión con él"
      String.raw`{day}\s+(?:\d{1,2}\s+)?tenemos\s+(?:la\s+|una\s+)?(?:primera\s+)?(?:reunión|llamada|videollamada|demo|cita)`,
      String.raw`{event}(?:\s+con\s+[\p{L}]+)?\s+qued(?:ó|o)\s+(?:para|fijad[ao]|agendad[ao])`,
      // "la reunión de descubrimiento el martes 24", "agendamos demo para el 7 de abril"
      String.raw`{event}(?:\s+(?:de\s+)?[\p{L}]+)?\s+(?:el|para\s+el)\s+(?:{day}|\d{1,2}\s+de\s+\p{L}+)`,
      String.raw`(?:agendamos|programamos|fijamos|reservamos|concertamos)\s+(?:una\s+|la\s+|el\s+)?{event}`,
      // "tenemos programada una llamada", "hemos fijado la visita"
      String.raw`(?:tenemos|hemos)\s+(?:agendad[ao]|programad[ao]|fijad[ao]|concertad[ao])\s+(?:una\s+|la\s+|el\s+)?{event}`,
      // "tenemos reunión con el gerente el jueves 7", "… con ella el 12/05"; "quedamos en hacer una demo"
      String.raw`(?:tenemos|tendremos)\s+(?:una\s+)?{event}\s+(?:con\s+[^.\n!?]{1,50}?\s)?(?:el|para\s+el)\s+(?:{day}|\d{1,2}(?:[./]\d{1,2}|\s+de\s+\p{L}+))`,
      String.raw`quedamos\s+en\s+(?:hacer|tener|agendar)\s+(?:una\s+|la\s+|el\s+)?{event}`,
    ],
    event: [
      "reunión",
      "demostración",
      "demo",
      "llamada",
      "videollamada",
      "visita",
      "cita",
      "presentación",
      // without accents, and Latin American "junta", "sesión"
      "reunion",
      "demostracion",
      "presentacion",
      "junta",
      String.raw`sesi[óo]n`,
    ],
    booked: [
      String.raw`programad[oa]`,
      String.raw`agendad[oa]`,
      String.raw`confirmad[oa]`,
      String.raw`previst[oa]`,
      String.raw`fijad[oa]`,
      String.raw`concertad[oa]`,
      String.raw`reservad[oa]`,
      String.raw`apuntad[oa]`,
      String.raw`cerrad[oa]\s+para`,
      String.raw`acordad[oa]`,
      String.raw`calendarizad[oa]`,
      String.raw`pactad[oa]`,
    ],
    day: ["lunes", "martes", "miércoles", "jueves", "viernes", "mañana"],
    held: ["hicimos", "tuvimos"],
    heldArticle: ["la", "el", "una", "un", "dos"],
    rival: [
      // "ya tienen una propuesta de X encima de la mesa", "también tienen una oferta de X"
      String.raw`tienen\s+(?:ya\s+)?(?:una\s+)?(?:propuesta|oferta|cotizaci[óo]n)\s+de`,
      // "están cotizando también con X"
      String.raw`cotizando\s+(?:también\s+)?con`,
      // "están comparando además con X": the prospect weighs a rival too
      String.raw`(?:(?:están|estan|está)\s+)?comparando\s+(?:también|además)\s+con`,
    ],
    thanked: [String.raw`gracias\s+(?:de\s+nuevo\s+)?por`],
    // "la reunión se realizó el lunes", "la demo ya se hizo el 3 de mayo"
    heldAfter: [String.raw`(?:ya\s+)?se\s+(?:realizó|celebró|hizo)`],
    duration: ["minutos", String.raw`horas?`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [String.raw`autoriz\p{L}*`, "de acuerdo", String.raw`acept(?:ó|a|an|aron)`],
    contactWord: [
      String.raw`contact\p{L}*`,
      "llamen",
      "llame",
      "llamemos",
      String.raw`llamar(?:la|le|lo)?`,
      "llamada",
      "llaméis",
    ],
    permission: [
      String.raw`(?:nos\s+)?autoriz[óo]\s+(?:a\s+)?(?:compartir|pasar|dar|contactar)`,
      // "la cliente autorizó el contacto directo"
      String.raw`autoriz[óo]\s+el\s+contacto`,
      // "ha aceptado que le llaméis" (has agreed to your calling)
      String.raw`aceptad?o\s+que\s+(?:le|la|los|las)\s+(?:llaméis|llamen|contactéis|contacten|escribáis|escriban)`,
      String.raw`(?:está|esta)\s+de\s+acuerdo\s+(?:en|con)\s+(?:que|ser)`,
      // "está al tanto y de acuerdo en que os pongáis en contacto con ella"
      String.raw`de\s+acuerdo\s+en\s+que\s+(?:os|les|le|l[ao]s?|ustedes)?\s*(?:pongáis|pongan|contactéis|contacten|llaméis|llamen|escribáis|escriban)`,
      // someone named between: "de acuerdo en que el fabricante la contacte"
      String.raw`de\s+acuerdo\s+en\s+que\s+(?:[\p{L}]+\s+){1,3}?(?:l[aoe]s?\s+)?(?:contacte|contacten|llame|llamen|escriba|escriban)(?![\p{L}])`,
      String.raw`(?:pueden|puede)\s+(?:contactarl[ao]|llamarl[ao]|escribirle)`,
      String.raw`dad[oa]\s+(?:su\s+)?(?:consentimiento|autorizaci[óo]n|visto bueno)`,
      // "nos ha dado permiso para que el proveedor le llame"
      String.raw`(?:dado|dio|dieron)\s+(?:su\s+)?permiso\s+para\s+que\s+(?:[\p{L}]+\s+){0,3}?(?:l[aoe]s?\s+)?(?:contact|llam|escrib)\p{L}*`,
      String.raw`(?:ok|okay|bien|de acuerdo)\s+con\s+que\s+(?:l[oa]s?\s+|le\s+)?(?:contacten|llamen|escriban|contactéis|llaméis|escribáis|contacte|llame|escriba)(?![\p{L}])`,
      // no objection: "no tiene ningún inconveniente en que el distribuidor le escriba"
      String.raw`no\s+(?:tengo|tiene|tienen|hay|veo|ve)\s+(?:ningún\s+)?(?:problema|inconveniente)\s+en\s+que\s+(?:[\p{L}]+\s+){0,5}?(?:l[aoe]s?\s+|me\s+)?(?:contact|llam|escrib)\p{L}*`,
      // the prospect's own words in a forward: "podéis pasar mis datos al fabricante"
      String.raw`(?:pasar|pasad|pasa|pasen|dar|dad|facilitar|facilitad|compartir|compartid|reenviar|reenviad)\s+mis\s+(?:datos|contactos?|tel[ée]fonos?|correos?)`,
      String.raw`acept[óo]\s+(?:ser\s+contactad[ao]|recibir\s+(?:una\s+)?llamada)`,
      String.raw`(?:le|les)\s+(?:pareci[óo]|parece|ha\s+parecido)\s+bien`,
      String.raw`(?:está|esta|están)\s+conformes?`,
      // "… y está de acuerdo." at the end of the sentence; "quiere que la llamen"; "me pidió que lo contacten"
      String.raw`(?:está|esta|están|estuvo|estuvieron)\s+de\s+acuerdo(?=\s*(?:[.!;]|$))`,
      String.raw`(?:quiere|quieren|pidió|pide)\s+que\s+(?:ustedes\s+)?(?:l[aoe]s?\s+)?(?:llamen|contacten|escriban)`,
      // the prospect's own words in a forward: "pueden contactarme directamente"
      String.raw`(?:pueden|puede|podéis)\s+(?:contactarme|llamarme|escribirme)`,
      // "ya sabe que la vais a llamar", "espera la llamada de vuestro equipo", "nos pidió que organizáramos la llamada"
      String.raw`sabe(?:n)?\s+que\s+(?:l[aoe]s?\s+)?(?:(?:vais|van|va)\s+a\s+(?:llamar|contactar|escribir)|(?:llamar|contactar|escribir)(?:éis|án))`,
      String.raw`espera(?:n)?\s+(?:la|vuestra|su|una|tu)\s+llamada`,
      String.raw`(?:nos|me)\s+pidi[óo]\s+(?:[\p{L}]+\s+){0,2}?que\s+(?:[\p{L}]+\s+){0,5}?(?:organiz|agend|llam|contact|env[ií]|escrib)\p{L}*`,
      // "autorizó que la llamen", "autoriza expresamente que X lo contacte"
      String.raw`autoriz(?:ó|o|a|aron)\s+(?:expresamente\s+)?que\s+(?:[\p{L}]+\s+){0,3}?(?:l[oae]s?\s+)?(?:contact|llam)\p{L}*`,
      // another permission first: "autorizó el uso de sus datos y que el fabricante la llame"
      String.raw`autoriz(?:ó|o|a|aron)\s+[^.!?\n]{0,60}?\sy\s+que\s+(?:[\p{L}]+\s+){0,3}?(?:l[oae]s?\s+)?(?:contact|llam)\p{L}*`,
      // "aceptó que la llamen", "acepta que el fabricante lo contacte"
      String.raw`acept(?:ó|o|a|aron)\s+que\s+(?:[\p{L}]+\s+){0,3}?(?:l[oae]s?\s+)?(?:contact|llam)\p{L}*`,
      // told and open to it: "ya está informado", "está abierta a una llamada", "quiere ser contactado"
      String.raw`(?:est[áa]|están)\s+(?:ya\s+)?(?:informad[oa]s?|avisad[oa]s?|al\s+tanto|enterad[oa]s?)`,
      String.raw`(?:est[áa]|están)\s+(?:abiert[oa]s?|dispuest[oa]s?)\s+a\s+(?:una\s+|un\s+|ser\s+)?(?:llamada|reuni[óo]n|contacto|conversaci[óo]n|contactad[oa]s?|llamad[oa]s?)`,
      String.raw`(?:quiere|quieren|prefiere|desea|desean)\s+ser\s+(?:contactad[oa]s?|llamad[oa]s?)`,
      // allowed in so many words: "podéis llamarla", "autorización del cliente obtenida"
      String.raw`(?:pod[ée]is|puedes)\s+(?:contactarl[eoa]s?|llamarl[eoa]s?|escribirles?)`,
      String.raw`(?:consentimiento|autorizaci[óo]n|permiso)\s+(?:del\s+cliente\s+|de\s+la\s+clienta\s+)?(?:obtenid[oa]|confirmad[oa]|otorgad[oa]|concedid[oa])`,
    ],
    prohibition: [
      String.raw`no\s+(?:l[aoe]s?\s+)?(?:contacten|llamen|contactar|contactéis|llaméis|contactes|llames)`,
      // not asked yet, not sure they accepted, no contact for now
      String.raw`(?:aún|todavía|todavia)\s+no\s+(?:le|les)\s+(?:he|hemos)\s+(?:preguntado|consultado)`,
      String.raw`no\s+(?:le|les)\s+(?:he|hemos)\s+(?:preguntado|consultado)\s+(?:aún|todavía|todavia)`,
      String.raw`no\s+s[ée]\s+si\s+(?:[\p{L}]+\s+){0,3}?(?:aceptad[oa]|de\s+acuerdo|autorizad[oa])`,
      String.raw`nada\s+de\s+contacto|sin\s+contacto\s+(?:aún|todavía|por\s+ahora)`,
      // Catalan: not told or asked yet, or warn me first: "encara no li he preguntat", "aviseu-nos abans de trucar-la"
      String.raw`encara\s+no\s+(?:li|els|l['’]|la|el)\s*(?:he|hem)\s+(?:dit|preguntat|comentat)|avis\p{L}*(?:-me|-nos|'m|'ns)?\s+abans\s+de\s+(?:contactar|trucar|escriure)`,
      // not told or agreed yet, wait for me, only through us: "todavía no está informado", "permiso pendiente", "esperad a que yo"
      String.raw`no\s+(?:est[áa]|están)\s+(?:todav[ií]a\s+|a[úu]n\s+)?(?:informad[oa]s?|avisad[oa]s?|al\s+tanto|enterad[oa]s?)`,
      String.raw`(?:esperad|esperen|espera)\s+(?:a\s+que|hasta\s+que)\s+(?:yo|le|les|os|lo|hable|confirme)`,
      String.raw`(?:tengo|tenemos)\s+que\s+(?:consultarl[oe]|preguntarle|confirmarlo|hablarlo)`,
      String.raw`(?:consentimiento|autorizaci[óo]n|permiso)\s+(?:[\p{L}]+\s+){0,2}?(?:pendiente|por\s+confirmar|por\s+pedir|sin\s+confirmar)`,
      String.raw`(?:todo|el\s+contacto)\s+(?:solo|sólo|únicamente|exclusivamente)\s+(?:a\s+trav[ée]s\s+de|por\s+medio\s+de|v[ií]a)\s+(?:nosotros|m[íi])`,
      String.raw`sin\s+contacto\s+directo`,
    ],
  },
  // the motion's name alone in brackets: "(servicios)", "(reventa)"
  motionName: { services: ["servicios"], resale: ["reventa"] },
  motion: {
    resale: [
      String.raw`reventa`,
      // the partner buys the licence and bills it on: "se lo refacturamos al cliente"
      String.raw`refactur\p{L}*`,
      String.raw`revendedor(?:es)?`,
      // the conditional and future too: "lo revenderíamos nosotros", "revendería las licencias"
      String.raw`revender(?:emos|ía|ían|íamos|á|án)?`,
      String.raw`distribuidor(?:es|a)?`,
      // "compramos y revendemos", "revendemos en nuestro papel"
      String.raw`revend(?:emos|e|en)`,
      // the subjunctive ("la idea es que la revendamos"), the licence billed by the partner ("facturadas por nosotros")
      "revendamos",
      String.raw`facturad[ao]s?\s+por\s+(?:nosotros|nuestra\s+empresa)`,
      // the bill goes through the partner: "facturamos nosotros al cliente", "la compra va a través de nosotros"
      String.raw`(?:facturamos|facturaremos|facturaríamos)\s+(?:nosotros\s+)?(?:al\s+cliente|las\s+licencias|la\s+licencia|la\s+suscripci[óo]n)`,
      String.raw`(?:facturaci[óo]n|compra|venta|licencias?)\s+(?:va|van|pasa|pasan|se\s+hace|ser[áa])\s+(?:[\p{L}]+\s+)?(?:a\s+trav[ée]s\s+de|por|v[ií]a)\s+nosotros`,
      String.raw`(?:compramos|compraremos|compraríamos)\s+(?:[\p{L}]+\s+){0,2}?(?:a\s+vosotros|a\s+ustedes|las\s+licencias)`,
      // the sale done by the partner: "la venta la hacemos nosotros"
      String.raw`la\s+venta\s+la\s+(?:hacemos|haremos|haríamos|hariamos)\s+nosotros`,
    ],
    services: [
      String.raw`implantaci[óo]n`,
      String.raw`(?:nos\s+encargamos|nos\s+ocuparemos)\s+de\s+(?:la\s+)?(?:implantaci[óo]n|implementaci[óo]n|instalaci[óo]n)`,
      String.raw`integrador(?:es)?`,
      // "nosotros haríamos la integración con su ERP y el soporte"
      String.raw`(?:haríamos|haremos|hacemos|haría|haré)\s+(?:la\s+|el\s+)?(?:integraci[óo]n|implementaci[óo]n|instalaci[óo]n|soporte|puesta en marcha)`,
      String.raw`servicios?\s+gestionados?`,
      // "nos encargamos de la configuración y la formación", "partner de implementación"
      String.raw`(?:nos\s+encargamos|nos\s+encargaremos|nos\s+ocupamos|nos\s+ocuparemos)\s+de\s+(?:la\s+|el\s+)?(?:configuraci[óo]n|formaci[óo]n|capacitaci[óo]n|integraci[óo]n|soporte|migraci[óo]n|puesta\s+en\s+marcha|parametrizaci[óo]n)`,
      String.raw`partner\s+(?:de\s+)?implementaci[óo]n`,
    ],
    technology: [
      // the vendor's product joined to the partner's: "integración con nuestro ERP", "socio tecnológico"
      String.raw`(?:integraci[óo]n|conector|interfaz)\s+(?:con|entre)\s+(?:nuestro|nuestra|nuestros)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:software|plataforma|soluci[óo]n|producto|aplicaci[óo]n|sistema|erp|app)`,
      String.raw`(?:partner|socio)\s+tecnol[óo]gico`,
    ],
    // "os refiero a", "solo lo referimos", "es solo referencia", "hacemos la presentación y nos apartamos"
    referral: [
      String.raw`referid[oa]s?`,
      // "quisiera referirles un cliente"
      String.raw`referir(?:les|le|los|las)?`,
      String.raw`recomendaci[óo]n`,
      String.raw`refiero|referimos`,
      String.raw`(?:solo|sólo)\s+(?:una\s+)?referencia`,
      String.raw`nos\s+apartamos`,
      // "nosotros solo hacemos la presentación", "yo solamente los recomiendo"
      String.raw`(?:solo|sólo|solamente|únicamente|nomás)\s+(?:hago|hacemos)\s+la\s+(?:presentaci[óo]n|introducci[óo]n|referencia)`,
      // a referral at the clause's end, the vendor carrying on: "es una referencia.", "después lo siguen ustedes"
      // ("es solo una presentación" alone says the stage, not the motion: labelled so in the corpora)
      String.raw`es\s+una\s+referencia(?=\s*[,.;:!)])`,
      String.raw`(?:después|luego|de\s+ahí\s+en\s+adelante)\s+(?:lo\s+|la\s+)?(?:seguimos|siguen|seguís|llevan|lleváis)\s+(?:ustedes|vosotros)`,
      String.raw`no\s+(?:vamos\s+a\s+intervenir|intervendremos|intervenimos)\s+en\s+la\s+venta`,
      String.raw`(?:solamente|solo|sólo)\s+(?:l[oa]s?\s+)?recomiendo`,
      // "sólo los presentamos", "solo os la presentamos" (we only introduce them)
      String.raw`(?:solo|sólo|solamente|únicamente)\s+(?:(?:os|les|te|l[oa]s?)\s+){1,2}presentamos`,
      // Catalan: the writer as "partner de referència" (a referral partner)
      String.raw`partner\s+de\s+referència`,
      // the partner says it stays out of the delivery, the negation being the point: "no
      // participaremos en la instalación", "no vamos a hacer la integración"
      String.raw`no\s+(?:vamos\s+a\s+participar|participaremos|participamos|participaríamos)\s+(?:del|de|en)\s+(?:la\s+|el\s+)?(?:implementaci[óo]n|implantaci[óo]n|instalaci[óo]n|integraci[óo]n|puesta\s+en\s+marcha|proyecto|venta)`,
      String.raw`no\s+(?:haremos|haríamos|vamos\s+a\s+hacer)\s+(?:la\s+)?(?:implementaci[óo]n|implantaci[óo]n|instalaci[óo]n|integraci[óo]n)`,
      // "nuestro papel se limita a la introducción"
      String.raw`se\s+limita\s+a\s+(?:la\s+)?(?:presentaci[óo]n|introducci[óo]n|recomendaci[óo]n)`,
      // the vendor bills and takes over: "facturáis directamente", "contrato directamente con ustedes"
      String.raw`(?:factur[áa]is|facturan|facturen|facturéis|contrat[áa]is|contratan)\s+(?:[\p{L}]+\s+){0,2}?directamente`,
      String.raw`(?:contrato|factura|facturaci[óo]n)\s+(?:[\p{L}]+\s+){0,3}?directamente\s+(?:con|entre|por)\s+(?:vosotros|ustedes|el\s+fabricante)`,
      String.raw`comisi[óo]n\s+(?:por\s+)?(?:referencia|recomendaci[óo]n|el\s+referido|presentaci[óo]n)`,
      String.raw`(?:a\s+partir\s+de\s+aqu[íi]|de\s+aqu[íi]\s+en\s+adelante)\s+(?:lo\s+)?(?:llev[áa]is|llevan|gestion[áa]is|gestionan|segu[íi]s|siguen)`,
    ],
  },
  money: {
    near: [
      "valor",
      "importe",
      "presupuestos?",
      "monto",
      "ticket",
      "(?:al|por) año",
      "anual(?:es)?",
      String.raw`\/\s?año`,
    ],
    other: [
      "facturaci[óo]n",
      "ventas",
      "ingresos",
      String.raw`factur(?:a|an|amos)`,
      "gastaron",
      "gast[óo]",
      "cost[óo]",
    ],
    monthly: ["(?:al|por) mes", "mensual(?:es)?", String.raw`\/\s?mes`],
    price: ["licencias?", "suscripci[óo]n", "cuota"],
    between: ["entre"],
    unit: [
      String.raw`(?:por|cada)\s(?:usuario|licencia|socio|empleado|sede|sucursal|tienda|vehículo|equipo|habitación|cama)`,
    ],
  },
  competitorBefore: [
    String.raw`(?:compite|compiten|competimos)\s+con\s+`,
    // (before the cue below, which takes "están evaluando" first) offers weighed, the rivals in brackets: "evaluando propuestas (también X)", "comparando ofertas (X y Y)"
    String.raw`(?:(?:estoy|está|estamos|están)\s+)?(?:evaluando|comparando)\s+(?:propuestas|ofertas|cotizaciones|presupuestos)\s*\(\s*(?:también\s+)?`,
    // the offers weighed may be named before the rival: "están comparando propuestas con X", "están
    // evaluando nuestra propuesta frente a X"
    String.raw`(?:también\s+)?(?:estoy|está|estamos|están)\s+(?:mirando|viendo|evaluando|valorando|comparando)\s+(?:(?:(?:nuestra|nuestras|la|las|su|sus)\s+)?(?:propuestas?|ofertas?|cotizaci(?:ón|ones)|presupuestos?)\s+(?=con\s|frente\s+a\s))?(?:también\s+(?:con\s+)?|con\s+|contra\s+|frente\s+a\s+)?(?:a\s+|el\s+|la\s+)?`,
    // "comparan con X", "lo comparan también con X"
    String.raw`(?:compara|comparan|comparamos)\s+(?:\S+\s+){0,2}?con\s+(?:el\s+|la\s+)?`,
    String.raw`comparando\s+(?:\S+\s+){0,2}?con\s+`,
    // a rival's quote in hand: "ya tienen cotización de X", "una propuesta de X"
    // also the prospect's own words: "ya tenemos una cotización de X"
    String.raw`(?:tienen|tiene|tenemos|recibieron|recibimos|pidieron|pedimos)\s+(?:una\s+)?(?:cotizaci(?:[óo]n|ones)|propuestas?|ofertas?)\s+de\s+`,
    // "ya vimos X", "ya probaron X": a rival already seen
    String.raw`ya\s+(?:vimos|vieron|probamos|probaron|evaluamos|evaluaron)\s+(?:a\s+)?`,
    String.raw`(?:usa|usan|utiliza|utilizan)\s+(?:actualmente|hoy|ya)\s+`,
    String.raw`(?:demo|propuesta|oferta)\s+de\s+`,
    // "les ha contactado también X": a rival reached out to the prospect
    String.raw`(?:les|los|las|le|lo|la)\s+(?:ha|han)\s+(?:contactado|llamado|visitado)\s+(?:también\s+)?`,
    String.raw`(?:ahora|actualmente|hoy)\s+(?:usan|usa|usamos|utilizan|utiliza|utilizamos|trabajan\s+con|trabaja\s+con|trabajamos\s+con)\s+`,
    // the system kept today: "hoy están con X", "actualmente está con X"
    String.raw`(?:ahora|actualmente|hoy)\s+(?:están|está|estamos)\s+con\s+`,
    String.raw`en\s+lugar\s+de\s+(?:ir\s+a\s+|usar\s+|contratar\s+)?`,
    String.raw`presupuestos?\s+de\s+`,
    // the current system named in brackets: "su software actual (X)", "un sistema local (X)"
    String.raw`(?:software|sistema|programa|solución|plataforma|proveedor|erp|crm|dms)\s+(?:actual|existente|local)\s*\(\s*`,
    String.raw`(?:competencia|competidores)\s*:\s*`,
    // "cotizando también con X"
    String.raw`cotizando\s+(?:también\s+)?con\s+`,
    // rivals quoting or in the race too: "también cotizan X y Y", "también compite X"
    String.raw`también\s+(?:cotiza|cotizan|compite|compiten|participa|participan)\s+(?:con\s+)?`,
    // "también han mirado X"
    String.raw`(?:han|ha|hemos)\s+mirado\s+(?:también\s+)?`,
  ],
  bulkPitch: {
    optOut: [
      String.raw`no (?:desea|quiere|deseas|quieres) recibir más`,
      String.raw`responda (?:con )?["“']?(?:baja|stop|no)["”']?`,
    ],
    replyKeyword: [String.raw`responda (?:con )?["“']?sí["”']?`],
    dataOffer: [
      String.raw`(?:contactos|bases? de datos|listas?|registros|decisores) (?:[\p{L}\p{N}&/-]+ ){0,3}verificad\p{L}*`,
      String.raw`entregabilidad`,
    ],
  },
  competitorNone: [
    String.raw`sin\s+competencia`,
    String.raw`no\s+hay\s+competencia`,
    String.raw`ning[úu]n\s+competidor`,
  ],
  productKind: { after: ["módulo"], before: ["módulo", "paquete"] },
  productBefore: [String.raw`interesad[oa]s?\s+en`, String.raw`(?:prueba|demo|piloto|licencias?)\s+de`],
  problem: {
    strong: [
      // a paper diary, one spreadsheet: "agenda de papel", "hoja de cálculo"
      String.raw`de\s+papel`,
      String.raw`hoja\s+de\s+cálculo`,
      // records kept in notebooks: "los pedidos van en cuadernos", "en una libreta"
      String.raw`cuadernos?`,
      String.raw`libretas?`,
      String.raw`a mano`,
      // time the process eats, the same work over tools: "pierden mucho tiempo", "tres sistemas distintos"
      String.raw`(?:pierde|pierden|perdemos)\s+(?:mucho\s+|demasiado\s+)?tiempo`,
      String.raw`(?:sistemas|programas|herramientas)\s+(?:distintos|diferentes)`,
      // decided by feel: "cotizan a ojo", "precios al tanteo", "de memoria"
      String.raw`a ojo`,
      String.raw`al tanteo`,
      String.raw`de memoria`,
      String.raw`manual(?:mente)?`,
      String.raw`en papel`,
      String.raw`hojas de cálculo`,
      // spreadsheets as the River Plate says it
      String.raw`planillas?`,
      String.raw`excel`,
      String.raw`problemas?`,
      // "un sistema que ya nadie puede mantener", "nadie sabe qué va primero"
      String.raw`nadie (?:puede|sabe|actualiza)`,
      String.raw`sin (?:circuito|control|visibilidad)`,
      String.raw`caos`,
      String.raw`pesadilla`,
      // what the tool in use cannot do: "no pueden cobrar por adelantado", "se les complica la agenda",
      // "el programa no permite pagos"
      String.raw`no pueden`,
      String.raw`se (?:les?|nos) complica`,
      String.raw`no (?:permite|soporta)`,
    ],
    // a means of talking as the process: "reservan por teléfono", "los pedidos llegan por WhatsApp"; "hablé con ella
    // por teléfono" is the partner's talk
    channel: [String.raw`por\s+(?:tel[ée]fono|whatsapp|instagram|facebook|messenger)`, String.raw`al\s+tel[ée]fono`],
    talked: [
      "hablé",
      "hablamos",
      "habló",
      "llamé",
      "llamamos",
      "conversé",
      "conversamos",
      "comenté",
      "acordamos",
      "quedamos",
      "confirmó",
    ],
    weak: [
      // la situación de hoy: "hoy cobran en efectivo", "todavía llevan el stock a mano" (a verb in the
      // third person plural after the adverb; "todavía no …" names no verb)
      String.raw`(?:hoy(?:\s+en\s+d[ií]a)?|actualmente|todav[ií]a|a[úu]n)\s+(?:(?:se|l[oa]s?)\s+)?\p{L}{2,}[ae]n`,
      String.raw`quieren?`,
      String.raw`necesit(?:an|a|amos)`,
      String.raw`busca(?:n|mos)?`,
      String.raw`estamos buscando`,
      String.raw`exigen?`,
      String.raw`deben`,
      String.raw`t(?:ienen|iene|enemos) que`,
      // "pretenden digitalizar …": an aim
      String.raw`pretende(?:n|mos)?`,
      String.raw`requieren`,
      String.raw`automatizar`,
      String.raw`\d[\d.,]*\s*facturas (?:al|por|cada) (?:mes|año)`,
    ],
    // an interest named ("le interesa llevar …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`(?:le|les|nos)\s+interesa(?:n|ría)?`],
  },
  // "sin página web", "no tienen web propia, solo Instagram"
  noWebsite: [
    String.raw`(?:sin|no\s+tienen?(?:\s+todavía)?)\s+(?:página\s+)?web`,
    String.raw`solo\s+(?:tienen\s+)?(?:una\s+página\s+de\s+)?(?:facebook|instagram)`,
  ],
  placeBefore: [
    String.raw`con sede en`,
    String.raw`ubicad[oa] en`,
    String.raw`(?:oportunidad|restaurantes?|locales|tiendas|sucursales|oficinas?|sedes?|cafeterías|acá|aquí) en`,
  ],
  // "reparte en toda Galicia", "por todo el Bierzo"
  coverBefore: [String.raw`(?:en|por) (?:toda|todo el)`],
  compassWord: [String.raw`(?:el\s+)?(?:norte|sur)\s+de`],
  sizePlaceBefore: ["en"],
  placeFrom: ["de", "del"],
  placeFor: ["para"],
  rolloutWord: ["despliegue", "mercado", "proyecto"],
  phoneExtension: ["ext.", "extensión", "anexo", "int."],
  regionWord: [String.raw`zona`, String.raw`región`, String.raw`provincia`, String.raw`comunidad`],
  // "Estado: …" is a deal's status or a Mexican state
  stateOrStatusLabel: ["estado"],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`filial de(?: la| el)?`,
  String.raw`(?:empresa )?matriz(?: es)?`,
  String.raw`(?:parte|propiedad) de(?:l| la)?`,
];

/** Nouns a professional firm's name ends with ("Ruiz Vidal Abogados", "Pons y Asociados"). */
export const firmNoun: readonly string[] = ["Abogados", "Asociados", "Advocats", "Notarios"];
