// Stage cues added for the label tables' languages, each in a sentence of its own.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("a booked meeting in other languages is discovery_scheduled", () => {
  it.each([
    "Une réunion est prévue le 3 mai avec la direction.",
    "La llamada está programada para el jueves.",
    "De afspraak is ingepland voor volgende week.",
    "L'incontro è fissato per il 12 giugno.",
    "A reunião está marcada para segunda-feira.",
    "Spotkanie zaplanowane na 4 maja.",
    "Mötet är bokat till tisdag.",
    "Mødet er aftalt til fredag.",
    "Møtet er planlagt neste uke.",
  ])("%s", (s) => expect(detectStage(s)).toBe("discovery_scheduled"));
});

describe("a trial in other languages is evaluation", () => {
  it.each([
    "Ils sont en période d'essai depuis lundi.",
    "Están en periodo de prueba con dos proveedores.",
    "De proefperiode loopt nog twee weken.",
    "Sono in periodo di prova da marzo.",
    "Estão em teste com a equipa de oficina.",
    "Obecnie testują dwa systemy.",
    "De håller på med utvärdering av tre leverantörer.",
    "Kunden har en prøveperiode på 30 dage.",
  ])("%s", (s) => expect(detectStage(s)).toBe("evaluation"));
});
