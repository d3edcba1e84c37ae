// Consent phrasings learnt from held-out corpora 36–45, each family seen in three corpora or more
// by different writers: the prospect hands over their own details ("pass my details on"), says
// it is fine that the vendor calls ("ok that you ring her", "no objection to your call"), asks to
// be called, or agreed in a language whose agreeing and contacting words were not listed yet. One
// sentence per table entry, in words none of those mails uses, with the near misses left alone.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("consent: the prospect hands over their own details", () => {
  it.each([
    "Sure, give the vendor my number and I'll pick up.",
    "Podéis facilitar mis datos al fabricante cuando queráis.",
    "Du kan gärna lämna mina uppgifter vidare.",
    "Ihr dürft meine Kontaktdaten gern an den Anbieter geben.",
    "Slobodno proslijedite moje podatke vašem partneru.",
    "Prosimy, możecie przekazać mój numer do producenta.",
  ])("%s", (text) => expect(detectConsent(text)).toBe(true));

  it("the partner handing over their own details is no one's consent", () => {
    expect(detectConsent("I can give you our brochure next week.")).toBeNull();
    expect(detectConsent("Os paso mañana el presupuesto.")).toBeNull();
  });
});

describe("consent: fine that the vendor calls, no objection", () => {
  it.each([
    "The bursar is OK that your engineer visits and calls him first.",
    "Mrs Oduya accepted that the vendor rings her on Monday.",
    "Mr Baird is content for your specialist to call him.",
    "Their treasurer is expecting an email from the vendor.",
    "The principal OK'd a first call with your team.",
    "The director agreed to meet the vendor next month.",
    "Ms Farrow asked that the vendor send her the datasheet.",
    "El gerente, ok con que le llaméis esta semana.",
    "La directora no tiene ningún inconveniente en que vuestro técnico la llame.",
    "la titolare ok se la sentite domani",
    "Hun er ok m. at I kontakter hende.",
    "Det gick bra att säljaren ringer henne på fredag.",
    "Han regner med at dere ringer i morgen.",
    "Rektor er informeret om at I tager kontakt.",
    "Han har bedt om at bli ringt opp av dere.",
    "Yönetici ile görüşmenizde bir sakınca yok.",
    "Müdür Bey ile iletişim için onayı alındı.",
    "ご担当者様へ直接連絡しても差し支えありません。",
  ])("%s", (text) => expect(detectConsent(text)).toBe(true));

  it("an approval still awaited, or a partner's own fine, is none", () => {
    expect(detectConsent("Görüşme için onay bekliyoruz.")).toBeNull();
    expect(detectConsent("We accept that the calls go through our desk.")).toBeNull();
  });
});

describe("consent: the prospect asks to be called, or agreed in more languages", () => {
  it.each([
    "La pharmacienne souhaite être contactée directement par votre équipe.",
    "a gerente topou ser contactada amanhã",
    "a sócia pediu p/ gente ligar amanhã cedo",
    "Johtaja toivoi, että soitatte hänelle ensi viikolla.",
    "Pan prezes prosił o szybki kontakt.",
    "Nyugodtan hívják fel a titkárságon.",
    "Директор погодився, щоб йому зателефонували.",
    "Управителят е съгласен да му се обадите утре.",
    "Direktorica se strinja, da jo kontaktirate.",
  ])("%s", (text) => expect(detectConsent(text)).toBe(true));

  it("a partner's request to be called back, or a refusal, is no consent", () => {
    expect(detectConsent("Je souhaite être rappelé demain matin.")).toBeNull();
    expect(detectConsent("W razie pytań prosimy o kontakt.")).toBeNull();
    expect(detectConsent("Директор не погодився, щоб йому зателефонували.")).not.toBe(true);
  });
});
