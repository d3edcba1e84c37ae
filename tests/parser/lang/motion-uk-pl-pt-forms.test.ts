// Motion entries for more forms of uk/ru, pl and pt phrasing: a recommendation as a noun, no
// further part in the sale, the rollout done by the partner (future and first-person forms),
// rollout services. Invented sentences, with near misses.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("motion in more forms", () => {
  it.each([
    ["Це лише рекомендація з нашого боку.", "referral"],
    ["Только рекомендация, дальше сами.", "referral"],
    ["Ми передаємо контакт і далі не беремо участі.", "referral"],
    ["Я не беру участі у продажу.", "referral"],
    ["Дальше не участвуем, работайте напрямую.", "referral"],
    ["Налаштування та впровадження виконуватимемо ми.", "services"],
    ["Ми впроваджуємо систему в трьох філіях.", "services"],
    ["Biuro tylko poleca klienta.", "referral"],
    ["To na razie tylko polecenie.", "referral"],
    ["Model: usługi wdrożeniowe po stronie partnera", "services"],
    ["Prestaremos os serviços de implementação e formação.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each(["Клієнт не бере участі в тендері.", "Polecamy lekturę raportu.", "Queremos saber mais sobre a plataforma."])(
    "none in %s",
    (text) => expect(detectMotion(text)).toBeNull(),
  );
});
