// Job-title words per language: a phrase holding one of them reads as a role ("Head of Finance",
// "Leiterin Einkauf", "eiendomssjef", "współwłaściciel"). Whole words in `words`; in languages that
// compound nouns, the endings a title is built with in `endings` ("Bauamts|leiter",
// "laatu|päällikkö"). Lower case; a space stands for any blank run. Each entry has a unit test in
// tests/parser/extract/roles.test.ts written with other titles.
import { escapeRegExp } from "../text/regex.ts";

export interface RoleTable {
  /** title words as written alone ("director", "titolare", "jednatel") and common short forms ("mgr", "dir") */
  words: readonly string[];
  /** endings that make a compound a title ("…leiter", "…sjef", "…päällikkö") */
  endings?: readonly string[];
  /**
   * title words that open a compound written without a blank, in a script that writes none between
   * words (Thai "ผู้จัดการ|ฝ่ายขาย", manager of sales): a title wherever a word starts with one
   */
  starts?: readonly string[];
}

export const ROLE_WORDS: Record<string, RoleTable> = {
  en: {
    words: [
      "cfo",
      "ceo",
      "coo",
      "cto",
      "cio",
      "cpo",
      "cro",
      "ciso",
      "cso",
      "chro",
      "vp",
      "svp",
      "evp",
      "md",
      "gm",
      "controller",
      "comptroller",
      "director",
      "manager",
      "head",
      "chief",
      "owner",
      "co-owner",
      "founder",
      // "team leader", "purchasing leader"
      "leader",
      "co-founder",
      "cofounder",
      "officer",
      "president",
      "lead",
      "supervisor",
      "accountant",
      "treasurer",
      "administrator",
      "coordinator",
      "specialist",
      "principal",
      "partner",
      "bookkeeper",
      "planner",
      "dispatcher",
      "buyer",
      "engineer",
      "superintendent",
      "bursar",
      // the head of a university or a school, and a museum's or a collection's keeper ("dean" is a
      // given name too, so a person called so would read as a title: not listed)
      "rector",
      "headmaster",
      "headmistress",
      "curator",
      "proprietor",
      "chairman",
      "chairwoman",
      "chairperson",
      "chair",
      "secretary",
      "registrar",
      "foreman",
      "clerk",
      "counsel",
      "executive",
      // the short forms people type on a phone: "ops mgr", "fin dir", "maint lead"
      "mgr",
      "dir",
      "ctrl",
      // the lawyer a firm's contact often is, and its short form in a note ("managing atty")
      "lawyer",
      "attorney",
      "atty",
      // a vice president's short form, an inspector, a fishing vessel's skipper
      "avp",
      "inspector",
      "skipper",
      // a profession as the title itself: "Head Librarian", "County Archivist", "Pharmacist-in-Charge", the harbour master
      "librarian",
      "archivist",
      "pharmacist",
      "harbourmaster",
      "harbour master",
      "harbormaster",
      "harbor master",
    ],
  },
  de: {
    words: [
      // "GF Lukas Brandl": the short form of Geschäftsführer in a quick note
      "gf",
      "geschäftsführer",
      "geschäftsführerin",
      "geschäftsführende",
      "geschäftsführender",
      "vorstand",
      "prokurist",
      "prokuristin",
      "gesellschafter",
      "gesellschafterin",
      "kaufmännische",
      "kaufmännischer",
      "verantwortliche",
      "verantwortlicher",
      "sachbearbeiter",
      "sachbearbeiterin",
      "disponent",
      "disponentin",
      "einkäufer",
      "einkäuferin",
      "ingenieur",
      "ingenieurin",
      "managerin",
      "partnerin",
      "direktor",
      "direktorin",
      "leitung",
      "inspektor",
      "inspektorin",
      // an association's or a board's officers: "Präsidentin", "Kassenwart", "Schatzmeisterin"
      "präsident",
      "präsidentin",
      "kassenwart",
      "kassenwartin",
      "schatzmeister",
      "schatzmeisterin",
      // the owner ("Eigentümer"), a port's master ("Hafenmeisterin")
      "eigentümer",
      "eigentümerin",
      "hafenmeister",
      "hafenmeisterin",
      "hafenkapitän",
      // a zoo's or a museum's curator
      "kurator",
      "kuratorin",
    ],
    endings: [
      // "1. Vorsitzender", "Vereinsvorsitzende"
      "vorsitzende",
      "vorsitzender",
      "leiter",
      "leiterin",
      "chef",
      "chefin",
      "controller",
      "controllerin",
      "buchhalter",
      "buchhalterin",
      "referent",
      "referentin",
      "berater",
      "beraterin",
      "vorstand",
      "verwalter",
      "verwalterin",
      "beauftragte",
      "beauftragter",
      "inhaber",
      "inhaberin",
      "leitung",
    ],
  },
  fr: {
    words: [
      "directeur",
      "directrice",
      // a museum's or a library's curator (masculine, feminine)
      "conservateur",
      "conservatrice",
      "gérant",
      "gérante",
      "responsable",
      "drh",
      "daf",
      "pdg",
      "administrateur",
      "administratrice",
      "comptable",
      "coordinateur",
      "coordinatrice",
      "président",
      "présidente",
      "fondateur",
      "fondatrice",
      "associé",
      "associée",
      "acheteur",
      "acheteuse",
      "ingénieur",
      "propriétaire",
      // "conductrice de travaux": a building site's manager ("conducteur" alone is a driver)
      "conducteur de travaux",
      "conductrice de travaux",
      // the acronyms French titles go by: ressources humaines, systèmes d'information, directeur général
      "rrh",
      "dsi",
      "dg",
      "secrétaire",
      // professions as titles ("pharmacienne titulaire", "bibliothécaire"), Québec's "coordonnatrice", a co-manager
      "pharmacien",
      "pharmacienne",
      "archiviste",
      "bibliothécaire",
      "coordonnateur",
      "coordonnatrice",
      "cogérant",
      "cogérante",
    ],
  },
  es: {
    words: [
      "director",
      "directora",
      "gerente",
      "jefe",
      "jefa",
      "responsable",
      "coordinador",
      "coordinadora",
      "ingeniero",
      "ingeniera",
      "propietario",
      "propietaria",
      "fundador",
      "fundadora",
      "socio",
      "socia",
      "contable",
      "contador",
      "contadora",
      "administrador",
      "administradora",
      "dueño",
      "dueña",
      "encargado",
      "encargada",
      "presidente",
      "presidenta",
      "superintendente",
      "técnico",
      "técnica",
      // professions as titles ("farmacéutica titular"), a deputy manager, a town councillor ("concejala de Movilidad")
      "archivero",
      "archivera",
      "bibliotecario",
      "bibliotecaria",
      "farmacéutico",
      "farmacéutica",
      "subgerente",
      "gerenta",
      "concejal",
      "concejala",
    ],
  },
  it: {
    words: [
      // a secretary, of a club or an association ("Segretario Generale")
      "segretario",
      "segretaria",
      "direttore",
      "direttrice",
      "responsabile",
      "titolare",
      "amministratore",
      "amministratrice",
      "socio",
      "socia",
      "fondatore",
      "fondatrice",
      "coordinatore",
      "coordinatrice",
      "ingegnere",
      "contabile",
      "presidente",
      "avvocato",
      "avvocata",
      // the winemaker, a cellar's title written with or without its accent ("enologo", "enólogo")
      "enologo",
      "enologa",
      // "capo progetto", "capo reparto": the head of a project or department
      "capo",
      // professions as titles ("farmacista titolare")
      "archivista",
      "bibliotecario",
      "bibliotecaria",
      "farmacista",
    ],
  },
  pt: {
    words: [
      "diretor",
      "diretora",
      "director",
      "gerente",
      "chefe",
      "coordenador",
      "coordenadora",
      "engenheiro",
      "engenheira",
      "sócio",
      "sócia",
      "proprietário",
      "proprietária",
      "fundador",
      "fundadora",
      "gestor",
      "gestora",
      "administrador",
      "administradora",
      "responsável",
      "presidente",
      "superintendente",
      // a university's rector and pro-rectors ("Pró-Reitora de Graduação")
      "reitor",
      "reitora",
      "pró-reitor",
      "pró-reitora",
      // the owner as a quick note calls him ("o dono é …")
      "dono",
    ],
  },
  nl: {
    words: [
      "directeur",
      "hoofd",
      "eigenaar",
      "eigenaresse",
      "oprichter",
      "bedrijfsleider",
      "vennoot",
      "bestuurder",
      "controller",
      "boekhouder",
      "inkoper",
      "manager",
      "zaakvoerder",
      // a manager (feminine), a harbour master, a head of service (not "apotheker": German writes it before a
      // pharmacist's name as a form of address, "Apotheker Dr. …")
      "zaakvoerster",
      "havenmeester",
      "diensthoofd",
    ],
    // "praktijkhouder", "zaakhouder": the holder of a practice or business
    // "beleidsadviseur", "kwaliteitsverantwoordelijke": an adviser, the one answerable for a field
    endings: ["directeur", "manager", "leider", "coördinator", "beheerder", "houder", "adviseur", "verantwoordelijke"],
  },
  pl: {
    words: [
      // and its short form in a quick note ("dyr. handlowy")
      "dyr.",
      "dyrektor",
      "kierownik",
      "kierowniczka",
      "prezes",
      "właściciel",
      "właścicielka",
      "współwłaściciel",
      "współwłaścicielka",
      "księgowa",
      "księgowy",
      "specjalista",
      "specjalistka",
      "członek zarządu",
      "wspólnik",
      "wspólniczka",
      "inżynier",
      // the owner's title as a phone types it without the Polish letters
      "wlasciciel",
      "wlascicielka",
      // a university's chancellor (its administrative head)
      "kanclerz",
    ],
  },
  cs: {
    words: [
      "jednatel",
      "jednatelka",
      "ředitel",
      "ředitelka",
      "vedoucí",
      "majitel",
      "majitelka",
      "účetní",
      "mistr",
      "manažer",
      "manažerka",
      // a deputy ("zástupce ředitele"), a brewery's brewer
      "zástupce",
      "sládek",
    ],
  },
  // Slovak, masculine and feminine ("konateľ", "riaditeľ odboru")
  sk: {
    // "predseda predstavenstva": the chair of a board
    words: [
      "konateľ",
      "konateľka",
      "riaditeľ",
      "riaditeľka",
      "vedúci",
      "vedúca",
      "majiteľ",
      "majiteľka",
      "predseda",
      "predsedníčka",
    ],
  },
  // Turkish, with the possessive a title takes after its field ("Kalite Müdürü", "Yönetim Kurulu Başkanı")
  tr: {
    words: [
      "müdür",
      "müdürü",
      "başkan",
      "kurucu",
      "kurucusu",
      "kurucu ortak",
      "yönetici",
      "yöneticisi",
      "sahibi",
      "genel müdür",
      // a director, the one in charge ("Eczane Sorumlusu"), a clinic's chief physician
      "direktör",
      "direktörü",
      "sorumlusu",
      "başhekim",
    ],
  },
  // Hungarian titles end in "vezető" ("ügyvezető", "informatikai vezető") or "igazgató"
  hu: {
    // "közös képviselő": a condominium's appointed representative
    words: ["vezető", "igazgató", "tulajdonos", "elnök", "képviselő"],
    endings: ["vezető", "igazgató"],
  },
  // Indonesian and Malay ("Direktur Operasional", "Kepala Divisi Klaim")
  id: {
    // Malay: a director ("Pengarah Operasi")
    // a school's principal ("Pengetua")
    words: ["direktur", "kepala", "manajer", "pemilik", "ketua", "pengurus", "pengarah", "pengetua"],
  },
  // Latvian ("valdes loceklis": a member of the board; "direktors", "vadītājs")
  lv: {
    words: [
      "valdes loceklis",
      "valdes locekle",
      "valdes priekšsēdētājs",
      "direktors",
      "direktore",
      "vadītājs",
      "vadītāja",
    ],
  },
  // Vietnamese ("Giám đốc chất lượng", "Trưởng phòng kinh doanh")
  vi: {
    // the head of a cooperative, a team leader, an establishment's owner
    words: [
      "giám đốc",
      "trưởng phòng",
      "phó giám đốc",
      "chủ tịch",
      "chủ nhiệm",
      "trưởng nhóm",
      "chủ cơ sở",
      // a manager ("quản lý kho"), a secretary ("tổng thư ký", a secretary general), a head chef
      "quản lý",
      "thư ký",
      "bếp trưởng",
      // the owner ("chủ tiệm", a shop's owner; "chủ DN", a business's), a school's principal
      "chủ",
      "hiệu trưởng",
    ],
  },
  nordic: {
    // "vd": verkställande direktör, as Swedes write it
    // "rektor": a school's or university's head; "museumsinspektør": a museum's curator
    words: [
      "museumsinspektør",
      "direktør",
      "direktör",
      "ejer",
      "eier",
      "ägare",
      "leder",
      "ledare",
      "chef",
      "sjef",
      "controller",
      "vd",
      "rektor",
      // an association's or a board's officers: chair ("formand", "ordförande") and treasurer
      "formand",
      "ordförande",
      "kasserer",
      "kassör",
      // an owner (Danish), an archivist, a librarian, a foreman, Nynorsk "dagleg leiar", Icelandic managing director
      "indehaver",
      "arkivar",
      "bibliotekar",
      "værkfører",
      "leiar",
      "framkvæmdastjóri",
    ],
    // "medejer", "delägare", "klinikejer": an owner of a share or of a practice
    endings: [
      "chef",
      "sjef",
      "leder",
      "ledare",
      "direktør",
      "direktör",
      "ansvarlig",
      "ansvarig",
      "ejer",
      "eier",
      "ägare",
    ],
  },
  ca: {
    words: ["gerent", "directora", "propietari", "propietària", "coordinador", "coordinadora", "responsable"],
  },
  // Croatian, Serbian, Bosnian and Slovene titles, masculine and feminine
  hr: {
    // Slovene "vodja" heads a field ("vodja vzdrževanja", the head of maintenance)
    words: [
      "direktor",
      "direktorica",
      "voditelj",
      "voditeljica",
      "vlasnik",
      "vlasnica",
      "menadžer",
      "menadžerica",
      "vodja",
      // the head of a school, an institute or a public body
      "ravnatelj",
      "ravnateljica",
    ],
  },
  // Lithuanian, masculine and feminine: director, owner, head ("direktorė", "savininkas", "skyriaus vadovas")
  lt: {
    words: ["direktorius", "direktorė", "savininkas", "savininkė", "vadovas", "vadovė"],
  },
  // Bulgarian: the manager of an EOOD or OOD ("управител"), the owner
  bg: {
    // a manager (masculine, feminine), the owner, a museum's curator ("главен уредник", its chief curator)
    words: ["управител", "управителка", "собственик", "уредник"],
  },
  // Afrikaans: the owner ("eienaar")
  af: {
    words: ["eienaar"],
  },
  ro: {
    // "partener": a partner of the firm, as a signature's title ("Partener, … SRL")
    words: [
      "directoare",
      "proprietar",
      "proprietară",
      "administratoare",
      "șef",
      "şef",
      "șefă",
      "partener",
      "parteneră",
    ],
  },
  // Estonian titles end in "juht" ("tegevjuht", "projektijuht")
  et: {
    // "juhatuse liige", "juhatuse esimees": a member and the chair of the management board
    // "omanik": the owner
    words: ["juhataja", "juht", "direktor", "juhatuse liige", "juhatuse esimees", "omanik"],
    endings: ["juht"],
  },
  // Ukrainian and Russian, masculine and feminine ("комерційний директор", "руководитель отдела")
  ukRu: {
    words: [
      "директор",
      "директорка",
      "керівник",
      "керівниця",
      "руководитель",
      "власник",
      "власниця",
      // a co-owner (masculine, feminine), the head of a unit ("завідувач відділу")
      "співвласник",
      "співвласниця",
      "завідувач",
      "завідувачка",
      "владелец",
      "менеджер",
      // an accountant, a chief ("начальник відділу"), a (female) manager
      "бухгалтер",
      "начальник",
      "управляющий",
      "управляющая",
      // a clinic's or a hospital's chief physician (Russian, its short form, Ukrainian)
      "главный врач",
      "главврач",
      "головний лікар",
      // a consultant (masculine, feminine)
      "консультант",
      "консультантка",
      // a president (of a club or a federation; Russian and Ukrainian write it alike)
      "президент",
      // a curator (masculine, feminine), the chair of a cooperative or a board (Russian)
      "куратор",
      "кураторка",
      "председатель",
    ],
  },
  // Greek: director, general manager, owner, president ("Διευθυντής ποιότητας")
  el: {
    // a head of section (masculine, feminine), the managing director
    words: [
      "διευθυντής",
      "διευθύντρια",
      "γενικός διευθυντής",
      "ιδιοκτήτης",
      "ιδιοκτήτρια",
      "πρόεδρος",
      "προϊστάμενος",
      "προϊσταμένη",
      "διευθύνων σύμβουλος",
      "διευθύνουσα σύμβουλος",
      // the one responsible ("Υπεύθυνος Πωλήσεων", head of sales; masculine, feminine)
      "υπεύθυνος",
      "υπεύθυνη",
      // a secretary, of a club or a board
      "γραμματέας",
    ],
  },
  // Japanese, Korean and Chinese titles are compounds of a department and a rank ("教務部長",
  // "구매팀장", "銷售經理"): the ranks as endings
  ja: {
    words: [],
    endings: [
      "部長",
      "課長",
      "係長",
      "室長",
      "所長",
      "社長",
      "校長",
      "教頭",
      "主任",
      "取締役",
      "理事長",
      "学長",
      "教授",
      // the director of a museum, aquarium or library
      "館長",
      // a plant's head, a secretariat's or an office's head, a shop's manager, the one responsible
      // ("製造責任者"), a manager written in katakana ("店舗運営部 マネージャー")
      "工場長",
      "局長",
      "事務長",
      "店長",
      "責任者",
      "マネージャー",
      // the manager of a hotel, an inn or a venue ("総支配人", its general manager)
      "支配人",
      // the chair of a board or an association, the head of a farm, a ranch or a course ("牧場長")
      "会長",
      "場長",
      // the head of a care home or another facility, of a kindergarten
      "施設長",
      "園長",
      // the head of a workshop or an atelier ("楽器工房長"), a partnership's representative member
      "工房長",
      "代表社員",
      // the representative (the head of a small firm or a troupe), a board's director ("代表理事"),
      // a shop's keeper
      "代表",
      "理事",
      "店主",
    ],
  },
  ko: {
    // (and a consultant: "솔루션 컨설턴트")
    words: ["대리", "이사", "대표", "주임", "매니저", "컨설턴트"],
    // "사무국장": the head of a secretariat
    endings: [
      "팀장",
      "부장",
      "과장",
      "차장",
      "실장",
      "본부장",
      "사장",
      "원장",
      "센터장",
      "교감",
      "교장",
      "관장",
      "국장",
      // a director of a field ("개발이사"), the representative director ("대표이사")
      "이사",
      // a director or a team's coach, a site's supervisor ("현장감독")
      "감독",
      // the head of a cooperative or a union ("협동조합 조합장")
      "조합장",
    ],
  },
  zh: {
    words: [],
    endings: [
      "經理",
      "经理",
      "處長",
      "处长",
      "院長",
      "院长",
      "總監",
      "总监",
      "主管",
      "教務長",
      "教务长",
      "執行長",
      "执行长",
      // the chair of an association ("商會會長"), the head of a farm or a course
      "會長",
      "会长",
      "場長",
      "场长",
      // a school's or a kindergarten's principal, the person in charge, the boss (and the boss's wife
      // who runs the shop with him)
      "校长",
      "校長",
      "园长",
      "園長",
      "负责人",
      "負責人",
      "老闆",
      "老板",
      "老闆娘",
      "老板娘",
      // a shop's manager and a company's president in simplified characters ("店長", "社長" are
      // the Japanese table's), the head of a troupe or a team ("劇團團長"), an assistant to a
      // title and its short form ("总经理助理", "總經理特助")
      "店长",
      "社长",
      "团长",
      "團長",
      // a factory's or a workshop's head (traditional, simplified)
      "廠長",
      "厂长",
      "助理",
      "特助",
      // a coach, a club's head coach (traditional, simplified)
      "教練",
      "教练",
      "教練長",
      "教练长",
    ],
  },
  // Arabic: manager or director (masculine, feminine, with the article), head or president, the one
  // responsible, supervisor, coordinator, accountant ("مدير العمليات", "مديرة الصالون", "رئيس قسم المشتريات")
  ar: {
    words: [
      "مدير",
      "مديرة",
      "المدير",
      "المديرة",
      "رئيس",
      "رئيسة",
      "مسؤول",
      "مسؤولة",
      "مشرف",
      "مشرفة",
      "منسق",
      "منسقة",
      "محاسب",
      "محاسبة",
      // a consultant, a partner of the firm (masculine, feminine)
      "مستشار",
      "مستشارة",
      "شريك",
      "شريكة",
      // the owner (masculine, feminine, with the article and without)
      "مالك",
      "مالكة",
      "المالك",
      "المالكة",
      // the owner as "the one who has" the business (masculine, feminine), the head and the one
      // responsible with the article ("الرئيس التنفيذي", the chief executive)
      "صاحب",
      "صاحبة",
      "الرئيس",
      "الرئيسة",
      "المسؤول",
      "المسؤولة",
    ],
  },
  // Persian, written with its own yeh and kaf: a manager or director, the managing director, the owner
  // ("مدیر فروش", the head of sales)
  fa: {
    words: ["مدیر", "مدیرعامل", "مالک"],
  },
  // Hebrew: manager (masculine, feminine), the CEO and the deputy CEO (VP) with their gershayim written
  // as a double quote or as the Hebrew sign, head of a team or a department, coordinator, comptroller
  // ("מנהל תפעול", "סמנכ"לית כספים", "ראש צוות")
  he: {
    words: [
      "מנהל",
      "מנהלת",
      'מנכ"ל',
      'מנכ"לית',
      "מנכ״ל",
      "מנכ״לית",
      'סמנכ"ל',
      'סמנכ"לית',
      "סמנכ״ל",
      "סמנכ״לית",
      "ראש צוות",
      "ראש מחלקה",
      "רכז",
      "רכזת",
      // a consultant (masculine, feminine)
      "יועץ",
      "יועצת",
      // the owner(s), with the article and without ("בעלים", "הבעלים")
      "בעלים",
      "הבעלים",
      // a (business) partner, masculine and feminine
      "שותף",
      "שותפה",
    ],
  },
  // Thai titles open a compound written without a blank: manager, director, managing director or
  // board member, head, owner, chairman, assistant, coordinator ("ผู้จัดการฝ่ายขาย", "ผู้อำนวยการโรงเรียน")
  // and a school's head teacher ("ครูใหญ่")
  th: {
    words: [],
    starts: ["ผู้จัดการ", "ผู้อำนวยการ", "กรรมการ", "หัวหน้า", "เจ้าของ", "ประธาน", "ผู้ช่วย", "ผู้ประสานงาน", "ครูใหญ่"],
  },
  // Hindi, in Devanagari: the English titles as Hindi writes them ("मैनेजर", "डायरेक्टर") and the
  // Hindi ones: head ("बिक्री प्रमुख", head of sales), director, manager, owner, founder, chair, the one who runs a
  // place (masculine, feminine), a museum's curator; the English "head" as Hindi writes it
  // ("ऑपरेशंस हेड", head of operations) and an officer ("मुख्य वित्त अधिकारी", chief financial officer)
  hi: {
    words: [
      "मैनेजर",
      "डायरेक्टर",
      "प्रमुख",
      "निदेशक",
      "प्रबंधक",
      "मालिक",
      "संस्थापक",
      "अध्यक्ष",
      "संचालक",
      "संचालिका",
      "क्यूरेटर",
      "हेड",
      "अधिकारी",
    ],
  },
  // Georgian: a manager and a director as Georgian writes them ("გაყიდვების მენეჯერი")
  ka: {
    words: ["მენეჯერი", "დირექტორი"],
  },
  fi: {
    words: ["toimitusjohtaja", "johtaja", "päällikkö", "omistaja", "yrittäjä", "controller"],
    endings: ["johtaja", "päällikkö", "vastaava"],
  },
};

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const all = Object.values(ROLE_WORDS);
// an ending is a title alone too ("Leiter", "sjef")
const words = [...new Set(all.flatMap((t) => [...t.words, ...(t.endings ?? [])]))]
  .sort((a, b) => b.length - a.length)
  .map(escape);
const endings = [...new Set(all.flatMap((t) => t.endings ?? []))].sort((a, b) => b.length - a.length).map(escape);
const starts = [...new Set(all.flatMap((t) => t.starts ?? []))].sort((a, b) => b.length - a.length).map(escape);

/**
 * A title word of any language, between letters' edges (not `\b`, which knows only ASCII
 * letters and would miss "współwłaściciel"); or a compound ending in a title ("Bauamtsleiter",
 * "medeier", "總經理"): two letters at least before the ending in a script with capitals, so a
 * surname of one letter and an ending ("Meier", "Geier": "eier", owner) is no compound; one
 * before it in a script without capitals, whose every letter is a word ("總|經理", general manager).
 */
export const ROLE_WORD_RE = new RegExp(
  `(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])|(?:\\p{L}{2}|\\p{Lo})\\p{L}*(?:${endings.join("|")})(?![\\p{L}])|(?<![\\p{L}\\p{M}])(?:${starts.join("|")})`,
  "iu",
);
