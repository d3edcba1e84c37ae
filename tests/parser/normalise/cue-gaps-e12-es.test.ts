// Stage, motion and consent cues added for the gaps of Spanish: each entry read in a sentence
// invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Spanish: stage", () => {
  it.each([
    ["La cotización fue recibida por compras.", "evaluation"],
    ["Solicitud de presupuesto para dos plantas.", "evaluation"],
    ["Tienen una cuenta demo desde el lunes.", "evaluation"],
    ["Están probando la plataforma en una sede.", "evaluation"],
    ["Analizando distintas opciones.", "evaluation"],
    ["El proyecto está en fase de negociación.", "evaluation"],
    ["Presupuesto ya asignado.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Están pensando en cambiar de sistema.", "new_intro"],
    ["Se plantean sustituir su ERP.", "new_intro"],
    ["Nuevo contacto de Valladolid.", "new_intro"],
    ["Nos contactaron la semana pasada.", "new_intro"],
    ["Consulta recibida desde la web.", "new_intro"],
    ["Mostró mucho interés.", "new_intro"],
    ["Estamos en una fase inicial.", "new_intro"],
    ["Todavía no hemos agendado nada.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Junta acordada para el jueves.", "discovery_scheduled"],
    ["La reunion quedó calendarizada.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Spanish: consent", () => {
  it.each([
    "El gerente ya está informado.",
    "Está abierta a una llamada.",
    "Quiere ser contactado esta semana.",
    "Podéis llamarla cuando queráis.",
    "Autorización del cliente obtenida.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "El cliente no está informado todavía.",
    "Esperad a que yo os confirme.",
    "Tengo que consultarlo con él.",
    "Permiso todavía pendiente.",
    "Todo solo a través de nosotros.",
    "Sin contacto directo por favor.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Consentimiento: confirmado", true],
    ["Consentimiento: por confirmar", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Spanish: motion", () => {
  it.each([
    ["Facturamos nosotros al cliente.", "resale"],
    ["La compra va a través de nosotros.", "resale"],
    ["Compramos las licencias y listo.", "resale"],
    ["Facturáis directamente.", "referral"],
    ["El contrato va directamente con ustedes.", "referral"],
    ["Solo pedimos la comisión por referencia.", "referral"],
    ["De aquí en adelante lo lleváis vosotros.", "referral"],
    ["Nos encargamos de la formación.", "services"],
    ["Somos partner de implementación.", "services"],
    ["Hay integración con nuestro ERP.", "technology"],
    ["Somos socio tecnológico.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
