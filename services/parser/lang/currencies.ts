// Currency names and scale words as partners write them, by language and currency, for
// services/parser/normalise/amount.ts. Regex sources (matched case-insensitively unless said),
// each with a unit test in invented words (tests/parser/normalise/amount-languages.test.ts).

/** A currency written after the number: [source, ISO 4217 code]. */
export const CURRENCY_AFTER: ReadonlyArray<readonly [string, string]> = [
  // the euro's inflected forms: Estonian (eurot), Lithuanian (eurų, eurai), Latvian (eiro),
  // Finnish (euroa), Croatian/Slovenian/Czech (eura, eur), Slovak (eur)
  ["eurot|eurų|eurai|eiro|euroa|eura", "EUR"],
  // the euro in Cyrillic (Bulgarian, Russian "евро", Ukrainian "євро") and in Greek ("ευρώ")
  ["евро|євро|ευρώ", "EUR"],
  // the Indonesian rupiah ("3 miliar rupiah")
  ["rupiah", "IDR"],
  // the Thai baht in Thai ("2,750,000 บาท", never the "บาทหลวง" of a priest) and in English ("600k baht")
  ["บาท(?!หลวง)|baht", "THB"],
  // the riyal in Arabic with its country ("75,000 ريال سعودي", "310.000 ر.س"); a bare "ريال" is shared (SHARED_AFTER)
  ["ريال\\sسعودي|ر\\.\\s?س\\.?", "SAR"],
  ["ريال\\sقطري", "QAR"],
  // the other Arabic currencies named with their country ("220,000 درهم إماراتي", "3 مليون جنيه مصري",
  // "40 ألف دولار أمريكي", "18,000 ريال عماني", "9,000 دينار كويتي", "60 ألف دينار أردني")
  ["درهم\\sإماراتي", "AED"],
  ["جنيه\\sمصري", "EGP"],
  ["دولار\\s(?:أمريكي|أميركي)", "USD"],
  ["ريال\\sعماني", "OMR"],
  ["دينار\\sكويتي", "KWD"],
  ["دينار\\sأردني", "JOD"],
  // the tenge in Russian and Kazakh ("12 млн тенге", "4 500 000 теңге", "900 000 ₸")
  ["тенге|теңге|₸", "KZT"],
  // the rouble ("1,8 млн руб.", "350 000 рублей", "90 000 ₽")
  ["руб\\.?|рублей|рубля|рубль|₽", "RUB"],
  // the Bulgarian lev ("45 000 лв.", "12 хил. лева")
  ["лв\\.?|лева", "BGN"],
  // the shekel in Hebrew, with an ASCII quote or a gershayim for its abbreviation ("120,000 ש\"ח", "40 אלף שקלים")
  ['ש"ח|ש״ח|שקלים|שקל', "ILS"],
  // the rupee in Hindi ("5 लाख रुपये")
  ["रुपये|रुपए|रुपया", "INR"],
  // the dollar in Turkish and Spanish/Portuguese words, which always mean the US dollar
  // ("15 bin dolar", "30.000 dólares"); the local dollars are named by their own word or sign
  ["dolar|dólares|dólar", "USD"],
];

/**
 * Currency codes read only in capitals: as words they are ordinary ("try 50 seats", "50 mad
 * scientists", "rub 2 drops in"); "MAD", "TRY" and "RUB" next to a number in capitals are money.
 */
export const CAPITAL_CODES: readonly string[] = ["MAD", "TRY", "RUB"];

/** A currency written before the number: [source, ISO 4217 code] (the number must follow). */
export const CURRENCY_BEFORE: ReadonlyArray<readonly [string, string]> = [
  // the rupiah's sign: "Rp 150 juta", "Rp. 75.000.000"
  ["Rp\\.?", "IDR"],
  // Taiwan's dollar in Chinese: "新台幣 120萬", "台幣200萬"
  ["新台幣|新臺幣|台幣|臺幣", "TWD"],
  // China's yuan in Chinese: "人民币 50万"
  ["人民币|人民幣", "CNY"],
  // the signs of the baht and the taka ("฿350,000", "৳ 12 lakh")
  ["฿", "THB"],
  ["৳", "BDT"],
];

/**
 * The country marks written right after "$" that say which dollar it is ("28 000 $ CA", "45 000
 * $CAN", "10 000 $ US"). An ISO code beside it says it too ("MXN $1,250,000", "$90k CAD"); without
 * either, "$" is the dollar (or peso) of the mail's country (`DOLLAR_COUNTRIES`), else the US dollar.
 */
export const DOLLAR_MARKS: Readonly<Record<string, string>> = {
  CA: "CAD",
  CAN: "CAD",
  US: "USD",
  AU: "AUD",
  NZ: "NZD",
  HK: "HKD",
  SG: "SGD",
  MX: "MXN",
};

/**
 * Countries whose own money is written "$": a bare "$" in their mail means it. (Not Colombia: its
 * ".co" is a common generic domain, so the mail's country would often be wrong.)
 */
export const DOLLAR_COUNTRIES: readonly string[] = [
  "CAD",
  "AUD",
  "NZD",
  "SGD",
  "HKD",
  "TWD",
  "MXN",
  "ARS",
  "CLP",
  "UYU",
];

/** Scale words after a number: [source, factor]. */
export const SCALE_AFTER: ReadonlyArray<readonly [string, number]> = [
  // Swedish, Finnish, Estonian, Latvian millions abbreviated or written out ("1,2 milj. kr",
  // "2 miljoonaa euroa", "3 miljonit eurot", "1,5 miljoni eiro")
  ["milj\\.?|miljoonaa|miljonit|miljoni", 1e6],
  // Lithuanian and Latvian thousands ("35 tūkst. eurų"), Estonian ("25 tuh eurot"), Finnish ("40 tuhatta euroa")
  ["tūkst\\.?|tūkstančių|tūkstoši|tuh\\.?|tuhat|tuhatta", 1e3],
  // Indonesian "juta" (million) abbreviated: "Rp 150 jt"
  ["jt", 1e6],
  // the Thai million ("4.6 ล้านบาท")
  ["ล้าน", 1e6],
  // the Arabic thousand and million ("60 ألف ريال", "3 مليون ريال")
  ["ألف|آلاف", 1e3],
  ["مليون", 1e6],
  // the Indian lakh and crore and the thousand in Hindi ("₹12 लाख", "2 करोड़ रुपये", "75 हज़ार"); the
  // crore's last letter is written precomposed or as a letter plus nukta
  ["लाख", 1e5],
  ["करो\\u095c|करो\\u0921\\u093c", 1e7],
  ["हज़ार|हजार", 1e3],
  // the Hebrew thousand and million ("300 אלף ₪", "2 מיליון ש\"ח")
  ["אלף", 1e3],
  ["מיליון", 1e6],
  // the Icelandic million and thousand ("15 milljónir króna", "800 þúsund ISK")
  ["milljónir|milljón|milljóna", 1e6],
  ["þúsund", 1e3],
  // the Bulgarian and Serbian thousand ("60 хил. лв.", "500 hiljada RSD")
  ["хил\\.?|хиляди|hiljada", 1e3],
];

/**
 * Scale and currency words of a script written without blanks between words (Thai): the next
 * word may run on right after them ("3.7 ล้านบาทต่อปี", "95,000 บาทต่อปี").
 */
export const RUN_ON_WORDS: readonly string[] = ["ล้าน", "บาท"];

/**
 * Scale abbreviations only one currency's writers use: Brazilian "R$ 1,5 mi" is 1.5 milhão
 * (elsewhere "mi" is a mile): [source, factor, the currency it needs].
 */
export const SCALE_FOR_CURRENCY: ReadonlyArray<readonly [string, number, string]> = [["mi", 1e6, "BRL"]];

/**
 * Names one currency shares among countries, after the number: the mail's country picks one of
 * them, else none. [source, the currencies].
 */
export const SHARED_AFTER: ReadonlyArray<readonly [string, readonly string[]]> = [
  // the dirham, Moroccan or Emirati ("45 000 DH", "120 000 dirhams", "درهم")
  ["dirhams?|DHS?|درهم", ["MAD", "AED"]],
  // the CFA franc, West African (XOF) or Central African (XAF): "18 000 000 FCFA", "F CFA"
  ["FCFA|F\\sCFA|francs?\\sCFA", ["XOF", "XAF"]],
  // the riyal in Arabic without its country ("60 ألف ريال"): Saudi or Qatari
  ["ريال", ["SAR", "QAR"]],
];
