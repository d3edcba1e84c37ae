// Spanish label words, by field.
import type { LabelTable } from "./types.ts";

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
  phone: ["teléfono", "móvil", "celular"],
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
  consent: ["consentimiento", "autoriza contacto", "contacto autorizado", "permiso de contacto"],
  motion: ["tipo de partner", "tipo de oportunidad", "modelo de venta"],
  product: ["producto", "productos", "módulo", "interés"],
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
