// Stage, consent and motion cues in Croatian, Serbian, Bosnian and Slovene (services/parser/lang/hr.ts), each entry read in a sentence
// invented for this test (no corpus mail's words), with the near misses the risky ones must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("stage", () => {
  it.each([
    ["Poslali smo im ponudu prošli tjedan.", "evaluation"],
    ["Ponuda je poslana direktoru.", "evaluation"],
    ["Zatražili su ponudu za tri lokacije.", "evaluation"],
    ["Imaju probno razdoblje od mjesec dana.", "evaluation"],
    ["Raspisan je javni natječaj.", "evaluation"],
    ["Poslali smo ponudbo, čakajo na odobritev.", "evaluation"],
    ["Testirajo našo rešitev.", "evaluation"],
    ["Proračun je potrjen.", "evaluation"],
    ["Sastanak dogovoren za utorak.", "discovery_scheduled"],
    ["Dogovorili smo prvi sastanak s direktorom.", "discovery_scheduled"],
    ["Sestanek je potrjen za torek.", "discovery_scheduled"],
    ["Zmenili smo se za klic v četrtek.", "discovery_scheduled"],
    ["Prvi kontakt, ništa još nije dogovoreno.", "new_intro"],
    ["Razmišljaju o zamjeni sustava.", "new_intro"],
    ["Sastanak još nije dogovoren.", "new_intro"],
    ["Nič še ni dogovorjeno.", "new_intro"],
    ["Zasad samo uvodni poziv s direktorom, ništa dogovoreno.", "new_intro"],
    ["Ni har ett möte bokat på tisdag.", "discovery_scheduled"],
    ["Če bo sestanek potrjen za torek, pošljemo ponudbo.", null],
    ["Upoređuju ponude tri dobavljača.", "evaluation"],
    ["Primerjajo ponudbe dveh ponudnikov.", "evaluation"],
    ["Imaju poskusno obdobje? Ne, pilot projekt u dvije poslovnice.", "evaluation"],
    ["Imajo poskusno obdobje dva tedna.", "evaluation"],
    ["Javna nabavka je u toku.", "evaluation"],
    ["Pripravljajo javno naročilo.", "evaluation"],
    ["Objavili so razpis za nov sistem.", "evaluation"],
    ["Budžet je odobren za iduću godinu.", "evaluation"],
    ["Čekaju ponudu do petka.", "evaluation"],
    ["Prezentacija zakazana u srijedu.", "discovery_scheduled"],
    ["Predstavitev dogovorjena za jutri.", "discovery_scheduled"],
    ["Videopoziv rezerviran za ponedeljak.", "discovery_scheduled"],
    ["Vidimo se u četvrtak.", "discovery_scheduled"],
    ["Se vidimo v petek.", "discovery_scheduled"],
    ["Zaenkrat le priporočilo.", "new_intro"],
    ["Razmišljajo o zamenjavi programa.", "new_intro"],
    ["Razmatraju zamjenu sustava.", "new_intro"],
    ["Svjež lead s konferencije.", "new_intro"],
    ["Želijo predstavitev.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("consent", () => {
  it.each([
    ["Direktor čeka vaš poziv.", true],
    ["Možete ga slobodno nazvati.", true],
    ["Lahko jo kar pokličete.", true],
    ["Dala je suglasnost.", true],
    ["Suglasnost: da", true],
    ["Molim ne kontaktirajte ga još.", false],
    ["Pričekajte da vam se javim.", false],
    ["Nisam ga još pitao.", false],
    ["Kontakt isključivo preko nas.", false],
    ["Še ni dal soglasja.", false],
    ["Ako imate pitanja, možete me nazvati.", null],
    ["Soglasje: še ne", false],
    ["Suglasna je da je kontaktirate.", true],
    ["Strinja se, da jo pokličete.", true],
    ["Možete proslijediti moj kontakt.", true],
    ["Pričakuje vaš klic.", true],
    ["Zna da ćete ga nazvati.", true],
    ["Dal je soglasje za kontakt.", true],
    ["Prosim, ne kličite ga.", false],
    ["Počakajte, da se oglasim.", false],
    ["Nisem ga še vprašal.", false],
    ["Nije još dao suglasnost.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));
});

describe("motion", () => {
  it.each([
    ["Fakturiranje ide preko nas.", "resale"],
    ["Kupujemo licence i preprodajemo ih.", "resale"],
    ["Samo vas povezujemo, prodaju prepuštamo vama.", "referral"],
    ["Provizija za priporočilo je dovolj.", "referral"],
    ["Mi radimo instalaciju i obuku.", "services"],
    ["Izvajamo namestitev in usposabljanje.", "services"],
    ["Radi se o integraciji s našim sustavom.", "technology"],
    ["Preko nas naručuju licence.", "resale"],
    ["Račun gre prek nas.", "resale"],
    ["Gre le za priporočilo.", "referral"],
    ["Ne bomo sodelovali pri uvedbi.", "referral"],
    ["Nećemo sudjelovati u isporuci.", "referral"],
    ["Pružamo podršku i održavanje.", "services"],
    ["Nudimo upravljane usluge.", "services"],
    ["Tehnološki partner za plaćanja.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
