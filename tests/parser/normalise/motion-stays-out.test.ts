// A referral said as the partner staying out of the delivery ("we won't take part in the
// rollout"): the negation is the point of the cue, so it must not cancel it. One invented
// sentence per table entry, and the near misses each entry must leave alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("motion: the partner stays out of the delivery", () => {
  it.each([
    // es
    "Solo os pasamos el contacto; no participaremos en la puesta en marcha.",
    "Nosotros no\nvamos a participar del proyecto, os lo dejamos.",
    "Ojo: no haremos la instalación, eso lo lleváis vosotros.",
    "Nuestro papel se limita a la introducción del cliente.",
    // fr
    "Pour être clairs, nous ne ferons pas le déploiement chez eux.",
    "Le cabinet n'interviendra pas ensuite, tout passe par vous.",
    "Nous ne participerons pas à la suite du dossier.",
    // sl, hr
    "Pri uvedbi ne bomo izvajali ničesar, samo posredujemo stik.",
    "Mi nećemo sudjelovati u uvođenju sustava.",
    // uk, ru
    "Ми передаємо контакт, а далі все без нашої участі.",
    "Внедрение пройдёт без нашего участия.",
    // sv, da
    "Jag ger er namnet, ingen implementering från min sida.",
    "Vi sender kun kontakten videre, ingen levering fra vores side.",
  ])("%s", (text) => {
    expect(detectMotion(text)).toBe("referral");
  });
});

describe("motion: a partner that works or resells stays so", () => {
  it.each([
    // the partner does the rollout itself
    ["Haremos la implementación y la formación del equipo.", "services"],
    ["Nous assurerons le déploiement sur les trois sites.", "services"],
    // a reseller leaving the rollout to the vendor is still a resale
    ["Revendemos las licencias; no haremos la instalación.", "resale"],
  ])("%s", (text, want) => {
    expect(detectMotion(text)).toBe(want);
  });

  it("a negated delivery word alone says nothing about referral", () => {
    expect(detectMotion("La instalación no está prevista aún.")).toBeNull();
    expect(detectMotion("Le déploiement ne commence pas avant mai.")).toBeNull();
  });
});
