// Portuguese label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: ["nome da empresa", "razão social", "organização", "companhia"],
  website: ["sítio web", "página"],
  contactName: ["contato", "pessoa de contato", "pessoa de contacto", "nome", "responsável"],
  role: ["função", "posição"],
  email: ["correio eletrónico", "correio eletrônico", "endereço de e-mail"],
  phone: ["telefone", "telemóvel", "telemovel", "celular", "cel", "tlm"],
  stage: ["estágio"],
  value: ["orçamento", "valor estimado", "montante"],
  competitors: ["concorrentes", "concorrência"],
  need: ["necessidade", "necessidades", "observações", "desafio", "descrição"],
  region: ["região", "país", "cidade", "localização"],
  consent: [
    "consentimento",
    "autoriza contato",
    "contato autorizado",
    "autorização de contato",
    "autorização de contacto",
  ],
  motion: ["tipo de parceria", "modelo de venda"],
  product: ["produto", "produtos"],
  currency: ["moeda"],
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

export const cues: CueTable = {
  registering: [
    String.raw`refer[êe]ncia de cliente`,
    String.raw`recomenda[çc][ãa]o de cliente`,
    String.raw`cliente indicad[oa]`,
    String.raw`cadastr(?:ar|o|ei|amos)`,
  ],
  negationBefore: ["não", "nao", "sem", "nunca", "nenhum", "nenhuma", "nem"],
  negationAfter: ["ainda não", "ainda nao", "pendente"],
  conditional: ["quando", "assim que", "depois"],
  yes: ["sim", "ok", "concedido", "autorizado", "de acordo"],
  no: ["ainda não", "ainda nao", "não", "nao", "pendente"],
  stage: {
    evaluation: [
      String.raw`período de teste`,
      String.raw`em teste`,
      String.raw`avalia(?:ção|ndo)`,
      String.raw`(?:proposta|cotação|orçamento)\s+(?:comercial\s+)?(?:solicitad[ao]|enviad[ao]|em preparação)`,
      String.raw`comparando\s+(?:propostas|fornecedores|soluções)`,
      // "já enviámos uma proposta preliminar"
      String.raw`(?:enviámos|enviamos|mandamos|mandámos|apresentámos|apresentamos)\s+(?:uma\s+|a\s+)?(?:nossa\s+)?(?:proposta|cotação|orçamento)`,
      String.raw`piloto`,
    ],
    newIntro: [String.raw`primeiro\s+cont(?:at|act)o`, String.raw`(?:ainda\s+)?sem\s+{event}`],
    event: ["reunião", "demonstração", "chamada", "visita", "apresentação", "demo"],
    booked: [String.raw`marcad[oa]`, String.raw`agendad[oa]`, String.raw`confirmad[oa]`, String.raw`previst[oa]`],
    day: ["segunda", "terça", "quarta", "quinta", "sexta", "amanhã"],
  },
  consent: {
    permission: [
      String.raw`(?:pode|podem)\s+pedir\s+para\s+(?:a\s+|o\s+)?[\p{L}]+\s+(?:falar|entrar em contato)`,
      String.raw`(?:falar|fale|falem)\s+comigo\s+diretamente`,
      String.raw`(?:pode|podem)\s+(?:me\s+)?(?:contatar|ligar|contactar)`,
      String.raw`(?:dado|deu)\s+(?:o\s+)?(?:seu\s+)?consentimento`,
      String.raw`autorizou\s+(?:o\s+)?(?:contato|contacto)`,
      // "autorizou que falem com ele", "autorizou o compartilhamento do contato", "concordou em receber o contato"
      String.raw`autorizou\s+que\s+(?:vocês\s+|voces\s+)?(?:falem|liguem|contactem|contatem|entrem)`,
      String.raw`autorizou\s+(?:o\s+|a\s+)?(?:compartilhamento|partilha|envio)\s+(?:d[oa]s?\s+)?(?:seus?\s+)?(?:contato|contacto|dados)`,
      String.raw`concordou\s+(?:em|com)\s+(?:receber|ser\s+contactad[oa]|ser\s+contatad[oa]|o\s+contato|o\s+contacto)`,
      // terse notes: "já tá esperando contato de vcs, pode ligar"
      String.raw`(?:tá|está|esta)\s+(?:esperando|à espera de|a\s+espera\s+de|aguardando)\s+(?:o\s+|um\s+|seu\s+)?(?:contato|contacto|ligação|telefonema)`,
    ],
    prohibition: [
      String.raw`não\s+(?:entrem\s+em\s+contato|contatem|liguem)`,
      String.raw`aguard(?:em|e|ar)\s+(?:até|pela|pelo|a\s+minha|o\s+meu)`,
      String.raw`ainda\s+não\s+(?:lhe\s+|lhes\s+)?(?:perguntei|perguntámos|perguntamos|falei|falámos|falamos|confirmei)`,
    ],
  },
  motion: {
    resale: [String.raw`revenda`, String.raw`revender(?:emos)?`, String.raw`vamos\s+revender`],
    referral: [String.raw`indica(?:ção|cao|ções)`],
    services: [String.raw`implantação`],
  },
  competitorBefore: [
    String.raw`(?:também\s+)?(?:estão|está)\s+(?:olhando|avaliando|vendo)\s+(?:a\s+|o\s+)?`,
    String.raw`(?:usa|usam|utiliza|utilizam)\s+(?:hoje|atualmente|já)\s+`,
    // "pediram preço à X", "uma proposta da X": a rival's offer
    String.raw`(?:pediram|pediu|pedimos)\s+(?:\p{L}+\s+)?(?:preço|proposta|orçamento|cotação)\s+(?:à|ao|a|de|da|do)\s+`,
    String.raw`(?:proposta|orçamento|cotação)\s+(?:da|do)\s+`,
    String.raw`(?:atualmente|hoje)\s+(?:usam|usa|utilizam|utiliza)\s+(?:o\s+|a\s+)?`,
  ],
  productBefore: [
    String.raw`interessad[oa]s?\s+(?:em|no|na)`,
    String.raw`(?:licen[çc]as?|teste|demonstração)\s+(?:de|do|da)`,
  ],
  problem: {
    strong: [
      String.raw`à mão`,
      String.raw`manual(?:mente)?`,
      String.raw`(?:com|em) papel`,
      String.raw`planilhas?`,
      String.raw`folhas de cálculo`,
      String.raw`excel`,
      String.raw`retrabalho`,
      String.raw`sem (?:controle|controlo|visibilidade)`,
      String.raw`digita\w* (?:tudo|depois)`,
    ],
    weak: [
      String.raw`querem`,
      String.raw`precisam`,
      String.raw`procuram`,
      String.raw`automatizar`,
      String.raw`\d[\d.,]*\s*faturas (?:por|ao|cada) (?:mês|ano)`,
    ],
  },
  placeBefore: [String.raw`sediad[oa] em`, String.raw`com sede em`, String.raw`em`],
  placeFor: ["para"],
  rolloutWord: ["mercado", "projeto", "expansão"],
  phoneExtension: ["ramal"],
  regionWord: [String.raw`região`, String.raw`distrito`, String.raw`estado de`],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`subsidiária d[aeo]`,
  String.raw`(?:controladora|empresa-mãe|matriz)(?: é)?`,
];
