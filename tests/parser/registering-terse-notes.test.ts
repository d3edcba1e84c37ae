// Registering phrases of terse notes: a referral named before the prospect ("indicação: …"), a
// registration asked for in a few words on a phone ("kayit lutfen"), notes passed on to be logged
// ("log it for us"). Each entry in a sentence written for this test, with a near miss.
import { describe, expect, it } from "vitest";
import { saysRegistering } from "../../services/parser/normalise/cues.ts";

describe("registering phrases of terse notes", () => {
  it.each([
    // en
    "notes from today below, pls log it for us.",
    "Could you log this one for us? Details below.",
    // pt
    "oi time! indicação: padaria Vento Sul em Pelotas, dono é o Caio.",
    "Indicacao: oficina Serra Alta, tel 51 9999-0000",
    // tr
    "Selam, Derin Lojistik icin kayit lutfen.",
    "Merhaba, Yalı Otel için kayıt lütfen.",
  ])("%s", (text) => expect(saysRegistering(text)).toBe(true));

  it.each([
    "We log every ticket in the helpdesk.",
    "Ela fez uma indicação muito boa na reunião.",
    "Kayıt sistemi yavaş çalışıyor.",
  ])("leaves alone: %s", (text) => expect(saysRegistering(text)).toBe(false));
});
