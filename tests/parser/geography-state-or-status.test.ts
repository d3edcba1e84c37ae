// "Estado: …" (Spanish, Portuguese) is a deal's status or a country's state: a place's name under
// it is the region and no stage, a status under it stays the stage. Invented names and places.
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../services/parser/parse-message.ts";

const mail = (body: string) =>
  Buffer.from(
    `From: Ana Lemos <ana@parceiro.example>\r\nTo: partners@vendor.example\r\nSubject: Registro de oportunidade\r\n\r\n${body.replace(/\n/g, "\r\n")}`,
  );

const form = (label: string, value: string) =>
  mail(
    `Olá,\n\nEmpresa: Tecelagem Varanda Ltda.\nContato: Rui Varanda\nE-mail: rui@varanda.example\n${label}: ${value}\nValor: R$ 40.000,00 por ano\n\nAbraço,\nAna Lemos\n`,
  );

describe("a state under a status-or-state label", () => {
  it.each([
    ["Estado", "Quelmar", "Quelmar"],
    ["Estado", "Vale do Norte (Quelmar)", "Vale do Norte (Quelmar)"],
    ["- Estado", "Alta Sierra", "Alta Sierra"],
  ])("%s: %s is the region", async (label, value, want) => {
    const r = await parseMessage(form(label, value), { vendorDomains: ["vendor.example"] });
    expect(r.output.registration?.geography).toBe(want);
  });

  it("a status under it is no place", async () => {
    const r = await parseMessage(form("Estado", "reunião de descoberta agendada para terça"), {
      vendorDomains: ["vendor.example"],
    });
    expect(r.output.registration?.geography).not.toBe("reunião de descoberta agendada para terça");
    expect(r.output.registration?.stage).toBe("discovery_scheduled");
  });
});
