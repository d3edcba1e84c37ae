// Consent phrasings learnt from held-out corpora 10–31 (each family seen in three corpora or more,
// by different writers), one sentence per table entry in words none of those mails uses.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("consent: the prospect agreed, in more words", () => {
  it.each([
    // en: fine with a call of some kind, or with the vendor's people doing it
    "Lorna is okay with a short call.",
    "cfo ok w email",
    "Rhys is comfortable with your engineer calling him.",
    // en: the prospect asks for it, or waits for it
    "Could somebody on the product side ring me on Monday?",
    "The bursar is awaiting your intro email.",
    "Gus expects your contact this week.",
    "The dean asked that you kindly call her back.",
    // en: told who will call; agreed to have the vendor's people join; a possessive or three words between
    "I told them ye'd phone after lunch.",
    "told her u guys will get in touch",
    "Ms Oyelaran agreed to have your architect join the review.",
    "He's happy for Quillon's onboarding team to ring him.",
    "She agreed that your senior consultant can phone her.",
    // pt
    "A diretora autorizou-nos a partilhar os seus dados.",
    "O tesoureiro deu autorização para ser contatado por telefone.",
    "o dono concorda que vocês liguem amanhã",
    "a sócia topou conversar com vocês",
    "O engenheiro pediu expressamente que o contactem.",
    "Podem pedir ao fornecedor que me ligue?",
    "A presidente autorizou que a equipa comercial do nosso parceiro a contacte.",
    // es
    "La gerente está de acuerdo en que el fabricante la llame.",
    "El alcalde nos dio permiso para que vuestro equipo le escriba.",
    "Ya le avisé que lo llamarían y estuvo de acuerdo.",
    "Autorizó el uso de su teléfono y que el distribuidor lo contacte.",
    "Nos pidió que le envíen la propuesta a su correo.",
    // it
    "La titolare ci ha autorizzato a girarvi i suoi recapiti.",
    "Il geometra ha autorizzato espressamente di essere chiamato.",
    "Il sindaco è d'accordo a essere chiamato dal vostro tecnico.",
    "Per la direttrice va bene essere contattata via mail.",
    // fr
    "La pharmacienne est d'accord d'être appelée jeudi.",
    // sv, no, da
    "Chefen har gett sitt klartecken till att ni ringer.",
    "Rektor har samtykket til at dere ringer henne.",
    "Hun har sagt ja til å bli ringt av dere.",
    "Ejeren har givet os tilladelse til at ringe.",
    "Leverandøren kan gjerne ringe ham i morgen.",
    "Han tyckte att det var okej att ni hör av er.",
    "Som vi blev överens om lämnar jag hennes uppgifter till er.",
    "Som vi blev enige om, sender jeg hendes oplysninger videre.",
    // nl
    "De eigenaar vindt contact met jullie accountmanager prima.",
    "Ze wil graag dat jullie haar mailen.",
    "Hij weet dat jullie contact met hem gaan opnemen.",
    "Jullie kunnen mijn gegevens ook delen.",
    "Ze mogen me direct bellen.",
    // de
    "Die Inhaberin hat nichts dagegen, wenn ihr sie anruft.",
    "Der Kämmerer wünscht, dass ihr euch bald meldet.",
    "Lassen Sie Ihren Vertrieb gern mit mir Kontakt aufnehmen.",
    "Er freut sich auf eure oder die Kontaktaufnahme eures Teams.",
    // cs, sk, hr
    "Ředitel souhlasí s tím, aby mu zavolal váš obchodník.",
    "Jednatelka souhlasila, že se jí ozvete.",
    "Konateľ súhlasil s oslovením.",
    "Direktor je suglasan da ga nazovete.",
    "Vlasnica je pristala da je kontaktirate.",
    // tl, id, el, ko, tr
    "Ayos lang daw na tawagan niyo siya bukas.",
    "Pak Direktur bersedia dihubungi oleh tim penjualan.",
    "Η διευθύντρια ζήτησε να την καλέσετε.",
    "재무팀장님께 전화 연락해도 좋다는 동의를 얻었습니다.",
    "Müdür Bey, firmanızın kendisini aramasını onayladı.",
    "Bilgilerimi satış ekibinizle paylaşabilirsiniz.",
  ])("%s", (text) => {
    expect(detectConsent(text)).toBe(true);
  });
});

describe("consent: the same phrasings negated are no yes", () => {
  it.each([
    "Hindi pa daw pwede na i-contact niyo siya.",
    "Beliau belum setuju untuk dihubungi.",
    "Direktorica nije suglasna da je kontaktirate.",
    "Lorna is not okay with a short call yet.",
    // not asked yet, the prospect named
    "We haven't asked Inge yet whether she'd be fine with being called.",
    // not yet given the go-ahead, in en, pt, da/sv, it
    "The rector has not yet given the go-ahead for calls from your side.",
    "O tesoureiro ainda não sabe que vão telefonar, não o contactem por agora.",
    "Por favor não lhe liguem esta semana.",
    "Rektor Holm har ikke givet tilsagn til opkald fra jer.",
    "Kassören har inte gett sitt samtycke till samtal.",
    "La direttrice non è ancora stata informata della vostra chiamata.",
    "Aspettate un mio cenno prima di scrivere al sindaco.",
  ])("%s", (text) => {
    expect(detectConsent(text)).toBe(false);
  });
});
