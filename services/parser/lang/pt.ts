// Portuguese label words, by field.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  legalName: ["razão social"],
  company: [
    // institutions named by their kind: a school, a university, a public body, a cooperative
    "instituição",
    "universidade",
    "escola",
    "órgão",
    "nome da empresa",
    "organização",
    "companhia",
    "entidade",
    "cliente",
    // a club, an association, a federation
    "clube",
    "associação",
    "federação",
  ],
  website: ["sítio web", "página"],
  contactName: ["contato", "pessoa de contato", "pessoa de contacto", "nome", "responsável"],
  givenName: ["primeiro nome"],
  familyName: ["sobrenome"],
  role: ["função", "posição"],
  email: ["correio eletrónico", "correio eletrônico", "endereço de e-mail"],
  phone: ["telefone", "telemóvel", "telemovel", "celular", "cel", "tlm"],
  stage: ["estágio"],
  value: ["orçamento", "valor estimado", "montante"],
  incumbent: ["sistema atual", "solução atual", "software atual"],
  competitors: ["concorrentes", "concorrência", "concorrente"],
  // the main need, the pain, the problem ("Dor principal: …", "Problema: …")
  need: [
    "necessidade",
    "necessidades",
    "observações",
    "desafio",
    "descrição",
    "necessidade principal",
    "problema",
    "dor",
    "dor principal",
    "principal dor",
  ],
  // "Cidade/Estado: …" (a Brazilian form's town and state in one field; "estado" alone is a status)
  // "Cidade/UF: …": the town and its state's code
  region: ["região", "país", "cidade", "localização", "local", "cidade/estado", "cidade/uf"],
  consent: [
    "consentimento",
    "autoriza contato",
    "contato autorizado",
    "autorização de contato",
    "autorização de contacto",
  ],
  motion: ["tipo de parceria", "modelo de venda", "modelo"],
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
  // the writer takes the matter themself: "eu assumo o projeto", "serei o seu contato"
  String.raw`(?<![\p{L}])eu assumo (?:o|a|este|esta)(?![\p{L}])`,
  String.raw`(?:fico como|serei) (?:o seu |o vosso |a sua )?(?:novo )?(?:contato|contacto)`,
];

export const cues: CueTable = {
  // the prospect's details still to come: "o site fica para depois", "o e-mail segue amanhã"
  detailsLater: {
    detail: [String.raw`e-?mail`, "site", String.raw`dados de conta(?:c)?to`, String.raw`nome do conta(?:c)?to`],
    later: ["amanhã", "mais tarde", "depois", "ainda não", String.raw`assim que (?:o|os|a|as) (?:tiver|receber)`],
  },
  problemNoun: [String.raw`problemas?`, String.raw`desafios?`],
  comparisonWord: [String.raw`compar\p{L}*`, "lista curta"],
  serviceWork: [
    "implantação",
    "implementação",
    "integração",
    "treinamento",
    "formação",
    "configuração",
    "parametrização",
    "migração",
  ],
  partnerSubject: ["nós", "a nossa equipa", "nossa equipe"],
  otherSubject: ["eles", "ela", "o cliente"],
  serviceLabel: [String.raw`nosso papel`, String.raw`o nosso papel`, String.raw`papel d[ao] [\p{L}-]+`, "serviços"],
  registeredBefore: [String.raw`registr?ei`, String.raw`cadastrei`, String.raw`enviei o regist(?:r)?o`],
  // "Fatura n.º …"
  invoiceNoun: ["fatura"],
  registering: [
    String.raw`refer[êe]ncia de cliente`,
    String.raw`recomenda[çc][ãa]o de cliente`,
    String.raw`cliente indicad[oa]`,
    String.raw`cadastr(?:ar|o|ei|amos)`,
    // "deixo-vos um contacto novo", "nova oportunidade", "Cliente: …"
    String.raw`(?:contacto|contato) novo`,
    String.raw`novo (?:contacto|contato|lead|cliente)`,
    String.raw`nova oportunidade`,
    String.raw`registr(?:ar|o|amos|em)`,
    // the Brazilian imperative with its particle: "registra aí", "registra pra mim"
    String.raw`registra (?:a[ií]|pra mim|para mim|pra n[óo]s|para n[óo]s)`,
    // European spelling: "registar", "registem por favor", "registe pf"
    String.raw`regist(?:ar|em|e|amos)`,
    String.raw`cliente\s*:`,
    // "indicação: clínica …": a referral named as such before the prospect, like "Cliente: …"
    String.raw`indica(?:ção|cao)\s*:`,
  ],
  negationBefore: ["não", "nao", "sem", "nunca", "nenhum", "nenhuma", "nem", String.raw`n\/`],
  negationAfter: ["ainda não", "ainda nao", "pendente"],
  // "no"/"na" are "in the" here, a negation in Spanish and English ("ela já se encontra na fase de testes"):
  // words that Spanish and English do not write, that tell a clause in Portuguese
  commonWords: [
    "no",
    "na",
    "nas",
    "do",
    "das",
    "em",
    "um",
    "uma",
    "com",
    "ao",
    "pelo",
    "pela",
    "também",
    "já",
    "ainda",
    "estão",
    "são",
    "tem",
    "têm",
    "ele",
    "ela",
    "eles",
    "elas",
  ],
  conditional: ["quando", "assim que", "depois"],
  yes: ["sim", "ok", "concedido", "autorizado", "de acordo", "obtido", "confirmado", "autorizada"],
  no: ["ainda não", "ainda nao", "não", "nao", "pendente", "a confirmar", "por confirmar"],
  stage: {
    // month names, for a meeting's date written out ("… on 14 March", "… el 11 de mayo")
    month: [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ],
    evaluation: [
      // the proposal being written, a public tender: "montando a proposta", "pregão eletrônico"
      String.raw`(?:montando|preparando|elaborando)\s+(?:a|uma|nossa)\s+(?:proposta|cotação)`,
      String.raw`pregão`,
      String.raw`período de teste`,
      // a proof of concept: "prova de conceito a decorrer"
      String.raw`prova\s+de\s+conceito`,
      // comparing the vendor with others, a proposal due: "estão comparando a X com Y", "a proposta precisa sair"
      String.raw`(?:estão|está|estamos)\s+comparando`,
      String.raw`(?:a\s+)?proposta\s+(?:precisa|deve|tem\s+que|vai)\s+sair`,
      String.raw`em teste`,
      String.raw`avalia(?:ção|ndo)`,
      String.raw`(?:proposta|cotação|orçamento)\s+(?:comercial\s+)?(?:solicitad[ao]|enviad[ao]|em preparação)`,
      String.raw`comparando\s+(?:propostas|fornecedores|soluções)`,
      // "já enviámos uma proposta preliminar"
      // "enviámos-lhes a proposta"
      String.raw`(?:enviámos|enviamos|mandamos|mandámos|apresentámos|apresentamos)(?:-lhes|-lhe)?\s+(?:uma\s+|a\s+)?(?:nossa\s+)?(?:proposta|cotação|orçamento)`,
      String.raw`piloto`,
      // "vamos a concurso", "pediram-nos uma proposta"
      String.raw`concurso`,
      String.raw`pediram(?:-nos)?\s+(?:uma?\s+)?(?:proposta|cotação|orçamento)`,
      // a quote received or under review, a tender: "proposta recebida", "orçamento em análise", "licitação"
      String.raw`(?:proposta|cotação|cotacao|orçamento|orcamento)\s+(?:[\p{L}]+\s+){0,3}?(?:recebid[ao]|entregue|apresentad[ao]|em\s+análise|em\s+analise|em\s+avaliação)`,
      String.raw`licita(?:ção|cao|ções)|caderno\s+de\s+encargos|pedido\s+de\s+(?:proposta|cotação|cotacao|orçamento|orcamento)`,
      // a trial by its other names: "versão de teste", "conta demo", "estão testando a plataforma", "estão a testar"
      String.raw`(?:versão|versao|licença|licenca|conta|acesso|ambiente|fase)\s+(?:de\s+)?(?:teste|testes|avaliação|avaliacao|demonstração|demo|trial)`,
      String.raw`(?:estão|está|estao|esta)\s+(?:testando|a\s+testar)\s+(?:[\p{L}]+\s+){0,2}?(?:solução|solucao|software|produto|plataforma|módulo|modulo|sistema|ferramenta)`,
      String.raw`(?:estão|está|estao)\s+a\s+(?:testar|comparar)`,
      // negotiating, budget granted: "em negociação", "orçamento aprovado", "verba liberada"
      String.raw`(?:em\s+)?negocia(?:ção|cao|ções)`,
      String.raw`(?:orçamento|orcamento)\s+(?:já\s+)?(?:aprovado|liberado|garantido|reservado)|verba\s+(?:já\s+)?(?:aprovada|liberada|garantida)`,
      // a proposal asked for or being written: "ela pediu proposta", "pedimos uma proposta", "estamos a preparar a proposta"
      String.raw`(?:pediu|pediram|pedimos|pede|pedem)\s+(?:uma\s+|a\s+)?(?:proposta|cotação|cotacao|orçamento|orcamento)`,
      String.raw`(?:preparar|preparando)\s+a\s+(?:nossa\s+)?proposta`,
      // the European progressive: "estão a avaliar", "está a testar", "estamos a comparar propostas"
      String.raw`(?:estão|está|estamos)\s+a\s+(?:avaliar|testar|comparar)`,
    ],
    newIntro: [
      // we make the introduction: "fazemos a apresentação"
      String.raw`fazemos\s+(?:apenas\s+|só\s+)?a\s+apresentação`,
      String.raw`primeiro\s+cont(?:at|act)o`,
      String.raw`(?:conversa|contato|contacto|reunião)\s+inicial`,
      // a prospect the writer presents to the vendor ("… para vos apresentar")
      String.raw`para\s+(?:vos|lhes)\s+apresentar`,
      String.raw`(?:ainda\s+)?sem\s+{event}`,
      // "é apenas uma apresentação", "na fase da ideia", "só um aviso", "mencionei o vosso produto", "ainda não houve conversa"
      String.raw`(?:apenas|só|somente)\s+uma\s+apresentação`,
      String.raw`fase\s+da\s+ideia`,
      // "ainda não marcámos reunião", "é uma indicação", "apenas uma recomendação"
      String.raw`ainda\s+não\s+(?:marcamos|marcámos|agendamos|agendámos)`,
      String.raw`(?:é|e)\s+uma\s+indicação|indicação\s+rápida|(?:apenas|só)\s+uma\s+recomendação`,
      String.raw`(?:só|apenas)\s+um\s+aviso`,
      // the partner only makes the bridge: "estou só fazendo a ponte", "é apenas uma referenciação"
      String.raw`(?:só|apenas|somente)\s+(?:(?:estou|estamos)\s+)?(?:fazendo|faço|fazemos)\s+a\s+(?:ponte|apresentação|indicação)`,
      String.raw`(?:apenas|só|somente)\s+(?:uma\s+)?referencia(?:ção|cao)`,
      // the introduction and no more: "somente a indicação", "apenas a referência", "só apresentação",
      // "só estamos a apresentar"
      // (not "não só a indicação: também …")
      String.raw`(?<!(?:^|\s)n[ãa]o\s+)(?:apenas|só|somente)\s+(?:a\s+)?(?:indicação|referência|apresentação)`,
      String.raw`(?:apenas|só|somente)\s+(?:estou|estamos)\s+(?:a\s+)?apresent(?:ando|ar)`,
      String.raw`mencion(?:ei|ámos|amos)\s+(?:o\s+)?(?:vosso|seu)\s+produto`,
      String.raw`ainda\s+não\s+houve\s+(?:uma\s+)?(?:conversa|reunião)`,
      // weighing a change, nothing agreed: "estão pensando em trocar de sistema", "consideram substituir"
      String.raw`(?:pensando|pensam|pensa|considerando|consideram|considera)\s+(?:em\s+)?(?:trocar|substituir|mudar|migrar|sair|deixar)`,
      // a lead just come in: "novo contato", "nos procurou", "pedido pelo site", "demonstrou interesse"
      String.raw`novo\s+(?:lead|contato|contacto|prospect)|nova\s+(?:oportunidade|solicitação|solicitacao)`,
      // the adjective after the noun: "lead novo", "um lead rápido"
      String.raw`lead\s+(?:novo|r[áa]pido)`,
      String.raw`(?:nos|me)\s+(?:procurou|procuraram|contatou|contactou|contataram|contactaram)`,
      String.raw`(?:pedido|solicitação|solicitacao|contato|contacto)\s+(?:[\p{L}]+\s+)?(?:pelo|através\s+do|atraves\s+do|via)\s+(?:nosso\s+)?(?:site|formulário|formulario)`,
      String.raw`(?:demonstrou|manifestou|mostrou|demonstraram|manifestaram|mostraram)\s+(?:[\p{L}]+\s+)?interesse`,
      // early days: "fase inicial", "estágio preliminar"
      String.raw`(?:fase|estágio|estagio|etapa)\s+(?:inicial|preliminar|exploratória|exploratoria)`,
      // a first approach, a meeting still to be booked: "primeira abordagem", "apresentação inicial", "reunião por marcar"
      String.raw`primeira\s+abordagem|(?:apresentação|abordagem)\s+inicial`,
      String.raw`{event}\s+(?:ainda\s+)?por\s+(?:marcar|agendar)`,
      // only a referral, then out: "apenas uma indicação", "só uma referência por agora", "apresento e saio de cena", "saímos do processo"
      String.raw`(?:apenas|só|somente)\s+uma\s+(?:indicação|referência\s+por\s+(?:agora|enquanto))`,
      String.raw`(?:apresento|apresentamos)\s+e\s+(?:saio|saímos)`,
      String.raw`(?:saio|saímos)\s+(?:de\s+cena|do\s+processo)`,
    ],
    // the booking first: "já marcamos uma reunião com …", "ficou marcada reunião dia 20"
    discovery: [
      String.raw`(?:marcamos|marcámos|agendamos|agendámos|combinamos|combinámos)\s+(?:uma\s+|a\s+)?{event}`,
      String.raw`fic(?:ou|aram)\s+(?:marcad|agendad)[oa]s?\s+(?:uma\s+|a\s+)?{event}`,
      // the prospect booked it: "a cliente já agendou uma chamada", "marcaram uma reunião"
      String.raw`(?:agendou|marcou|agendaram|marcaram)\s+(?:uma\s+|a\s+)?{event}`,
    ],
    // written without accents in terse notes: "reuniao"
    event: [
      "reunião",
      "reuniao",
      "demonstração",
      "chamada",
      "visita",
      "apresentação",
      "demo",
      "videochamada",
      String.raw`liga(?:ção|cao)`,
      "encontro",
      "demonstracao",
      "apresentacao",
    ],
    booked: [
      String.raw`marcad[oa]`,
      String.raw`agendad[oa]`,
      String.raw`confirmad[oa]`,
      String.raw`previst[oa]`,
      String.raw`reservad[oa]`,
      String.raw`combinad[oa]`,
      String.raw`programad[oa]`,
    ],
    // weekdays also by number: "3a feira", "5ª-feira"
    day: ["segunda", "terça", "quarta", "quinta", "sexta", "amanhã", String.raw`[2-6]\s?[aª]\s?-?\s?feira`],
    held: ["fizemos", "tivemos"],
    heldArticle: ["a", "o", "uma", "um", "duas"],
    thanked: [String.raw`obrigad[oa]\s+pel[oa]`],
    // "a reunião foi realizada no dia 3", "visita realizada em 5 de março"
    heldAfter: [String.raw`(?:já\s+)?(?:foi\s+)?(?:realizad|feit)[oa]`],
    duration: ["minutos", String.raw`horas?`],
  },
  consent: {
    // the prospect agreed to being contacted, the two words in one sentence in either order
    agreeWord: [String.raw`autoriz\p{L}*`, String.raw`concord(?:ou|a|am|aram)`, "de acordo"],
    contactWord: [
      String.raw`conta(?:c)?t\p{L}*`,
      String.raw`ligu\p{L}*`,
      String.raw`ligar(?:em)?`,
      String.raw`liga(?:ção|cao)`,
    ],
    permission: [
      // "pode passar meu contato para a empresa": the prospect hands over their details
      String.raw`(?:pode|podem)\s+passar\s+(?:o\s+)?(?:meu|meus|seu|seus)\s+(?:cont(?:at|act)os?|dados|telefone|e-?mail)`,
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
      String.raw`(?:tá|está|esta)\s+(?:esperando|à espera de|a\s+espera\s+de|aguardando)\s+(?:o\s+|um\s+|seu\s+|a\s+|uma\s+|sua\s+)?(?:contato|contacto|ligação|telefonema|chamada)`,
      // "ele já sabe que vocês vão ligar", "aceitou ser contactada", "pediu para marcarmos a chamada", "autorizou que a equipa a contacte"
      String.raw`sabe\s+que\s+(?:vocês|voces|vcs)\s+(?:vão|vao|irão)\s+(?:lhe\s+|lhes\s+)?(?:ligar|contactar|contatar|entrar)`,
      // spoken "topar" (to agree): "a sócia topou ser contactada"
      String.raw`(?:aceit|top)(?:ou|aram)\s+ser\s+conta(?:c)?tad[oa]s?`,
      // terse notes: "pediu pra gente ligar", "pediu p/ marcar a demo"
      String.raw`pediu(?:-nos|-me)?\s+(?:para|pra|p\/|que)\s+(?:[\p{L}]+\s+){0,2}?(?:marcar|agendar|entrar(?:em)?\s+em\s+conta(?:c)?to|ligar(?:em)?|contactar(?:em)?|contatar(?:em)?)`,
      String.raw`autorizou\s+que\s+(?:[\p{L}]+\s+){0,7}?(?:fal|lig|contact|contat|entr)\p{L}*`,
      // "autorizou-me a passar-vos o contacto", "deu autorização para ser contactado", "concorda que liguem"
      String.raw`autoriz(?:ou|aram)(?:-me|-nos)?\s+a\s+(?:passar|partilhar|compartilhar|dar|enviar)(?:-vos|-lhes)?\s+(?:o\s+|os\s+)?(?:seus?\s+)?(?:cont(?:act|at)os?|dados)`,
      String.raw`(?:deu|deram|dado)\s+(?:a\s+)?(?:sua\s+)?autoriza(?:ção|cao)\s+(?:para|de)\s+(?:ser\s+)?(?:contactad|contatad|ligad)\p{L}*`,
      String.raw`concord(?:a|am|ou|aram)\s+(?:q|que|em\s+que)\s+(?:[\p{L}]+\s+){0,4}?(?:liguem|ligue|contactem|contacte|contatem|contate|falem|fale)(?![\p{L}])`,
      // "topou falar com vcs", "aceitou conversar com vocês"
      String.raw`(?:topou|toparam|aceitou|aceitaram|concordou)\s+(?:em\s+)?(?:falar|conversar)\s+com\s+(?:vocês|voces|vcs|a\s+equipa|a\s+equipe)`,
      // "pediu expressamente que a contactem"; the prospect's own ask in a forward: "… que me contacte?"
      String.raw`pedi(?:u|ram)\s+(?:expressamente\s+)?(?:para|que)\s+(?:[\p{L}]+\s+){0,3}?(?:contact|contat|lig)(?:em|e|asse|assem)(?![\p{L}])`,
      String.raw`que\s+me\s+(?:contacte|contate|ligue|contactem|contatem|liguem)(?![\p{L}])`,
      // told and open to it: "já está informado", "está aberta a uma conversa", "quer ser contatado"
      String.raw`(?:está|estão|esta)\s+(?:já\s+)?(?:informad[oa]s?|avisad[oa]s?|ciente|cientes|a\s+par)`,
      String.raw`(?:está|estão)\s+(?:abert[oa]s?|disponível|disponivel|dispost[oa]s?)\s+(?:a|para)\s+(?:uma\s+|um\s+|ser\s+)?(?:conversa|reunião|reuniao|contato|contacto|ligação|ligacao|chamada|contatad[oa]s?|contactad[oa]s?)`,
      String.raw`(?:quer|querem|prefere|deseja|desejam|gostaria\s+de|gostariam\s+de)\s+ser\s+(?:contatad|contactad)[oa]s?`,
      // allowed in so many words: "podem contatá-lo", "autorização do cliente obtida"
      String.raw`(?:podem|pode|podes)\s+(?:contatá-l[oa]s?|contactá-l[oa]s?|ligar-lhe|ligar\s+para\s+(?:ele|ela))`,
      String.raw`(?:consentimento|autorização|autorizacao)\s+(?:do\s+cliente\s+|da\s+cliente\s+)?(?:obtid[oa]|confirmad[oa]|recebid[oa])`,
    ],
    prohibition: [
      // "não o contactem", "não lhe liguem" (pronoun before the verb; pt-PT writes "contacto")
      String.raw`não\s+(?:o\s+|a\s+|os\s+|as\s+|lhe\s+|lhes\s+)?(?:entrem\s+em\s+conta(?:c)?to|conta(?:c)?tem|liguem)`,
      // "ainda não sabe que…": the prospect has not been told
      String.raw`ainda\s+não\s+sabe(?:m)?\s+que`,
      String.raw`aguard(?:em|e|ar)\s+(?:até|pela|pelo|a\s+minha|o\s+meu)`,
      String.raw`ainda\s+não\s+(?:lhe\s+|lhes\s+)?(?:perguntei|perguntámos|perguntamos|falei|falámos|falamos|confirmei|combinei|combinámos|combinamos)`,
      // asked not to be called, not sure they accepted, no contact for now
      String.raw`pediu\s+(?:para|que)\s+não\s+(?:lhe\s+|lhes\s+|o\s+|a\s+)?(?:lig|contact|contat)\p{L}*`,
      String.raw`não\s+sei\s+se\s+(?:[\p{L}]+\s+){0,3}?(?:aceit|concord|autoriz)\p{L}*`,
      String.raw`nada\s+de\s+conta(?:c)?to`,
      // not told or agreed yet, only through us: "ainda não está informado", "autorização pendente", "tenho de confirmar primeiro"
      String.raw`não\s+(?:está|foi|estão)\s+(?:ainda\s+)?(?:informad|avisad)[oa]s?`,
      String.raw`(?:tenho|temos)\s+(?:que|de)\s+(?:confirmar|perguntar|validar|falar)\s+(?:com\s+(?:ele|ela|o\s+cliente|a\s+cliente)\s+)?(?:primeiro|antes)`,
      String.raw`(?:consentimento|autorização|autorizacao)\s+(?:[\p{L}]+\s+){0,2}?(?:pendente|por\s+confirmar|a\s+confirmar|por\s+obter)`,
      String.raw`(?:contato|contacto)\s+(?:só|apenas|somente)\s+(?:através\s+de|por\s+meio\s+de|via|por)\s+(?:nós|mim)`,
      String.raw`sem\s+(?:contato|contacto)\s+dire(?:c)?to`,
    ],
  },
  motionName: { services: [String.raw`servi[çc]os`], resale: ["revenda"], referral: [String.raw`indica[çc][ãa]o`] },
  motion: {
    // "compramos e revendemos", "revendemos em nome próprio"
    resale: [
      // the partner buys the licence and bills it on: "refaturamos ao cliente"
      String.raw`refatur\p{L}*`,
      String.raw`revenda`,
      String.raw`revender(?:emos)?`,
      String.raw`vamos\s+revender`,
      String.raw`revendemos`,
      // the bill goes through the partner: "faturamos ao cliente", "a compra passa por nós", "revendedor"
      String.raw`(?:faturamos|faturaremos|faturaríamos|facturamos)\s+(?:nós\s+)?(?:ao\s+cliente|o\s+cliente|as\s+licenças|a\s+licença|a\s+assinatura)`,
      String.raw`(?:faturamento|faturação|facturação|compra|venda|licenças?)\s+(?:vai|vão|passa|passam|será|é\s+feit[ao])\s+(?:[\p{L}]+\s+)?(?:por|através\s+de|via)\s+nós`,
      String.raw`(?:compramos|compraremos)\s+(?:[\p{L}]+\s+){0,2}?(?:de\s+vocês|a\s+vocês|as\s+licenças)`,
      String.raw`revendedor(?:a|es)?`,
    ],
    // "só fazemos a referência", "fazemos a apresentação e saímos de cena"
    referral: [
      // the contact stays with the vendor: "o contacto fica convosco"
      String.raw`fica\s+(?:convosco|com\s+vocês)`,
      String.raw`indica(?:ção|cao|ções)`,
      String.raw`(?:só|apenas)\s+(?:fazemos\s+)?(?:uma\s+|a\s+)?referência`,
      // "é uma referência minha", "referência nossa": the lead is the partner's referral
      String.raw`referência\s+(?:nossa|minha)|(?:nossa|minha)\s+referência`,
      String.raw`sa(?:i|ímos|imos|io|iremos)\s+de\s+cena`,
      // "só estou apresentando", "a minha participação termina aqui"
      String.raw`(?:só|apenas|somente)\s+(?:estou\s+|estamos\s+)?apresentando`,
      String.raw`(?:nossa|minha)\s+participação\s+termina`,
      String.raw`(?:apenas|só)\s+uma\s+recomendação`,
      // "só faço a ponte": the partner only connects the two sides
      String.raw`(?:fazendo|faço|fazemos|fazer|faz)\s+a\s+ponte`,
      // "somos apenas a ponte" (we are only the bridge)
      String.raw`(?:somos|sou)\s+(?:apenas|só|somente)\s+a\s+ponte`,
      // "nós apenas fazemos a apresentação", "é apenas uma referenciação", "somos angariadores"
      String.raw`(?:apenas|só|somente)\s+(?:fazemos|faço)\s+a\s+apresentação`,
      String.raw`(?:apenas|só|somente)\s+(?:uma\s+)?referencia(?:ção|cao)`,
      String.raw`angariador(?:es|a|as)?`,
      // the verb first: "faremos apenas a apresentação"
      String.raw`(?:faremos|fazemos|faço|farei)\s+(?:apenas|só|somente)\s+a\s+apresentação`,
      // the vendor bills and takes over: "vocês faturam diretamente", "contrato diretamente com vocês", "comissão de indicação"
      String.raw`(?:vocês|voces)\s+(?:faturam|facturam|contratam|fecham)\s+(?:[\p{L}]+\s+){0,2}?dire(?:c)?tamente`,
      String.raw`(?:contrato|fatura|factura|faturamento)\s+(?:[\p{L}]+\s+){0,3}?dire(?:c)?tamente\s+(?:com|entre|por)\s+(?:vocês|voces|o\s+fabricante)`,
      String.raw`comiss(?:ão|ao)\s+(?:de|por)\s+(?:indicação|indicacao|referência)`,
      String.raw`(?:vocês|voces)\s+(?:assumem|seguem|tocam)\s+(?:daqui|a\s+partir\s+daqui)`,
      // only introducing: "só estou apresentando", "apenas estamos apresentando"
      String.raw`(?:só|apenas)\s+(?:estou|estamos)\s+apresentando`,
      // the verb "indicar" (to refer a client): "nós apenas indicamos", "queremos indicar-vos", "recomendo-vos"
      String.raw`(?:apenas|só|somente)\s+(?:vos\s+)?indic(?:amos|o|ando|aremos)`,
      String.raw`(?:quero|queremos|gostaria\s+de|gostaríamos\s+de)\s+(?:vos\s+)?indicar`,
      String.raw`recomend(?:o|amos)-vos`,
      // "trata-se de uma referenciação", "apenas como referência"
      String.raw`(?:trata-se\s+de|é)\s+uma\s+referencia(?:ção|cao)`,
      String.raw`(?:apenas|só|somente)\s+como\s+referência`,
    ],
    services: [
      String.raw`implantação`,
      String.raw`integrador(?:es)?`,
      String.raw`serviços?\s+gerid[oa]s?`,
      // a labelled answer that opens with it: "Tipo de parceria: Serviços – instalação"
      String.raw`^\s*servi[çc]os(?![\p{L}])`,
      // "cuidamos da implantação", "faremos o treinamento", "ficamos com a parametrização"
      String.raw`(?:cuidamos|cuidaremos|ficamos|ficaremos)\s+(?:da|do|com\s+a|com\s+o)\s+(?:implantação|implementação|instalação|configuração|parametrização|treinamento|formação|integração|suporte|migração)`,
      // "prestaremos os serviços de implementação"
      String.raw`(?:prestaremos|prestamos|vamos\s+prestar)\s+(?:os\s+)?servi[çc]os\s+de\s+(?:implementa|implanta|integra|configura|instala|suporte|forma)\p{L}*`,
      String.raw`(?:faremos|fazemos|vamos\s+fazer)\s+(?:a|o)\s+(?:implantação|implementação|instalação|configuração|parametrização|treinamento|formação|integração|suporte)`,
    ],
    technology: [
      // the vendor's product joined to the partner's: "integração com o nosso ERP", "parceiro tecnológico"
      String.raw`(?:integração|integracao|conector|interface)\s+(?:com|entre)\s+(?:o\s+|a\s+)?(?:nosso|nossa)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:software|plataforma|solução|produto|aplicativo|aplicação|sistema|erp|app)`,
      String.raw`parceiro\s+tecnológico|parceria\s+tecnológica`,
    ],
  },
  money: {
    near: ["valor", "orçamento", "montante", "(?:por|ao) ano", "anua(?:l|is)", String.raw`\/\s?ano`],
    other: [
      "faturamento",
      "arrecada(?:ção|m)",
      "faturação",
      "receita",
      String.raw`fatur(?:a|am)`,
      "custou",
      "gast(?:aram|ou)",
    ],
    monthly: ["(?:por|ao) m[êe]s", "mensa(?:l|is)", String.raw`\/\s?m[êe]s`],
    price: ["licenças?", "assinatura", "mensalidade"],
    between: ["entre"],
    unit: [
      String.raw`(?:por|cada)\s(?:usuário|utilizador|licença|associado|funcionário|loja|filial|unidade|veículo|quarto|leito)`,
    ],
  },
  competitorBefore: [
    // "estão avaliando também a X"
    // also the first person and the spoken short forms ("estamos olhando o X", "tá olhando o X"), and a
    // rival weighed beside the offer: "estão avaliando junto com o X"
    String.raw`(?:também\s+)?(?:estão|está|estamos|tá|tão)\s+(?:olhando|avaliando|vendo)\s+(?:também\s+)?(?:junto\s+com\s+)?(?:a\s+|o\s+)?`,
    // European Portuguese "estar a" and a verb: "estão a ver o X", "estamos a avaliar também a X"
    String.raw`(?:estão|está|estamos)\s+a\s+(?:ver|avaliar|considerar|olhar\s+para)\s+(?:também\s+)?(?:a\s+|o\s+)?`,
    // "estão comparando com o X", "comparam também com a X"
    String.raw`(?:comparando|comparam|compara)\s+(?:\S+\s+){0,2}?com\s+(?:o\s+|a\s+)?`,
    String.raw`(?:usa|usam|utiliza|utilizam)\s+(?:hoje|atualmente|já)\s+`,
    // "pediram preço à X", "uma proposta da X": a rival's offer
    // "para" and the spoken "pra"/"pro" with a bare name: "pediram cotação pra X" (with an article it is
    // whom the proposal is for: "proposta para a direção")
    String.raw`(?:pediram|pediu|pedimos)\s+(?:\p{L}+\s+)?(?:preço|proposta|orçamento|cotação)\s+(?:(?:à|ao|a|de|da|do)\s+|(?:para|pra|pro)\s+(?![ao]s?\s))`,
    String.raw`(?:proposta|orçamento|cotação)\s+(?:da|do)\s+`,
    String.raw`(?:atualmente|hoje)\s+(?:usam|usa|utilizam|utiliza)\s+(?:o\s+|a\s+)?`,
    String.raw`(?:a\s+)?olhar\s+para\s+(?:o\s+|a\s+)?`,
    // "também olharam a X"
    String.raw`(?:também\s+)?olhar(?:am|ou|amos)\s+(?:para\s+)?(?:a\s+|o\s+)?`,
    String.raw`(?:concorrentes?|concorrência)\s*:\s*`,
    String.raw`(?:substituir|substitui|substituem)\s+(?:o\s+|a\s+)?`,
    // the current system named in brackets: "o software atual (X)", "sistema existente (X)"
    String.raw`(?:software|sistema|programa|solução|plataforma|fornecedor|erp|crm|dms)s?\s+(?:atual|atuais|existente)\s*\(\s*`,
    String.raw`(?:em\s+vez\s+d[eoa]|no\s+lugar\s+d[eoa])\s+`,
    // the offer competes with a rival: "concorrendo com X", "concorre com a X"
    String.raw`concorr(?:endo|e|em)\s+com\s+(?:o\s+|a\s+)?`,
  ],
  competitorNone: [String.raw`sem\s+concorr(?:ência|entes)`, String.raw`nenhum\s+concorrente`],
  // a rival's offer made, after its name: "A X também está a apresentar proposta", "X apresentou uma proposta"
  competitorAfter: [
    String.raw`(?:também\s+)?(?:está|estão)\s+(?:a\s+apresentar|apresentando)\s+(?:uma\s+)?proposta`,
    String.raw`(?:também\s+)?apresent(?:ou|aram)\s+(?:uma\s+)?proposta`,
  ],
  productKind: { after: ["módulo"], before: ["módulo", "pacote", "plano"] },
  productBefore: [
    String.raw`interessad[oa]s?\s+(?:em|no|na)`,
    String.raw`(?:licen[çc]as?|teste|demonstração)\s+(?:de|do|da)`,
  ],
  problem: {
    strong: [
      // a whiteboard or a notebook: "num quadro branco", "num caderno"
      String.raw`quadros?\s+brancos?`,
      String.raw`cadern(?:o|os|inho)`,
      String.raw`à mão`,
      // time the process eats, the same work over tools: "perdem muito tempo", "três sistemas diferentes"
      String.raw`perde(?:m|mos)?\s+(?:muito\s+)?tempo`,
      String.raw`(?:sistemas|programas)\s+diferentes`,
      // decidido no feeling: "preços no olho", "de cabeça", "no achismo"
      String.raw`no olho`,
      String.raw`de cabeça`,
      String.raw`no achismo`,
      String.raw`manual(?:mente)?`,
      String.raw`(?:com|em) papel`,
      String.raw`planilhas?`,
      String.raw`folhas de cálculo`,
      String.raw`excel`,
      String.raw`problemas?`,
      String.raw`retrabalho`,
      String.raw`sem (?:controle|controlo|visibilidade|integração)`,
      // "um sistema legado em Delphi", "não temos forma de reembolsar"
      String.raw`sistemas?\s+legados?`,
      String.raw`temos\s+(?:forma|como)\s+de`,
      String.raw`digita\w* (?:tudo|depois)`,
      // typed in twice: "contratos digitados duas vezes"
      String.raw`digitad\p{L}* duas vezes`,
      // "a dor principal é …": the main pain
      String.raw`dor principal`,
      // the words the other way round, or the biggest: "a principal dor é …", "a maior dor"
      String.raw`(?:principal|maior)\s+dor`,
    ],
    // a means of talking as the process: "marcam por telefone", "pedidos pelo WhatsApp"; "falei com ela por telefone"
    // is the partner's talk
    channel: [
      String.raw`(?:por|pelo|via)\s+(?:telefone|whatsapp|instagram|facebook|messenger)`,
      String.raw`ao\s+telefone`,
    ],
    talked: [
      "falei",
      "falamos",
      "falámos",
      "conversei",
      "conversamos",
      "liguei",
      "ligámos",
      "ligamos",
      "combinamos",
      "combinámos",
      "confirmou",
    ],
    weak: [
      // a situação de hoje: "hoje controlam tudo em papel", "ainda fazem as escalas à mão" ("ainda não …"
      // names no verb)
      String.raw`(?:hoje(?:\s+em\s+dia)?|atualmente|actualmente|ainda)\s+(?:(?:se|os|as)\s+)?\p{L}{2,}[ae]m`,
      String.raw`querem`,
      String.raw`quer`,
      String.raw`precisa(?:m|mos)?`,
      String.raw`procura(?:m|mos|ndo)?`,
      String.raw`exigem`,
      String.raw`devem`,
      String.raw`t[êe]m (?:de|que)`,
      // "pretende substituir …": an aim
      String.raw`pretende(?:m|mos)?`,
      String.raw`automatizar`,
      String.raw`\d[\d.,]*\s*faturas (?:por|ao|cada) (?:mês|ano)`,
    ],
    // an interest named ("interessados em …", "interesse principal: …"): a need when its object is no name (see prose-fields)
    interest: [String.raw`interessad[oa]s?\s+(?:em|no|na|nos|nas)`, String.raw`interesse\s+principal`],
  },
  // "ainda sem site", "não têm site, só Instagram"
  noWebsite: [
    String.raw`(?:sem|não\s+(?:têm|tem))\s+(?:site|página\s+web)`,
    String.raw`só\s+(?:têm\s+)?(?:uma\s+página\s+de\s+|o\s+)?(?:facebook|instagram)`,
  ],
  placeBefore: [String.raw`sediad[oa] em`, String.raw`com sede em`, String.raw`em`],
  sizePlaceBefore: ["em", "no", "na"],
  placeFrom: ["de", "da", "do"],
  // where a lead comes from, "Lead novo do …" (read case-sensitive: a capital opens a sentence); not
  // "oportunidade da …", which names whose opportunity it is
  leadFrom: [String.raw`[Ll]ead(?:\s+nov[oa])?\s+(?:do|da|de)`],
  placeFor: ["para"],
  rolloutWord: ["mercado", "projeto", "expansão"],
  phoneExtension: ["ramal"],
  regionWord: [String.raw`região`, String.raw`distrito`, String.raw`estado de`],
  // "Estado: …" is a deal's status or a Brazilian state
  stateOrStatusLabel: ["estado"],
};

/** A company named as the prospect's parent or owner ("parent is …", "subsidiary of …"): not the prospect itself. */
export const parentCompany: readonly string[] = [
  String.raw`subsidiária d[aeo]`,
  String.raw`(?:controladora|empresa-mãe|matriz)(?: é)?`,
];

/** Nouns a professional firm's name ends with ("Lopes Matos Advogados", "Sá & Associados"). */
export const firmNoun: readonly string[] = ["Advogados", "Associados"];
