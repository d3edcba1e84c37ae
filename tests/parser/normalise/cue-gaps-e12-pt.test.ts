// Stage, motion and consent cues added for the gaps of Portuguese (Brazil and Portugal): each entry
// read in a sentence invented for this test, and the risky ones beside a sentence they must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Portuguese: stage", () => {
  it.each([
    ["A proposta já foi recebida pelo diretor.", "evaluation"],
    ["Orçamento em análise no financeiro.", "evaluation"],
    ["É uma licitação municipal.", "evaluation"],
    ["Eles têm uma conta de teste.", "evaluation"],
    ["Estão testando a plataforma na filial.", "evaluation"],
    ["Estão a comparar fornecedores.", "evaluation"],
    ["Estamos em negociação.", "evaluation"],
    ["Verba já aprovada.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Estão pensando em trocar de sistema.", "new_intro"],
    ["Novo contato de Campinas.", "new_intro"],
    ["A clínica nos procurou ontem.", "new_intro"],
    ["Pedido pelo nosso site.", "new_intro"],
    ["Demonstrou bastante interesse.", "new_intro"],
    ["Ainda em fase inicial.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["Videochamada combinada para quinta.", "discovery_scheduled"],
    ["Encontro programado com a diretoria.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Portuguese: consent", () => {
  it.each([
    "O diretor já está ciente.",
    "Está aberta a uma conversa.",
    "Quer ser contatado amanhã.",
    "Podem contatá-la à vontade.",
    "Autorização do cliente obtida.",
  ])("%s -> true", (text) => expect(detectConsent(text)).toBe(true));

  it.each([
    "Ele não está informado ainda.",
    "Tenho de confirmar com ele primeiro.",
    "Autorização ainda pendente.",
    "Contato só através de nós.",
    "Sem contacto direto por agora.",
  ])("%s -> false", (text) => expect(detectConsent(text)).toBe(false));

  it.each([
    ["Consentimento: obtido", true],
    ["Consentimento: a confirmar", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("Portuguese: motion", () => {
  it.each([
    ["Faturamos ao cliente.", "resale"],
    ["A compra passa por nós.", "resale"],
    ["Compramos as licenças e revendemos.", "resale"],
    ["Vocês faturam diretamente.", "referral"],
    ["O contrato fica diretamente com vocês.", "referral"],
    ["Só queremos a comissão de indicação.", "referral"],
    ["Vocês assumem daqui.", "referral"],
    ["Cuidamos da implantação.", "services"],
    ["Faremos o treinamento.", "services"],
    ["Há integração com o nosso ERP.", "technology"],
    ["Somos parceiro tecnológico.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
