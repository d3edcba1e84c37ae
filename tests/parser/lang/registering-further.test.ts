// Registering phrases of languages whose cue tables had none, and further forms of the English and
// German ones (services/parser/lang/{ar,he,zh,id,en,de,ja,th,vi,uk-ru,tr}.ts): each entry in an invented sentence,
// and the same words where they register nothing.
import { describe, expect, it } from "vitest";
import { asksToRegister, saysRegistering } from "../../../services/parser/normalise/cues.ts";

describe("registering phrases", () => {
  it.each([
    // ar: registering the opportunity, a deal; a new opportunity
    ["ar", "نرجو تسجيل الفرصة التالية باسمنا"],
    ["ar", "يرجى تسجيل صفقة لعميلنا في جدة"],
    ["ar", "لدينا فرصة جديدة في الدمام"],
    // he: a new lead; register (to a team); a deal's registration
    ["he", "היי, ליד חדש: מאפייה בחיפה"],
    ["he", "תרשמו אותו על שמנו"],
    ["he", "בקשה לרישום עסקה עבור לקוח"],
    // zh: reporting the deal for protection; registering the opportunity
    ["zh", "麻烦报备一下这个客户"],
    ["zh", "請幫忙報備這個案子"],
    ["zh", "请协助登记商机"],
    ["zh", "請協助登錄商機"],
    // id: register it; a new lead
    ["id", "mohon daftarkan toko bangunan ini"],
    ["id", "ada lead baru dari Surabaya"],
    // en: please shortened on a phone
    ["en", "hi team, pl reg below lead"],
    // de: claiming a lead before its details are known
    ["de", "bitte als Lead für mich reservieren"],
    ["de", "das als Deal für uns blocken"],
    // ar: introducing a prospect (with and without the shadda), a prospective customer, a referral, presenting one
    ["ar", "يسعدني أن أعرّفكم على مطبعة في الخبر"],
    ["ar", "نعرفكم بصاحب المخبز، وهو ينتظر اتصالكم"],
    ["ar", "لدينا عميل محتمل في مسقط"],
    ["ar", "إحالة عميل: ورشة نجارة في صلالة"],
    ["ar", "نود تقديم عميل من قطاع الضيافة"],
    // ja: introducing one, a referral only, a prospect
    ["ja", "以下の酒蔵をご紹介いたします。"],
    ["ja", "弊社は紹介のみとなります。"],
    ["ja", "新しい見込み客の件です。"],
    // th: registering a deal, a lead, a customer, a sales opportunity
    ["th", "ขอลงทะเบียนดีลร้านกาแฟที่เชียงราย"],
    ["th", "ฝากลงทะเบียนลีดให้หน่อยครับ"],
    ["th", "ขอลงทะเบียนลูกค้ารายนี้"],
    ["th", "บริษัทขอลงทะเบียนโอกาสทางการขายดังนี้"],
    // th: a new lead; a new customer introduced
    ["th", "มีลีดใหม่จากร้านอาหารที่ภูเก็ต"],
    ["th", "ขอแนะนำลูกค้าใหม่ ร้านเบเกอรี่ที่ขอนแก่น"],
    // vi: we hereby register; register an opportunity, a customer, for me; without the marks too
    ["vi", "Công ty Hải Đăng xin đăng ký cơ hội dưới đây"],
    ["vi", "Nhờ chị đăng ký giúp tiệm bánh Hoa Mai"],
    ["vi", "Em muon dang ky khach hang nay"],
    ["vi", "đăng kí một khách mới ở Huế"],
    // ru, uk: to register, we register; a deal's registration
    ["ru", "Хотим зарегистрировать пекарню «Колос» за нами."],
    ["ru", "Регистрируем новую возможность в Казани."],
    ["ru", "Регистрация сделки: типография «Оттиск»"],
    ["uk", "Прошу зареєструвати пекарню «Колосок»."],
    ["uk", "Реєструємо нову можливість у Львові."],
    ["uk", "Реєстрація угоди: друкарня «Відбиток»"],
    // ru, uk: the label before a name; a new lead announced, a lead in hand
    ["ru", "Регистрация: столярная мастерская «Дубрава»"],
    ["ru", "Коллеги, новый лид из Тулы, пекарня на два зала."],
    ["ru", "Есть лид: прачечная «Белоснежка», Пермь."],
    ["uk", "Реєстрація: палітурня «Зошит», Рівне"],
    ["uk", "Привіт, новий лід з Ужгорода, пральня на три зали."],
    ["uk", "Маю лід: гончарня «Глечик», Полтава."],
    // he: register (it, him) in our name, in my name; passing a prospect on for registration
    ["he", "נשמח לרשום אותו על שמנו, מדובר במשתלה בנתניה"],
    ["he", "אפשר לרשום את הנגרייה על שמי"],
    ["he", "שלום, מעבירה אליכם לרישום מכבסה ברחובות."],
    // th: a new customer reported to the vendor
    ["th", "ขอแจ้งลูกค้าใหม่ ร้านกาแฟที่เชียงราย"],
  ])("%s: %s", (_lang, text) => {
    expect(saysRegistering(text)).toBe(true);
    expect(asksToRegister(text)).toBe(true);
  });

  it.each([
    ["ar", "شكرا على التسجيل في المؤتمر"],
    ["he", "המשרד נמצא ליד התחנה"],
    ["zh", "我们的报价单已经发出"],
    ["id", "berikut daftar harga terbaru"],
    ["en", "the PL report is attached"],
    ["de", "bitte einen Raum reservieren"],
    ["ar", "نحن نعرفكم منذ سنوات"],
    ["ja", "良い仕組みがあればご紹介ください"],
    ["th", "นักเรียนลงทะเบียนสอบวันจันทร์"],
    ["th", "ส่วนลดพิเศษสำหรับลูกค้าใหม่เดือนนี้"],
    ["vi", "học viên đăng ký thi vào tháng sau"],
    ["ru", "Мы уже зарегистрировали эту сделку в марте."],
    ["uk", "Дякуємо за реєстрацію на вебінар."],
  ])("%s: %s registers nothing", (_lang, text) => {
    expect(saysRegistering(text)).toBe(false);
  });

  // tr: asked, as a polite question, to open a registration (the question is the request itself)
  it.each([
    "Merhaba, Kavak Matbaa için kayıt açar mısınız? Sorumlu Deniz Ok.",
    "Kaydı bizim adımıza açabilir misiniz, çiçekçi Lale Bahçe için.",
    "kayit acar misiniz, Deniz Kırtasiye icin",
  ])("tr: %s", (text) => {
    expect(saysRegistering(text)).toBe(true);
  });

  it.each([
    ["tr", "Yeni şubemizi mart ayında açar mısınız diye sordular."],
    ["tr", "Kayıt formu yarın açılacak."],
    ["he", "צריך לרשום את הכתובת במחברת"],
    ["he", "הדירה רשומה על שם ההורים"],
    ["ru", "Регистрация на вебинар закрыта."],
    ["uk", "Новий лідер команди прийде у вівторок."],
    ["uk", "Ми маємо лідерів ринку серед клієнтів."],
    ["th", "แจ้งลูกค้าว่าร้านปิดวันจันทร์"],
  ])("%s: %s registers nothing either", (_lang, text) => {
    expect(saysRegistering(text)).toBe(false);
  });

  it("a question with them asks to register nothing", () => {
    expect(asksToRegister("sudah kalian daftarkan atau belum?")).toBe(false);
    expect(asksToRegister("已经报备了吗？")).toBe(false);
  });
});
