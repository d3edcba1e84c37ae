// Spanish label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "empresa",
    "nombre de la empresa",
    "compañía",
    "razón social",
    "organización",
    "cliente final",
    "nombre del cliente",
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
  role: ["cargo", "puesto", "función"],
  email: ["correo", "correo electrónico", "dirección de correo"],
  // with the Catalan forms partners in Catalonia write ("Telèfon", "Mòbil")
  phone: ["teléfono", "móvil", "celular", "cel", "tfno", "telf", "tlf. móvil", "telèfon", "mòbil"],
  stage: ["etapa", "estado", "situación"],
  value: ["presupuesto", "valor", "valor estimado", "importe", "monto", "volumen"],
  competitors: ["competidores", "competencia"],
  need: [
    "necesidad",
    "necesidades",
    "problema",
    "contexto",
    "comentarios",
    "observaciones",
    "notas",
    "reto",
    "descripción",
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
  product: ["producto", "productos", "módulo", "interés"],
  currency: ["moneda", "divisa"],
};

/** Pasar el tema a un colega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`(?:será|sera) (?:su|vuestro|tu) (?:nuevo )?(?:contacto|interlocutor)`,
  String.raw`traspaso|paso el tema`,
  String.raw`(?:traten|tratad|hablen|hablad) directamente con`,
  // "el proyecto lo llevará Pedro", "de esto se encarga Ana", "coordinen con ella la visita"
  String.raw`\b(?:lo|la) (?:lleva|llevará|va a llevar)(?![\p{L}])`,
  String.raw`\bse encarga(?:rá)?(?![\p{L}])`,
  String.raw`\bcoordin(?:en|ad|e|ar) con (?:ella|él|el)(?![\p{L}])`,
];
export const staying: readonly string[] = [String.raw`sigo siendo (?:su |vuestro )?(?:contacto|interlocutor)`];

export const cues: CueTable = {
  registering: [
    // "dar de alta" is to enter someone in a register: "te lo doy de alta", "da de alta porfa"
    String.raw`(?:dar|da|den|dé|doy|damos|dad) de alta`,
    String.raw`alta de (?:lead|cliente|oportunidad|prospecto)`,
    String.raw`referid[oa]s?`,
    String.raw`recomendaci[óo]n de cliente`,
  ],
  negationBefore: ["no", "sin", "nunca", "ningún", "ninguna", "ni", "nada"],
  negationAfter: ["todavía no", "aún no", "pendiente"],
  conditional: ["cuando", "una vez que", "después"],
  yes: ["sí", "si", "de acuerdo", "concedido", "otorgado", "autorizado", "ok"],
  no: ["todavía no", "aún no", "no", "pendiente", "denegado"],
  stage: {
    evaluation: [
      String.raw`periodo de prueba`,
      String.raw`en prueba`,
      String.raw`piloto`,
      String.raw`evaluaci[óo]n`,
      String.raw`evaluando`,
      String.raw`(?:propuesta|oferta|cotizaci[óo]n|presupuesto)\s+(?:solicitad[ao]|enviad[ao]|en preparaci[óo]n|pedid[ao])`,
      String.raw`comparando\s+(?:ofertas|proveedores|soluciones|propuestas)`,
      String.raw`licitaci[óo]n`,
      // "ya les hemos pasado una propuesta", "están comparando con …", "la prueba ya está montada"
      String.raw`(?:hemos|han)\s+(?:pasado|enviado|mandado|presentado)\s+(?:una\s+|la\s+|nuestra\s+)?(?:propuesta|oferta|cotizaci[óo]n|presupuesto)`,
      String.raw`(?:están|estan|está)\s+comparando`,
      String.raw`prueba\s+(?:montada|en marcha|activa|iniciada|arrancada)`,
      String.raw`avanzar\s+con\s+(?:una|la|el)\s+(?:propuesta|oferta|cotizaci[óo]n|presupuesto)`,
    ],
    newIntro: [
      String.raw`primer\s+contacto`,
      String.raw`presentaci[óo]n\s+inicial`,
      String.raw`(?:todavía\s+|aún\s+)?sin\s+{event}`,
      String.raw`nada\s+(?:agendado|programado|concretado)(?:\s+todavía|\s+aún)?`,
      String.raw`(?:l[eoa]s?\s+)llamar(?:éis|[áa]n|emos)`,
    ],
    // "la demo con Ana quedó para el martes"
    discovery: [String.raw`{event}(?:\s+con\s+[\p{L}]+)?\s+qued(?:ó|o)\s+(?:para|fijad[ao]|agendad[ao])`],
    event: ["reunión", "demostración", "demo", "llamada", "videollamada", "visita", "cita", "presentación"],
    booked: [
      String.raw`programad[oa]`,
      String.raw`agendad[oa]`,
      String.raw`confirmad[oa]`,
      String.raw`previst[oa]`,
      String.raw`fijad[oa]`,
      String.raw`concertad[oa]`,
    ],
    day: ["lunes", "martes", "miércoles", "jueves", "viernes", "mañana"],
  },
  consent: {
    permission: [
      String.raw`(?:nos\s+)?autoriz[óo]\s+(?:a\s+)?(?:compartir|pasar|dar|contactar)`,
      String.raw`(?:está|esta)\s+de\s+acuerdo\s+(?:en|con)\s+(?:que|ser)`,
      String.raw`(?:pueden|puede)\s+(?:contactarl[ao]|llamarl[ao]|escribirle)`,
      String.raw`dad[oa]\s+(?:su\s+)?(?:consentimiento|autorizaci[óo]n|visto bueno)`,
      String.raw`(?:ok|okay|bien|de acuerdo)\s+con\s+que\s+(?:l[oa]s?\s+|le\s+)?(?:contacten|llamen|escriban)`,
      String.raw`acept[óo]\s+(?:ser\s+contactad[ao]|recibir\s+(?:una\s+)?llamada)`,
      String.raw`(?:le|les)\s+(?:pareci[óo]|parece|ha\s+parecido)\s+bien`,
      String.raw`(?:está|esta|están)\s+conformes?`,
      // "… y está de acuerdo." at the end of the sentence; "quiere que la llamen"; "me pidió que lo contacten"
      String.raw`(?:está|esta|están)\s+de\s+acuerdo(?=\s*(?:[.!;]|$))`,
      String.raw`(?:quiere|quieren|pidió|pide)\s+que\s+(?:ustedes\s+)?(?:l[aoe]s?\s+)?(?:llamen|contacten|escriban)`,
      // the prospect's own words in a forward: "pueden contactarme directamente"
      String.raw`(?:pueden|puede|podéis)\s+(?:contactarme|llamarme|escribirme)`,
    ],
    prohibition: [String.raw`no\s+(?:l[aoe]s?\s+)?(?:contacten|llamen|contactar|contactéis|llaméis|contactes|llames)`],
  },
  motion: {
    resale: [
      String.raw`reventa`,
      String.raw`revendedor(?:es)?`,
      String.raw`revender(?:emos)?`,
      String.raw`distribuidor(?:es|a)?`,
    ],
    services: [
      String.raw`implantaci[óo]n`,
      String.raw`(?:nos\s+encargamos|nos\s+ocuparemos)\s+de\s+(?:la\s+)?(?:implantaci[óo]n|implementaci[óo]n|instalaci[óo]n)`,
    ],
    referral: [String.raw`referido`, String.raw`recomendaci[óo]n`],
  },
  competitorBefore: [
    String.raw`(?:compite|compiten|competimos)\s+con\s+`,
    String.raw`(?:también\s+)?(?:estoy|está|estamos|están)\s+(?:mirando|viendo|evaluando|comparando(?:\s+con)?)\s+(?:a\s+)?`,
    String.raw`comparando\s+(?:\S+\s+){0,2}?con\s+`,
    // "ya vimos X", "ya probaron X": a rival already seen
    String.raw`ya\s+(?:vimos|vieron|probamos|probaron|evaluamos|evaluaron)\s+(?:a\s+)?`,
    String.raw`(?:usa|usan|utiliza|utilizan)\s+(?:actualmente|hoy|ya)\s+`,
    String.raw`(?:demo|propuesta|oferta)\s+de\s+`,
  ],
  productBefore: [String.raw`interesad[oa]s?\s+en`, String.raw`(?:prueba|demo|piloto|licencias?)\s+de`],
  problem: {
    strong: [
      String.raw`a mano`,
      String.raw`manual(?:mente)?`,
      String.raw`en papel`,
      String.raw`hojas de cálculo`,
      String.raw`excel`,
      String.raw`sin (?:circuito|control|visibilidad)`,
      String.raw`caos`,
      String.raw`pesadilla`,
    ],
    weak: [
      String.raw`quieren`,
      String.raw`necesitan`,
      String.raw`buscan`,
      String.raw`automatizar`,
      String.raw`\d[\d.,]*\s*facturas (?:al|por|cada) (?:mes|año)`,
    ],
  },
  placeBefore: [
    String.raw`con sede en`,
    String.raw`ubicad[oa] en`,
    String.raw`(?:oportunidad|restaurantes?|locales|tiendas|sucursales|oficinas?|sedes?|cafeterías|acá|aquí) en`,
  ],
  placeFor: ["para"],
  rolloutWord: ["despliegue", "mercado", "proyecto"],
  phoneExtension: ["ext.", "extensión", "anexo", "int."],
  regionWord: [String.raw`zona`, String.raw`región`, String.raw`provincia`, String.raw`comunidad`],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`filial de(?: la| el)?`,
  String.raw`(?:empresa )?matriz(?: es)?`,
  String.raw`(?:parte|propiedad) de(?:l| la)?`,
];
