// Motion and consent cues in other words (services/parser/lang/*): the partner only
// recommending or staying out of the sale, doing the rollout itself, joining its own product to the
// vendor's; the prospect agreeing to a call or not asked yet. Each sentence is written for this test
// (invented names, never a corpus mail's words), with near misses the risky entries must leave alone.
import { describe, expect, it } from "vitest";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";

describe("referral: only recommending, out of the sale", () => {
  it.each([
    ["Θέλουμε να σας συστήσουμε ένα φαρμακείο στη Λάρισα.", "referral"],
    ["Είναι απλή σύσταση από το γραφείο μας.", "referral"],
    ["Je to zatím jen o první doporučení, nic víc.", "referral"],
    ["Rádi bychom vám doporučili pekárnu Kvásek.", "referral"],
    ["Suosittelemme teille leipomoa Jyväskylästä.", "referral"],
    ["Vi vil gerne henvise et bageri til jer.", "referral"],
    ["Må jeg introducere jer for en tandlæge i Odense?", "referral"],
    ["Vi skickar den här kunden som ett tips.", "referral"],
    ["Vi deltar inte i försäljningen.", "referral"],
    ["Wir möchten die Bäckerei lediglich empfehlen.", "referral"],
    ["Wir melden die Praxis als Empfehlung; die Einführung übernehmen Sie.", "referral"],
    ["Sólo os los presentamos, nada más.", "referral"],
    ["No participamos en la venta.", "referral"],
    ["A pékséget figyelmükbe ajánljuk.", "referral"],
    ["Az egyesület nem vesz részt az értékesítésben.", "referral"],
    ["Jedynie polecamy tę piekarnię.", "referral"],
    ["Przekazuję kontakt, dalej wy.", "referral"],
    ["Nós somos apenas a ponte entre vocês.", "referral"],
    ["Kami cuma referensi saja untuk toko roti ini.", "referral"],
    ["저희는 연결만 해드리겠습니다.", "referral"],
    ["لن نشارك في التنفيذ بعد التعريف.", "referral"],
    ["نقدم العميل فقط.", "referral"],
    ["Мы в продаже не участвуем, только знакомим.", "referral"],
    ["Реєструємо як рекомендацію від нашого бюро.", "referral"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // a case ending written onto a name is no negation word ("…'ni" is no Spanish "ni")
    ["Merhaba, Fırıncı Usta'yı size yönlendiriyorum.", "referral"],
    // a negation wrapped onto the next line still negates
    ["Απλή σύσταση, δεν\nμεταπωλούμε τίποτα.", "referral"],
    ["Solo segnalazione, nessuna\nrivendita da parte nostra.", "referral"],
  ])("across a suffix or a wrapped line: %s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    // taking part in the sale, a tip that is no lead
    ["Vi deltager i salget og fakturerer selv.", "referral"],
    ["Tack för tipset om mässan i maj.", "referral"],
  ])("not so: %s -> not %s", (text, never) => expect(detectMotion(text)).not.toBe(never));
});

describe("services: the partner doing the rollout", () => {
  it.each([
    ["Installazione e formazione a cura nostra.", "services"],
    ["我司负责门店数据迁移。", "services"],
    ["弊社にて初期設定と研修を担当いたします。", "services"],
    ["Công ty Ánh Dương sẽ triển khai và hỗ trợ cho cửa hàng.", "services"],
    ["Bên mình sẽ lo phần cài đặt.", "services"],
    ["Мы оказываем услуги внедрения.", "services"],
    ["Мы ведём внедрение в двух филиалах.", "services"],
    ["Налаштування та впровадження ми беремо на себе.", "services"],
    ["Syarikat kami akan menguruskan pemasangan di cawangan.", "services"],
    ["Kami akan memasang modul tempahan untuk kedai.", "services"],
    ["Školení a nasazení bychom zajistili my.", "services"],
    ["Ще внедрим системата в трите магазина.", "services"],
    ["ทางบริษัทจะเป็นผู้ดูแลการติดตั้งที่สาขา", "services"],
    ["저희 팀이 데이터 이관을 맡을 예정입니다.", "services"],
    ["Naše podjetje bo poskrbelo za uvedbo.", "services"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it("a weak rollout word decides a labelled value alone", () => {
    expect(detectMotion("впровадження і підтримка", { labelled: true })).toBe("services");
    expect(detectMotion("впровадження і підтримка")).toBeNull();
  });
});

describe("technology and resale in other words", () => {
  it.each([
    ["نعمل على ربط منصة الحجز لدينا مع نظامكم.", "technology"],
    ["Chúng tôi tích hợp ví điện tử của mình với phần mềm bên bạn.", "technology"],
    ["Kami mengintegrasikan aplikasi kasir kami dengan modul Anda.", "technology"],
    ["A kassza-rendszerünket integráljuk a modullal.", "technology"],
    ["Nous intégrerons notre terminal à votre caisse.", "technology"],
    ["To wspólny projekt integracyjny dwóch firm.", "technology"],
    ["מדובר בשילוב הקופות שלנו עם המערכת שלכם.", "technology"],
    ["敝公司以經銷方式承接此案。", "resale"],
    ["由我们代理销售软件许可。", "resale"],
    ["Nous revendrions les abonnements à la clinique.", "resale"],
    ["Vom revinde abonamentele clientului.", "resale"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});

describe("consent in other words", () => {
  it.each([
    ["Chị Lan muốn được gọi vào thứ Hai.", true],
    ["Cứ cho bên kia liên hệ chị nhé.", true],
    ["Müdür aranmayı bekliyor.", true],
    ["Ekibinizin iletişime geçmesinde sakınca yok.", true],
    ["وقد أبدى المدير موافقته على التواصل معه.", true],
    ["لا مانع لدينا من تواصلكم مع المدير.", true],
    ["ลูกค้ายินยอมให้โทรหาได้", true],
    ["Priya is keen for a call from your team.", true],
    ["היא ביקשה שתתקשרו אליה מחר.", true],
    ["Silakan dihubungi langsung, Bu Rina setuju.", true],
    ["Pekka on ok, että soitatte hänelle.", true],
    ["Hän pyysi, että häneen otetaan yhteyttä ensi viikolla.", true],
    ["Έχει συμφωνήσει να τον καλέσετε.", true],
    ["El gerente ha aceptado que le llaméis.", true],
    ["Direktor je pristao na izravan kontakt.", true],
    ["Δεν έχουμε ακόμα τη συγκατάθεσή της.", false],
    ["لم نحصل بعد على موافقة المديرة.", false],
    ["עוד לא ביקשתי ממנה אישור.", false],
    ["Директор пока не давал согласия на звонок.", false],
    ["Ještě jsem se ho neptal, zda můžete volat.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // the partner's own wish, a rival's call: no consent of the prospect's
    ["Wir sind keen for a call from Ihnen? Nein.", true],
    ["Hän ei pyytänyt mitään.", true],
  ])("not so: %s -> not %s", (text, never) => expect(detectConsent(text)).not.toBe(never));
});
