// Services in Ukrainian and Russian as the learnt corpora (held-out 137–143) write it, five corpora by
// different writers: the rollout in the future tense ("ми будемо впроваджувати"), the work done by
// "our team" in the future ("виконуватиме наша команда"), and the work "on us" or "on our side"
// ("внедрение и поддержка на нас"). Sentences in invented words, with near misses left alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("motion: services said in the future or as the partner's side of the work (uk, ru)", () => {
  it.each([
    "Налаштування та навчання виконуватиме наша команда.",
    "Настройку сделает наша команда за две недели.",
    "Ми будемо впроваджувати модуль у двох філіях.",
    "Будем внедрять поэтапно, начиная с одного цеха.",
    "Обучение операторов и поддержка на нас.",
    "Навчання персоналу — на нашій стороні.",
  ])("%s", (sentence) => {
    expect(detectMotion(sentence)).toBe("services");
  });

  it.each([
    "Поддержка на новом сервере будет позже.",
    "Ми будемо раді познайомити вас.",
    "Наша команда виконуватиме лише роль посередника.",
  ])("%s is no services", (sentence) => {
    expect(detectMotion(sentence)).not.toBe("services");
  });
});
