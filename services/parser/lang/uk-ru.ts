// Ukrainian and Russian label words for the identity fields (company, website, contact, role,
// address, phone), as forms in Cyrillic write them ("Контактна особа: …", "Контактное лицо: …").
// Cue phrases follow: a first contact, a meeting fixed, consent to a call (with Bulgarian's words
// of agreeing and contacting, written in the same script).
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  company: [
    "компанія",
    "компания",
    "організація",
    "организация",
    "клієнт",
    "клиент",
    "назва компанії",
    "название компании",
  ],
  website: ["сайт", "веб-сайт", "вебсайт"],
  // "Сейчас: X" (now): the system the prospect runs today
  incumbent: ["сейчас", "зараз"],
  contactName: ["контактна особа", "контактное лицо", "піб", "фио", "контакт"],
  role: ["посада", "должность"],
  email: ["ел. пошта", "електронна пошта", "эл. почта", "электронная почта"],
  phone: ["тел", "телефон", "моб"],
  stage: ["стадія", "стадия", "етап", "этап", "статус"],
  competitors: ["конкуренти", "конкуренты"],
  region: ["регіон", "регион", "область", "місто", "город"],
  // "Потреба: …" (uk), "Потребность: …" (ru): what the prospect needs
  // "Нужда: …" (need), as Bulgarian and Russian write it
  need: ["потреба", "потребность", "проблема", "нужда"],
};

export const cues: CueTable = {
  // "Згода на контакт: так" / "ні"; "да" / "нет"
  yes: ["так", "да"],
  no: ["ще ні", "еще нет", "ні", "нет"],
  negationBefore: ["не", "без", "ще не", "еще не"],
  // the prospect's problem: by hand, on paper, in tables, spread over programs; a need or a wish
  // ("потрібно", "нужно", "хочуть", "хотят", "шукають", "ищут")
  problem: {
    strong: [
      "вручну",
      "вручную",
      String.raw`на\s+папері`,
      String.raw`на\s+бумаге`,
      String.raw`паперов\p{L}*`,
      String.raw`бумажн\p{L}*`,
      String.raw`таблиц\p{L}*`,
      String.raw`(?:у|в)\s+(?:різних|разных)\s+(?:програмах|программах|системах)`,
      String.raw`проблем\p{L}*`,
    ],
    weak: [
      String.raw`потрібн\p{L}*`,
      String.raw`нужн\p{L}*`,
      String.raw`хочуть`,
      String.raw`хотят`,
      String.raw`хоче`,
      String.raw`хочет`,
      String.raw`шукають`,
      String.raw`ищут`,
    ],
  },
  stage: {
    // a commercial offer asked for: "запросили комерційну пропозицію", "запросили коммерческое предложение"
    // a pilot (also Bulgarian "пилот"): "пілот на двох об'єктах", "пилот с 2 обекта"
    evaluation: [
      String.raw`(?:комерційн|коммерческ)\p{L}*\s+(?:пропозиці|предложени)\p{L}*`,
      String.raw`(?:пілот|пилот)\p{L}*`,
    ],
    // "зустріч призначена на четвер", "встреча назначена"
    event: ["зустріч", "зустрічі", "встреча", "встречу", "демо", "презентація", "презентация"],
    booked: [
      String.raw`призначен\p{L}*`,
      String.raw`назначен\p{L}*`,
      String.raw`заплановано`,
      String.raw`запланирован\p{L}*`,
    ],
    // a first contact only: "перший контакт", "первый контакт"
    newIntro: [String.raw`(?:перший|первый)\s+контакт`],
  },
  motion: {
    // the partner only recommends: "ми лише рекомендуємо", "мы только рекомендуем"
    referral: [
      String.raw`(?:лише|тільки|только|лишь)\s+рекоменду\p{L}*`,
      // the work goes on without the partner: "далі без нашої участі", "без нашего участия"
      String.raw`без\s+(?:нашої|нашего|моєї|моего)\s+участ(?:і|ия)`,
    ],
  },
  consent: {
    // agreed, and a word of contact in the same sentence, in either order: "погодилася, щоб з нею
    // зв'язалися", "согласна, чтобы ей позвонили", Bulgarian "съгласна е да се свържете с нея"
    agreeWord: [String.raw`погоди\p{L}*`, String.raw`согла\p{L}*`, String.raw`съгла\p{L}*`],
    contactWord: [
      String.raw`зв['’]яз\p{L}*`,
      String.raw`связ\p{L}*`,
      String.raw`свърж\p{L}*`,
      String.raw`контакт\p{L}*`,
      String.raw`зателефон\p{L}*`,
      String.raw`позвон\p{L}*`,
      String.raw`обад\p{L}*`,
    ],
    // "погодився на дзвінок", "погодилась на контакт", "согласился на звонок"
    permission: [String.raw`(?:погодив|погодил|согласил)\p{L}*\s+на\s+(?:дзвінок|контакт|зв['’]язок|звонок|связь)`],
  },
};
