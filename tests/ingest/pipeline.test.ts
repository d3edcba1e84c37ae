import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { dbBackends } from "../helpers/db.ts";
import { corpusMail, testApp } from "../helpers/app.ts";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp-capture.ts";
import { ingestRawMail } from "../../services/ingest/ingest-raw-mail.ts";
import { readRawMessage } from "../../services/repos/messages.ts";
import { answer } from "../cases/mail.ts";

/** A French registration written for this test (no corpus mail): a labelled list, the website missing. */
const FRENCH_REGISTRATION = Buffer.from(
  [
    "From: Camille Durand <camille.durand@lumiere-conseil.fr>",
    "To: partners@northbeam.io",
    "Subject: Enregistrement d'une opportunité : Boulangeries Fournier",
    "Date: Mon, 02 Mar 2026 08:00:00 +0100",
    "Message-ID: <fr-registration-1@lumiere-conseil.fr>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Bonjour,",
    "",
    "Nous souhaitons enregistrer le prospect suivant pour notre cabinet :",
    "",
    "Entreprise : Boulangeries Fournier SAS",
    "Interlocuteur : Julien Fournier, directeur financier",
    "E-mail : julien.fournier@gmail.com",
    "",
    "Le client a accepté d'être contacté par vos équipes. Nous avons déjà eu un premier échange avec lui.",
    "",
    "Cordialement,",
    "Camille Durand",
    "Lumière Conseil",
    "",
  ].join("\r\n"),
);

describe.each(dbBackends())("pipeline on $name", (backend) => {
  let smtp: SmtpCapture;
  let app: Awaited<ReturnType<typeof testApp>>;

  beforeEach(async () => {
    smtp = await startSmtpCapture();
    app = await testApp(backend, { SMTP_URL: smtp.url });
  });
  afterEach(async () => {
    await app.close();
    await smtp.close();
  });

  it("turns a partner mail into a case, a timeline event and a threaded acknowledgement", async () => {
    const raw = corpusMail("001-");
    const partner = await simpleParser(raw);
    const result = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "001.eml" });

    expect(result.status).toBe("registered");
    expect(result.caseNumber).toMatch(/^REG-\d{4}-\d{6}$/);
    const db = app.database.db;
    const c = await db.selectFrom("cases").selectAll().executeTakeFirstOrThrow();
    expect(c.case_number).toBe(result.caseNumber);
    expect(c.company_domain).toBe("castlegatedental.co.uk");
    expect(c.status).toBe("pending");
    const events = await db.selectFrom("timeline_events").select("kind").where("case_id", "=", c.id).execute();
    expect(events.map((e) => e.kind)).toContain("registered");

    expect(await app.send()).toBe(3); // the partner's acknowledgement and one notice per manager
    const [ack] = await smtp.waitFor(1, (m) => m.envelope.to.includes("oliver.grant@ledgerline.co.uk"));
    expect(ack!.parsed.subject).toBe(`[${result.caseNumber}] Registration received: Castlegate Dental Group Ltd`);
    expect(ack!.parsed.inReplyTo).toBe(partner.messageId);
    expect(ack!.parsed.headers.get("auto-submitted")).toBe("auto-replied");
    expect(ack!.parsed.text).toContain(result.caseNumber!);
    expect(ack!.parsed.replyTo?.text).toMatch(/^partners\+[a-z0-9_-]+@northbeam\.io$/i);
    const stored = await db
      .selectFrom("outbox")
      .select("message_id")
      .where("kind", "=", "ack")
      .executeTakeFirstOrThrow();
    expect(ack!.parsed.messageId).toBe(stored.message_id);
    const notices = smtp.messages.filter((m) => m.envelope.to[0]?.endsWith("@northbeam.io"));
    expect(notices).toHaveLength(2);
    expect(new Set(notices.map((m) => m.parsed.replyTo?.text)).size).toBe(2); // a personal token each
    expect(notices[0]!.parsed.headers.get("auto-submitted")).toBe("auto-generated");
  });

  it("answers German mail in German", async () => {
    const result = await ingestRawMail(app.pipeline, corpusMail("002-"), { kind: "cli", file: "002.eml" });
    expect(result.caseNumber).not.toBeNull();
    await app.send();
    const [ack] = await smtp.waitFor(1, (m) => (m.parsed.subject ?? "").includes("Registrierung erhalten"));
    expect(ack!.parsed.text).toContain("Vorgangsnummer");
  });

  it("answers a French registration in French, threaded, and a French answer to it in French again", async () => {
    const partner = await simpleParser(FRENCH_REGISTRATION);
    const result = await ingestRawMail(app.pipeline, FRENCH_REGISTRATION, { kind: "cli", file: "fr.eml" });
    expect(result.caseNumber).toMatch(/^REG-\d{4}-\d{6}$/);
    const db = app.database.db;
    const c = await db.selectFrom("cases").selectAll().executeTakeFirstOrThrow();
    expect(c.language).toBe("fr");
    expect(c.missing).toContain("company.domain");

    await app.send();
    const [ack] = await smtp.waitFor(1, (m) => m.envelope.to.includes("camille.durand@lumiere-conseil.fr"));
    expect(ack!.parsed.subject).toBe(`[${result.caseNumber}] Enregistrement reçu : Boulangeries Fournier SAS`);
    expect(ack!.parsed.inReplyTo).toBe(partner.messageId);
    expect(ack!.parsed.references).toContain(partner.messageId);
    const text = ack!.parsed.text ?? "";
    expect(text).toContain(`Votre numéro de dossier est ${result.caseNumber}.`);
    expect(text).toContain("Statut : en cours d'examen, informations manquantes attendues");
    expect(text).toContain("Informations manquantes :\n  - Site web / domaine");
    expect(text).toContain("Cordialement,");
    expect(text).not.toMatch(/Registration|What we understood|Best regards/);

    // the partner answers the acknowledgement with the website: the confirmation is French too, under the ack
    const sent = await db.selectFrom("outbox").selectAll().where("kind", "=", "ack").executeTakeFirstOrThrow();
    await ingestRawMail(
      app.pipeline,
      answer(sent, {
        from: "Camille Durand <camille.durand@lumiere-conseil.fr>",
        text: "Site web : boulangeries-fournier.fr",
      }),
      { kind: "cli", file: "fr-answer.eml" },
    );
    await app.send();
    const [update] = await smtp.waitFor(1, (m) => (m.parsed.subject ?? "").includes("Enregistrement mis à jour"));
    expect(update!.parsed.subject).toBe(`[${result.caseNumber}] Enregistrement mis à jour : Boulangeries Fournier SAS`);
    expect(update!.parsed.inReplyTo).toBe(ack!.parsed.messageId);
    expect(update!.parsed.text).toContain("Site web / domaine: boulangeries-fournier.fr");
  });

  it("stores the same message once and answers it once", async () => {
    const raw = corpusMail("001-");
    const first = await ingestRawMail(app.pipeline, raw, { kind: "cli", file: "a.eml" });
    const second = await ingestRawMail(app.pipeline, raw, { kind: "http" });
    expect(second).toMatchObject({ status: "duplicate", caseNumber: first.caseNumber });
    const db = app.database.db;
    expect(await db.selectFrom("inbound_messages").select("id").execute()).toHaveLength(1);
    expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(1);
    await app.send();
    expect(smtp.messages.filter((m) => m.parsed.subject?.includes("Registration received"))).toHaveLength(1);
  });

  it("never answers an auto-reply or a bounce", async () => {
    const ooo = await ingestRawMail(app.pipeline, corpusMail("006-"), { kind: "cli", file: "006.eml" });
    const bounce = await ingestRawMail(app.pipeline, corpusMail("013-"), { kind: "cli", file: "013.eml" });
    expect(ooo).toMatchObject({ status: "ignored", kind: "auto_reply", caseNumber: null });
    expect(bounce).toMatchObject({ status: "ignored", kind: "bounce" });
    expect(await app.database.db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
    expect(await app.database.db.selectFrom("inbound_messages").select("id").execute()).toHaveLength(2);
  });

  it.each([
    [
      "truncated MIME",
      Buffer.from(
        'From: a@b.example\r\nMessage-ID: <t1@b.example>\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29y',
      ),
    ],
    ["garbage bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ])("keeps a malformed message (%s) and puts it in review", async (_name, raw) => {
    const result = await ingestRawMail(app.pipeline, raw, { kind: "http" });
    expect(["needs_review", "ignored"]).toContain(result.status);
    const db = app.database.db;
    expect(await readRawMessage(db, result.inboundMessageId)).toEqual(raw);
    const review = await db.selectFrom("review_items").select(["reason", "inbound_message_id"]).execute();
    expect(review).toHaveLength(1);
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
  });

  it.each([
    ["a filter's header in front of the mailbox", "X-Spam-Flag: YES\r\n", { kind: "cli" as const, file: "fr.eml" }],
    [
      "Amazon SES's spam verdict",
      "",
      {
        kind: "ses" as const,
        sesMessageId: "ses-spam-1",
        verdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "FAIL", virus: "PASS" },
      },
    ],
  ])(
    "opens no case and answers nothing for a registration judged spam (%s); it waits in review",
    async (_n, header, source) => {
      const raw = Buffer.concat([Buffer.from(header), FRENCH_REGISTRATION]);
      const result = await ingestRawMail(app.pipeline, raw, source);
      expect(result).toMatchObject({ status: "needs_review", kind: "registration", caseNumber: null });
      const db = app.database.db;
      const review = await db.selectFrom("review_items").select(["reason", "detail"]).execute();
      expect(review).toEqual([{ reason: "spam", detail: expect.stringMatching(/spam/i) }]);
      expect(await db.selectFrom("cases").select("id").execute()).toHaveLength(0);
      expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
    },
  );

  it("keeps spam that is no registration stored, out of the review queue", async () => {
    const raw = Buffer.from(
      [
        "X-Spam-Status: Yes, score=9.3 required=5.0",
        "From: Offers <deals@cheap-offers.example>",
        "To: partners@northbeam.io",
        "Subject: You have won",
        "Message-ID: <won-1@cheap-offers.example>",
        "",
        "Claim your prize today.",
        "",
      ].join("\r\n"),
    );
    const result = await ingestRawMail(app.pipeline, raw, { kind: "http" });
    expect(result).toMatchObject({ status: "ignored", caseNumber: null });
    const db = app.database.db;
    expect(await readRawMessage(db, result.inboundMessageId)).toEqual(raw);
    expect(await db.selectFrom("review_items").select("id").execute()).toHaveLength(0);
    expect(await db.selectFrom("outbox").select("id").execute()).toHaveLength(0);
  });
});
