// Portuguese label words, by field.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["nome da empresa", "razão social", "organização", "companhia"],
  website: ["sítio web", "página"],
  contactName: ["contato", "pessoa de contato", "pessoa de contacto", "nome", "responsável"],
  role: ["função", "posição"],
  email: ["correio eletrónico", "correio eletrônico", "endereço de e-mail"],
  phone: ["telefone", "telemóvel"],
  stage: ["estágio"],
  value: ["orçamento", "valor estimado", "montante"],
  competitors: ["concorrentes", "concorrência"],
  need: ["necessidade", "necessidades", "observações", "desafio", "descrição"],
  region: ["região", "país", "cidade", "localização"],
  consent: ["consentimento", "autoriza contato", "contato autorizado"],
  motion: ["tipo de parceria", "modelo de venda"],
  product: ["produto", "produtos"],
};

/** Passar o assunto a um colega (regex sources, matched case-insensitively). */
export const handover: readonly string[] = [
  String.raw`será (?:o seu|o vosso) (?:contato|contacto)`,
  String.raw`quem (?:conduz|cuida|acompanha)`,
  String.raw`(?:tratem|trate|falem|fale) diretamente com`,
  String.raw`passa(?:rá)? a conduzir`,
];
export const staying: readonly string[] = [
  String.raw`continuo (?:sendo |a ser )?(?:o seu |o vosso |a sua )?(?:contato|contacto)`,
];
