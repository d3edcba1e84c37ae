// Stage, consent and motion cues in Lithuanian and Latvian (services/parser/lang/baltic.ts), each entry read in a sentence
// invented for this test (no corpus mail's words), with the near misses the risky ones must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("stage", () => {
  it.each([
    ["Jiems išsiuntėme komercinį pasiūlymą.", "evaluation"],
    ["Klientas prašo kainos pasiūlymo.", "evaluation"],
    ["Vyksta bandomasis laikotarpis.", "evaluation"],
    ["Jie lygina trijų tiekėjų pasiūlymus.", "evaluation"],
    ["Biudžetas jau patvirtintas.", "evaluation"],
    ["Susitikimas suplanuotas antradienį.", "discovery_scheduled"],
    ["Pirmas kontaktas, nieko dar nesutarta.", "new_intro"],
    ["Jie svarsto sistemos pakeitimą.", "new_intro"],
    ["Cenu piedāvājums ir nosūtīts direktoram.", "evaluation"],
    ["Klients lūdza cenu piedāvājumu.", "evaluation"],
    ["Viņi salīdzina trīs piegādātāju piedāvājumus.", "evaluation"],
    ["Tikšanās ieplānota otrdien.", "discovery_scheduled"],
    ["Pirmais kontakts, vēl nav norunāts nekas.", "new_intro"],
    ["Viņi apsver sistēmas nomaiņu.", "new_intro"],
    ["Vyksta pilotinis projektas.", "evaluation"],
    ["Jie testuoja sprendimą.", "evaluation"],
    ["Pasiūlymas jau išsiųstas.", "evaluation"],
    ["Paskelbtas viešasis pirkimas.", "evaluation"],
    ["Paskelbtas konkursas.", "evaluation"],
    ["Izmēģinājuma periods ilgst mēnesi.", "evaluation"],
    ["Viņi testē mūsu risinājumu.", "evaluation"],
    ["Nosūtījām viņiem piedāvājumu.", "evaluation"],
    ["Notiek publiskais iepirkums.", "evaluation"],
    ["Budžets ir apstiprināts.", "evaluation"],
    ["Suplanuotas pirmas susitikimas.", "discovery_scheduled"],
    ["Pristatymas sutartas ketvirtadienį.", "discovery_scheduled"],
    ["Skambutis numatytas rytoj.", "discovery_scheduled"],
    ["Vienojāmies par tikšanos.", "discovery_scheduled"],
    ["Zvans apstiprināts piektdien.", "discovery_scheduled"],
    ["Sapulce sarunāta rīt.", "discovery_scheduled"],
    ["Naujas kontaktas iš parodos.", "new_intro"],
    ["Jauns kontakts no izstādes.", "new_intro"],
    ["Sākotnējais kontakts, nekas vēl nav norunāts.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("consent", () => {
  it.each([
    ["Direktorius laukia jūsų skambučio.", true],
    ["Galite jam tiesiogiai skambinti.", true],
    ["Ji sutiko, kad su ja susisiektumėte.", true],
    ["Kol kas nesusisiekite su juo.", false],
    ["Dar nepaklausiau jo.", false],
    ["Jei turite klausimų, galite susisiekti su manimi.", null],
    ["Viņš gaida jūsu zvanu.", true],
    ["Varat viņai tieši zvanīt.", true],
    ["Lūdzu, nezvaniet viņam vēl.", false],
    ["Pagaidiet, līdz es apstiprināšu.", false],
    ["Piekrišana: jā", true],
    ["Ji sutinka su kontaktu.", true],
    ["Direktorius davė sutikimą.", true],
    ["Galite susisiekti su juo tiesiogiai.", true],
    ["Viņa piekrita, ka ar viņu sazināsieties.", true],
    ["Deva savu piekrišanu.", true],
    ["Varat sazināties ar viņu.", true],
    ["Sutikimas: taip", true],
    ["Sutikimas: dar ne", false],
    ["Palaukite, kol patvirtinsiu.", false],
    ["Jis dar nedavė sutikimo.", false],
    ["Kontaktas tik per mus.", false],
    ["Vēl neesmu jautājis.", false],
    ["Kontakts tikai caur mums.", false],
    ["Lūdzu, nesazinieties ar viņu.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("motion", () => {
  it.each([
    ["Sąskaitą išrašysime mes, perparduodame licencijas.", "resale"],
    ["Mes tik rekomenduojame klientą.", "referral"],
    ["Atliksime diegimą ir mokymus.", "services"],
    ["Rēķins tiks izrakstīts caur mums.", "resale"],
    ["Mēs tikai iepazīstinām jūs ar klientu.", "referral"],
    ["Nodrošināsim ieviešanu un apmācības.", "services"],
    ["Per mus pirks licencijas.", "resale"],
    ["Tālākpārdošana caur mums.", "resale"],
    ["Caur mums pasūtīs licences.", "resale"],
    ["Rekomendacinis mokestis mums tinka.", "referral"],
    ["Starpniecības komisija ir pietiekama.", "referral"],
    ["Veiksim arī integrāciju.", "services"],
    ["Integracija su mūsų platforma.", "technology"],
    ["Integrācija ar mūsu produktu.", "technology"],
    ["Technologijų partneris.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
