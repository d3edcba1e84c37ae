import { describe, expect, it } from "vitest";
import { classify } from "../../services/parser/classify.ts";
import { findCaseRef, findCaseTag } from "../../services/parser/case-number.ts";
import { classifyInput } from "./classify-input.ts";

const msg = classifyInput;

describe("classify", () => {
  it("takes person-written mail as a registration candidate", () => {
    expect(classify(msg()).kind).toBe("registration");
  });

  it("finds the case number in the subject or in our own Message-ID", () => {
    expect(classify(msg({ subject: "AW: [REG-2026-000311] Registrierung" }))).toMatchObject({
      kind: "reply",
      caseRef: "REG-2026-000311",
    });
    const r = classify(
      msg({ subject: "Re: thanks", references: ["<x@y>", "<reg-2026-000123.1773054302.ack@northbeam.io>"] }),
    );
    expect(r).toMatchObject({ kind: "reply", caseRef: "REG-2026-000123" });
    expect(classify(msg({ subject: "Re: Website ranking proposal" })).kind).toBe("registration");
    expect(findCaseRef("nothing here")).toBeNull();
  });

  it("takes an answer whose subject keeps another desk's case tag as a reply in that case", () => {
    expect(classify(msg({ subject: "RE: [QZW-2031-00912] Zorblat received" }))).toMatchObject({
      kind: "reply",
      caseRef: "QZW-2031-00912",
    });
    expect(classify(msg({ subject: "AW: Plonk-Anfrage KX-VB-31-0044 – Frage" }))).toMatchObject({
      kind: "reply",
      caseRef: "KX-VB-31-0044",
    });
    // not an answer: a tag alone, or an answer without a tag, decides nothing
    expect(classify(msg({ subject: "Zorblat QZW-2031-00912 for Flimco" })).kind).toBe("registration");
    expect(classify(msg({ subject: "Re: flimco ab-2031-00912 notes" })).kind).toBe("registration");
    expect(findCaseTag("SV: [REG-2031-000044] x")).toBe("REG-2031-000044");
    expect(findCaseTag("Re: 2031-00912")).toBeNull();
  });

  it("recognises auto-replies by RFC 3834 headers and by subject in several languages", () => {
    expect(classify(msg({ headers: { "auto-submitted": "auto-replied" } })).kind).toBe("auto_reply");
    expect(classify(msg({ headers: { "auto-submitted": "no" } })).kind).toBe("registration");
    expect(classify(msg({ headers: { "x-autorespond": "yes" } })).kind).toBe("auto_reply");
    expect(classify(msg({ headers: { precedence: "auto_reply" } })).kind).toBe("auto_reply");
    expect(classify(msg({ headers: { "x-auto-response-suppress": "All" } })).kind).toBe("registration");
    for (const s of [
      "Out of Office: Q2",
      "Automatic reply: hi",
      "Abwesenheitsnotiz: Newsletter",
      "Réponse automatique : x",
      "Automatisch antwoord: x",
      "Respuesta automática: x",
    ]) {
      expect(classify(msg({ subject: s })).kind, s).toBe("auto_reply");
    }
  });

  it("recognises the auto-reply subjects of further languages' mail clients, not a deal's subject", () => {
    for (const s of [
      "Autosvar: Re: tilbud",
      "Automatiskt svar: Offert Q3",
      "Automaattinen vastaus: Tarjous",
      "Odpowiedź automatyczna: oferta",
      "Resposta automática: Proposta",
      "Frånvarande: Re: avtal",
      "Fraværende: møte",
      "Poissa: kokous",
      "Ausência do escritório: Re: proposta",
      "Fuori sede: Re: offerta",
      "Afwezigheidsmelding: offerte",
      "【不在通知】Re: お見積り",
    ]) {
      expect(classify(msg({ subject: s })).kind, s).toBe("auto_reply");
    }
    for (const s of [
      "Registrering: Fraværsystem for Lund AS",
      "Lead: Poissa Consulting Oy",
      "Absence management for Acme",
    ]) {
      expect(classify(msg({ subject: s })).kind, s).toBe("registration");
    }
  });

  it("reads a short out-of-office note without headers in further languages", () => {
    for (const text of [
      "Olá, estou de férias até dia 20 e responderei quando regressar.",
      "Dzień dobry, jestem poza biurem do poniedziałku.",
      "Hej! Jag är föräldraledig hela våren, kontakta växeln.",
      "Hei, jeg er på ferie og svarer etter 3. august.",
      "Hei, olen vuosilomalla heinäkuun loppuun.",
    ]) {
      expect(classify(msg({ subject: "Re: offer", text })).kind, text).toBe("auto_reply");
    }
  });

  it("takes a calendar client's invitation for other, an attached .ics file not", () => {
    const invite = msg({ attachments: [{ contentType: "text/calendar", filename: null }] });
    expect(classify(invite)).toMatchObject({ kind: "other", reason: "calendar invitation" });
    const file = msg({ attachments: [{ contentType: "text/calendar", filename: "kickoff.ics" }] });
    expect(classify(file).kind).toBe("registration");
  });

  it("recognises bounces: delivery-status reports, mailer-daemon, Exchange NDRs", () => {
    expect(
      classify(msg({ contentType: "multipart/report", contentTypeParams: { "report-type": "delivery-status" } })).kind,
    ).toBe("bounce");
    expect(
      classify(
        msg({
          from: { address: "mailer-daemon@mx.example", name: null },
          subject: "Undelivered Mail Returned to Sender",
        }),
      ).kind,
    ).toBe("bounce");
    expect(
      classify(msg({ subject: "Unzustellbar: Angebot", text: "Die Nachricht konnte nicht zugestellt werden." })).kind,
    ).toBe("bounce");
    // a bounce also carries Auto-Submitted: it stays a bounce
    expect(
      classify(
        msg({
          headers: { "auto-submitted": "auto-replied" },
          contentType: "multipart/report",
          contentTypeParams: { "report-type": "delivery-status" },
        }),
      ).kind,
    ).toBe("bounce");
  });

  it("treats feedback reports and list mail as other", () => {
    expect(
      classify(msg({ contentType: "multipart/report", contentTypeParams: { "report-type": "feedback-report" } })).kind,
    ).toBe("other");
    expect(classify(msg({ headers: { "list-unsubscribe": "<https://x>" } })).kind).toBe("other");
    expect(classify(msg({ headers: { precedence: "bulk" } })).kind).toBe("other");
  });
});
