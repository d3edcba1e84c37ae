// Stage cues of round stage26: a meeting set for a day with the day said first or the booking said
// first (tl, zh, yue, ko, vi, es, uk, hu, ms), a trial running (hu, ms, ar), the offer compared with
// a named rival (sv, he, zh, ar), a first acquaintance as a stage's value (uk, ru). Invented
// sentences, each with a near miss that must not take the stage.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("a meeting set for a day", () => {
  it.each([
    "May naka-schedule na intro call sa Abril 9 kasama si Ma'am Liza.",
    "Naka-set na ang demo call sa Biyernes.",
    "已與陳總監約好下週二上午線上會議。",
    "已和客户约定周五现场交流。",
    "下星期五約咗佢哋 demo。",
    "下周四我们去客户那里拜访。",
    "목요일에 통화 예정입니다.",
    "Thứ Năm tuần sau bên em có buổi họp với chị Lan.",
    "El viernes 12 tenemos la primera llamada con ella.",
    "У четвер о 10:00 у нас з нею зустріч.",
    "Szakasz: április 14-én első bemutató",
    "Peringkat: mesyuarat pertama pada 9 Mac",
  ])("%s -> discovery_scheduled", (text) => expect(detectStage(text)).toBe("discovery_scheduled"));

  it.each([
    "Wala pang naka-schedule na call sa Lunes.",
    "上周四我们去客户那里拜访过了。",
    "목요일에 통화했습니다.",
    "Thứ Năm tuần trước bên em đã có buổi họp với chị Lan.",
    "El viernes tuvimos la primera llamada con ella.",
    "Április 14-én volt az első bemutató.",
    "Mesyuarat pertama sudah diadakan.",
  ])("%s is not a meeting booked", (text) => expect(detectStage(text)).not.toBe("discovery_scheduled"));
});

describe("a trial running, the offer compared", () => {
  it.each([
    "Státusz: próbaüzem a raktárban",
    "Pasukan mereka menguji versi percubaan bulan ini.",
    "المتجر يستخدم النظام ضمن فترة تجربة مجانية",
    "وهم يقارنون عرضنا مع شركة أخرى",
    "Just nu jämför de Lagerkollen med två andra system.",
    "הם משווים כרגע בין שתי הצעות.",
    "客户正在与另一家公司比较。",
  ])("%s -> evaluation", (text) => expect(detectStage(text)).toBe("evaluation"));

  it.each([
    "A próbálkozás nem sikerült.",
    "Versi terbaru dikeluarkan bulan lalu.",
    "تجربة العملاء مهمة لهم",
    "Jämförelsen gjordes förra året.",
    "הם משלמים כרגע יותר מדי.",
    "与去年相比，他们的门店多了三家。",
  ])("%s is no evaluation", (text) => expect(detectStage(text)).not.toBe("evaluation"));
});

describe("a first acquaintance as a stage's value", () => {
  it.each(["перше знайомство", "Этап: первое знакомство"])("%s -> new_intro", (text) =>
    expect(detectStage(text)).toBe("new_intro"),
  );
  it.each(["Перше знайомство відбулося вчора.", "Знайомство з продуктом"])("%s is no new intro", (text) =>
    expect(detectStage(text)).toBeNull(),
  );
});
