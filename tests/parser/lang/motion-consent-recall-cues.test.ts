// Motion and consent cue entries added for recall (services/parser/lang/*: `cues.motion`,
// `cues.consent`), each in a sentence invented for this test, and for the risky ones what they
// must leave alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("motion: the partner's part said in so many words", () => {
  it.each([
    // the partner's part ends with the introduction
    ["Purely an introduction from our side.", "referral"],
    ["My firm would simply make the introduction.", "referral"],
    ["Our involvement will end with the introduction.", "referral"],
    ["Facciamo solo da tramite, poi decidete voi.", "referral"],
    ["Polecam ich tylko, dalej wy.", "referral"],
    ["Jde jen o doporučení.", "referral"],
    ["Kyseessä on pelkkä suosittelu.", "referral"],
    ["Só estou apresentando, depois vocês seguem.", "referral"],
    // the sale through the partner
    ["La vendita avviene tramite noi.", "resale"],
    ["La venta la hacemos nosotros.", "resale"],
    ["Kami yang akan menjual lisensinya.", "resale"],
    ["Nanti kami yg jual.", "resale"],
    // the partner doing the work
    ["We will do the data migration and training.", "services"],
    ["We'll handle the rollout for all sites.", "services"],
    ["The client contracts with you, with us delivering the on-site services.", "services"],
    ["Nous assurerons la migration des données.", "services"],
    ["Nous sommes l'entreprise de maintenance du bâtiment.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // a stage's value, not the partner's part
    ["Stage: introduction only, a demo is wanted.", "referral"],
    // a meeting's introduction, no partner's part in it
    ["We will do the intro call on Monday.", "services"],
  ])("not: %s -> not %s", (text, never) => expect(detectMotion(text)).not.toBe(never));
});

describe("consent: agreed or not yet, said in other words", () => {
  it.each([
    ["Mr. Ovet is agreeing for your team to call him directly.", true],
    ["He knows about it, kindly contact him directly.", true],
    ["Please wait my OK before calling him.", false],
    ["Eine Einwilligung von Frau Lenz zur Kontaktaufnahme durch den Hersteller liegt vor.", true],
    ["Frau Lenz möchte direkt von euch kontaktiert werden.", true],
    ["Zij heeft aangegeven dat u rechtstreeks contact met haar mag opnemen.", true],
    ["Ring gerne til ham, det er aftalt.", true],
    ["Dere kan gjerne ta kontakt med henne direkte.", true],
    ["Η κα Δήμου έχει δώσει τη συγκατάθεσή της να επικοινωνήσετε μαζί της.", true],
    ["Η κα Δήμου δεν έχει δώσει ακόμη τη συγκατάθεσή της.", false],
    ["Müşteriden iletişim için açık rıza alındı.", true],
    ["山田さんからは連絡OKをもらっています。", true],
    ["Encik Latif dah setuju kami call dia terus.", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // the partner's own sign-off, and a consent still to come
    ["Kindly contact me directly with any questions.", true],
    ["Frau Lenz möchte nicht direkt von euch kontaktiert werden.", true],
  ])("not: %s -> not %s", (text, never) => expect(detectConsent(text)).not.toBe(never));
});

describe("consent: a label's words negated in a sentence are prose, not a labelled yes", () => {
  it.each([
    ["Ze hebben nog geen toestemming gegeven om gebeld te worden.", false],
    ["Mevrouw Jansen heeft nog geen toestemming gegeven om rechtstreeks gecontacteerd te worden.", false],
    // a label before its colon still answers
    ["Toestemming gegeven: ja", true],
    ["Toestemming: nee", false],
    ["Consent given: yes", true],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});
