// Motion and stage cues added across many languages (services/parser/lang/*): the partner reselling,
// referring, delivering the services, as written in Chinese, Arabic, Ukrainian and Russian,
// Bulgarian, Greek, Indonesian and Malay, Vietnamese, Korean, Hungarian, Croatian, Romanian,
// Portuguese, Swedish, Finnish and Polish. Each sentence is written for this test (invented names,
// never a corpus mail's words), with the near misses the risky entries must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { clauseBefore } from "../../../services/parser/normalise/cues.ts";

describe("motion cues in many languages", () => {
  it.each([
    // Chinese
    ["本公司作为授权经销商，想报备这个项目。", "resale"],
    ["我们（某某信息，授权经销商）报备如下商机。", "resale"],
    ["由我司负责销售和开票。", "resale"],
    ["我們資通負責設備導入與教育訓練。", "services"],
    ["我们只牵线，之后由贵司直接跟进。", "referral"],
    // Arabic
    ["سنشتري الاشتراكات وإعادة بيعها للشركة.", "resale"],
    ["نحن موزّع معتمد في المنطقة.", "resale"],
    ["نحن مكتب استشاري وسنكتفي بالتعريف فقط.", "referral"],
    ["بعد اللقاء الأول نترك الأمر لكم.", "referral"],
    ["ولن نشارك بعد الاجتماع الأول.", "referral"],
    // Ukrainian and Russian
    ["Мы выполняем настройку и обучение сотрудников.", "services"],
    ["Ми виконуємо монтаж та підтримку.", "services"],
    ["Ми надаємо послуги з налаштування.", "services"],
    ["Це реферал, далі працюєте ви.", "referral"],
    ["Перепродавать подписки будем сами.", "resale"],
    ["Планируется интеграция с вашей API для складского учёта.", "technology"],
    // Bulgarian, Greek
    ["Ние ще извършим инсталацията и обучението.", "services"],
    ["Това е само препоръка.", "referral"],
    ["Κάνουμε τη γνωριμία και μετά αναλαμβάνετε εσείς.", "referral"],
    ["Μετά την πρώτη συνάντηση αποσυρόμαστε.", "referral"],
    // Indonesian and Malay
    ["Kami mahu daftar peluang ini (jualan semula oleh syarikat kami).", "resale"],
    ["Kami hanya referensikan saja.", "referral"],
    ["Sesudah perkenalan, kami tidak terlibat lagi dalam penjualan.", "referral"],
    ["Pasukan kami akan melaksanakan konfigurasi sistem serta latihan.", "services"],
    // Vietnamese
    ["Khách hàng mới (giới thiệu, sau đó quý công ty làm việc với họ).", "referral"],
    ["Bên tôi (An Phát) sẽ cài đặt và bảo trì.", "services"],
    ["Chúng tôi sẽ triển khai và hướng dẫn đội ngũ của họ.", "services"],
    ["Chúng tôi sẽ làm phần cài đặt.", "services"],
    // Korean, Hungarian, Croatian
    ["일단 소개만 드립니다.", "referral"],
    ["Mi csak bemutatjuk a céget, az értékesítést önök intézik.", "referral"],
    ["Új lead (ajánlás).", "referral"],
    ["Prijavljujemo priliku (preporuka).", "referral"],
    // Romanian, Portuguese
    ["Vă trimitem o simplă recomandare, atât.", "referral"],
    ["După întâlnire predăm contactul.", "referral"],
    ["Só estou apresentando a empresa.", "referral"],
    ["Faço a apresentação e depois saio de cena.", "referral"],
    ["A minha participação termina aqui.", "referral"],
    ["É apenas referenciação.", "referral"],
    // Swedish, Finnish, Polish
    ["Vi gör bara introduktionen, sedan tar ni över kunden.", "referral"],
    ["Rekisteröin tämän suosituksena.", "referral"],
    ["Instalację, konfigurację i szkolenia robimy my.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // the prospect as a dealer, the prospect doing its own work, a negated resale
    ["客户是一家汽车授权经销商。", null],
    ["客户自己负责安装。", null],
    ["Khách hàng sẽ triển khai hệ thống mới.", null],
    ["Мы не будем перепродавать лицензии.", null],
    ["العميل لا يريد إعادة البيع.", null],
  ])("not so: %s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("stage cues in Chinese, Croatian, Romanian, Malay, Finnish, Polish and Greek", () => {
  it.each([
    ["客户在比较甲公司和乙公司的报价。", "evaluation"],
    ["客户已约好下周二下午进行线上展示。", "discovery_scheduled"],
    ["Faza: tek upoznavanje s vlasnikom.", "new_intro"],
    ["Faza: tek upoznavanje, sastanak u utorak 14. svibnja zakazan.", "discovery_scheduled"],
    ["Deocamdată e doar o simplă recomandare.", "new_intro"],
    ["Percubaan 14 hari sedang berjalan di dua cawangan.", "evaluation"],
    ["Yritys vertailee nyt tarjouksia kolmelta toimittajalta.", "evaluation"],
    ["Etap: złożona oferta, czekamy na decyzję.", "evaluation"],
    ["Ο πελάτης ζήτησε επίσημη προσφορά.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("a clause's window cuts no word into a negation", () => {
  it("the tail of a cut word is not read (Spanish 'sin' in a Finnish verb)", () =>
    expect(clauseBefore("Pyytäisin kirjaamaan yrityksen suosituksena", 31, 30)).toBe(" kirjaamaan yrityksen "));
  it("a whole word at the window's start stays", () => expect(clauseBefore("xx sin demo", 7, 5)).toBe(" sin "));
  it("so a cue after a long Finnish verb is not negated", () =>
    expect(detectMotion("Pyytäisin kirjaamaan yrityksen suosituksena")).toBe("referral"));
  it("a script without blanks keeps its window whole", () =>
    expect(clauseBefore("客户还没有同意我们联系", 9, 5)).toBe("有同意我们"));
});
