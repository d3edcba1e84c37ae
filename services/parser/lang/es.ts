// Spanish label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["empresa", "nombre de la empresa", "compañía", "razón social", "organización", "cliente final", "nombre del cliente"],
  website: ["sitio web", "página web", "web de la empresa"],
  contactName: ["contacto", "persona de contacto", "nombre", "nombre del contacto", "interlocutor", "nombre y apellidos"],
  role: ["cargo", "puesto", "función"],
  email: ["correo", "correo electrónico", "dirección de correo"],
  phone: ["teléfono", "móvil", "celular"],
  stage: ["etapa", "estado", "situación"],
  value: ["presupuesto", "valor", "valor estimado", "importe", "monto", "volumen"],
  competitors: ["competidores", "competencia"],
  need: ["necesidad", "necesidades", "problema", "contexto", "comentarios", "observaciones", "notas", "reto", "descripción"],
  region: ["región", "país", "ciudad", "ubicación", "zona"],
  consent: ["consentimiento", "autoriza contacto", "contacto autorizado", "permiso de contacto"],
  motion: ["tipo de partner", "tipo de oportunidad", "modelo de venta"],
  product: ["producto", "productos", "módulo", "interés"],
};
