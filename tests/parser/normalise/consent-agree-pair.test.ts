// An agreeing verb and a word of being contacted in one sentence, in either order, say the prospect
// agreed to be contacted (`cues.consent.agreeWord`, `contactWord`); in invented sentences.
import { describe, expect, it } from "vitest";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("an agreeing verb and a contact word in one sentence", () => {
  it.each([
    // English
    ["Mr Talvik has agreed that Brenwick's team is contacted this week.", "en"],
    ["Ms Orla consented, so she may be contacted by the vendor team.", "en consented"],
    ["He authorised us, so being contacted directly is fine.", "en authorised"],
    ["Ms Orla authorized contacting her by phone.", "en authorized contacting"],
    // German
    ["Frau Quell ist einverstanden, dass Sie sie kontaktieren.", "de einverstanden"],
    ["Herr Damm hat der Kontaktaufnahme durch Ihr Team zugestimmt.", "de zugestimmt"],
    ["Er stimmt zu, dass Sie ihn anrufen.", "de stimmt zu"],
    ["Er hat sich mit einem Anruf einverstanden erklärt.", "de einverstanden erklärt"],
    // Spanish
    ["La Sra. Ruvel autorizó que Brenwick la contacte.", "es autorizó"],
    ["El gerente está de acuerdo en que lo llamen.", "es de acuerdo llamen"],
    ["Aceptó que ustedes la llame el lunes.", "es aceptó llame"],
    ["La clienta aceptó que la contacten.", "es contacten"],
    ["El dueño aceptó, pueden llamarlo.", "es llamarlo"],
    ["El gerente está de acuerdo, llamemos mañana.", "es llamemos"],
    // Portuguese
    ["O diretor concordou que a Brenwick entre em contato.", "pt concordou"],
    ["Ela autorizou que liguem para ela.", "pt liguem"],
    ["Ele está de acordo em ligar amanhã.", "pt de acordo ligar"],
    // French
    ["M. Pelvin est d'accord pour être contacté.", "fr d'accord"],
    ["Mme Orsat a autorisé que vous l'appeliez.", "fr autorisé appeliez"],
    ["Elle accepte que vous la contactiez.", "fr accepte"],
    // Italian
    ["Il titolare è d'accordo, potete contattarlo.", "it d'accordo"],
    ["La signora ha acconsentito a essere chiamata.", "it acconsentito chiamata"],
    ["Ha autorizzato che lo chiamiate.", "it autorizzato chiamiate"],
    // Dutch
    ["Mevrouw Tolk weet dat u contact opneemt en vindt dat prima.", "nl prima"],
    ["Hij gaat akkoord dat u hem belt.", "nl akkoord belt"],
    ["Zij heeft ingestemd om gebeld te worden.", "nl ingestemd gebeld"],
    ["Hij stemt in met bellen door uw team.", "nl stemt in bellen"],
    ["Het benaderen is goedgekeurd door de directeur.", "nl goedgekeurd benaderen"],
    ["Ze heeft akkoord gegeven om te contacteren.", "nl contacteren"],
    // Nordic
    ["Orvik er indforstået med, at I kontakter ham.", "da indforstået"],
    ["Hun er innforstått med at dere ringer.", "no innforstått ringer"],
    ["Han är införstådd med att ni ringa honom.", "sv införstådd ringa"],
    ["Kontakt er godkendt af direktøren.", "da godkendt"],
    ["Kontakt er godkjent av daglig leder.", "no godkjent"],
    ["Kontakt är godkänt av chefen.", "sv godkänt"],
    ["Hun har accepteret at I ringe.", "da accepteret"],
    ["Han har akseptert at dere ringer.", "no akseptert"],
    ["Hon har accepterat att ni ringer.", "sv accepterat"],
    // Polish
    ["Pani Wrona zgodziła się na kontakt z Państwa strony.", "pl zgodziła"],
    ["Mamy zgodę, możecie zadzwonić do niego.", "pl zgodę zadzwonić"],
    ["Zgoda na bezpośredni kontakt jest.", "pl zgoda"],
    // Hungarian
    ["Kovács úr hozzájárult, hogy felhívják.", "hu hozzájárult"],
    ["Beleegyezett a megkeresésbe.", "hu beleegyezett"],
    ["Beleegyezik, hogy felvegyék vele a kapcsolatot.", "hu beleegyezik"],
    ["Hozzájárul a kapcsolatfelvételhez.", "hu hozzájárul"],
    // Romanian
    ["Domnul Vlad este de acord să fie sunat.", "ro de acord sunat"],
    ["Doamna a acceptat contactul direct.", "ro acceptat"],
    // Greek
    ["Ο κ. Ταλος συμφώνησε για επικοινωνία μαζί σας.", "el συμφώνησε"],
    ["Η κυρία συμφωνεί για την επικοινωνία.", "el συμφωνεί"],
    ["Δέχτηκε την επικοινωνία.", "el δέχτηκε"],
    ["Δέχεται επικοινωνία από εσάς.", "el δέχεται"],
    // Turkish
    ["Müdür iletişim kurulmasını kabul etti.", "tr kabul etti"],
    ["Aranmayı onayladı.", "tr onayladı"],
    ["Bay Demir iletişim için onay verdi.", "tr onay verdi"],
    // Czech and Slovak
    ["S kontaktováním z vaší strany pan Brázda souhlasí.", "cs souhlasí"],
    ["Klientka souhlasila, abyste ji oslovili.", "cs oslovili"],
    ["Súhlasil, aby ste mu zavolali.", "sk zavolali"],
    // Japanese and Chinese
    ["担当者はご連絡に同意しています。", "ja 同意 連絡"],
    ["直接の連絡について了承済みです。", "ja 了承"],
    ["連絡の件、承諾しました。", "ja 承諾"],
    ["王經理已同意由貴公司直接聯繫。", "zh-hant 聯繫"],
    ["王经理同意你们联系他。", "zh-hans 联系"],
    ["林小姐同意聯絡。", "zh-hant 聯絡"],
    ["林小姐同意联络。", "zh-hans 联络"],
    // Arabic
    ["وافق المدير على التواصل معه.", "ar وافق التواصل"],
    ["وافقت السيدة على الاتصال بها.", "ar وافقت الاتصال"],
    ["وافقوا على تواصل فريقكم.", "ar وافقوا تواصل"],
    ["وافق على اتصال مباشر.", "ar اتصال"],
  ])("%s (%s)", (text) => expect(detectConsent(text)).toBe(true));
});

describe("what the pair does not read", () => {
  it("two sentences apart", () =>
    expect(detectConsent("The board agreed on the budget. We contacted three vendors last year.")).toBeNull());
  it("a contact label", () =>
    expect(detectConsent("Contacto: Ana Pereval. Está de acuerdo con el precio.")).toBeNull());
  it("negated", () => expect(detectConsent("She has not agreed yet to being contacted.")).not.toBe(true));
  it("conditional", () => expect(detectConsent("If he agreed, he could be contacted in May.")).not.toBe(true));
});
