// Arabic cue entries (services/parser/lang/ar.ts), each in a sentence invented for this test: the
// stage, the motion and the consent it must read, with and without the prefixes Arabic joins to a
// word (و, ب, ل, ال), and for the risky ones what it must leave alone (negated, conditional, past).
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Arabic stage cues", () => {
  it.each([
    ["طلبت شركة نوران عرض سعر لثلاثين مستخدماً.", "evaluation"],
    ["أرسلنا لهم عرض أسعار يوم أمس.", "evaluation"],
    ["وبالعرض المالي الذي قدمناه الأسبوع الماضي.", "evaluation"],
    ["أرسلنا العرض إلى قسم المشتريات.", "evaluation"],
    ["استلموا المقترح وهم يدرسونه.", "evaluation"],
    ["بدأت الفترة التجريبية في المستودع.", "evaluation"],
    ["منحناهم نسخة تجريبية لمدة شهر.", "evaluation"],
    ["طلبوا تجربة مجانية للمنصة.", "evaluation"],
    ["هناك مشروع تجريبي في فرع الرياض.", "evaluation"],
    ["سنبدأ بالتشغيل التجريبي الشهر القادم.", "evaluation"],
    ["يريدون إثبات المفهوم قبل الشراء.", "evaluation"],
    ["فريقهم يجربون النظام حالياً.", "evaluation"],
    ["تختبر المنصة الآن في قسمين.", "evaluation"],
    ["طرحت البلدية مناقصة للمشروع.", "evaluation"],
    ["صدرت كراسة الشروط هذا الأسبوع.", "evaluation"],
    ["هم في مقارنة العروض الآن.", "evaluation"],
    ["يقارنون بين ثلاثة موردين.", "evaluation"],
    ["العميل يقارن العروض هذا الشهر.", "evaluation"],
    ["يدرسون العروض مع الإدارة.", "evaluation"],
    ["تمت الموافقة على الميزانية من الإدارة.", "evaluation"],
    ["تم اعتماد الميزانية للعام القادم.", "evaluation"],
    ["الميزانية معتمدة بالفعل.", "evaluation"],
    ["الصفقة الآن في مرحلة التفاوض.", "evaluation"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["تم تحديد اجتماع مع المدير المالي.", "discovery_scheduled"],
    ["وتم ترتيب موعد للعرض التوضيحي.", "discovery_scheduled"],
    ["تم حجز مكالمة مع فريق التقنية.", "discovery_scheduled"],
    ["حددنا اجتماعاً مع مديرة العمليات.", "discovery_scheduled"],
    ["رتبنا معهم زيارة للموقع.", "discovery_scheduled"],
    ["من المقرر عقد اجتماع مع الإدارة.", "discovery_scheduled"],
    ["تم تحديد موعد مع السيدة هالة.", "discovery_scheduled"],
    ["الاجتماع مقرر الأسبوع القادم.", "discovery_scheduled"],
    ["اللقاء مجدول مع فريقهم.", "discovery_scheduled"],
    ["الجلسة مؤكدة مع المدير العام.", "discovery_scheduled"],
    ["المكالمة محجوزة للساعة العاشرة.", "discovery_scheduled"],
    ["العرض التقديمي المقرر للعملاء.", "discovery_scheduled"],
    ["ديمو يوم الأربعاء مع قسم المبيعات.", "discovery_scheduled"],
    ["سيكون الاجتماع يوم الثلاثاء.", "discovery_scheduled"],
    ["لدينا مكالمة غداً مع المدير.", "discovery_scheduled"],
    ["الاجتماع في 14 أبريل.", "discovery_scheduled"],
    ["اللقاء في 3 تشرين الأول.", "discovery_scheduled"],
    ["زيارة للمصنع في 9 آذار.", "discovery_scheduled"],
    ["اجتماعنا يوم الإثنين.", "discovery_scheduled"],
    ["وللاجتماع يوم السبت مع الشركاء.", "discovery_scheduled"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    ["المرحلة: تعارف أولي مع المالك.", "new_intro"],
    ["هذا مجرد تعريف بالشركة.", "new_intro"],
    ["كان هناك تواصل أولي عبر الهاتف.", "new_intro"],
    ["أجرينا محادثة أولية مع المالك.", "new_intro"],
    ["ما زلنا في مرحلة مبكرة.", "new_intro"],
    ["لم يتم تحديد أي اجتماع حتى الآن.", "new_intro"],
    ["ولم نحدد موعداً معهم.", "new_intro"],
    ["لا يوجد اجتماع حتى الآن.", "new_intro"],
    ["يفكرون في تغيير النظام الحالي.", "new_intro"],
    ["ما زالوا في مرحلة البحث.", "new_intro"],
    ["تعرفنا عليهم في معرض جيتكس.", "new_intro"],
    ["الاجتماع غير مقرر بعد.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // registering an opportunity says nothing of the stage (a potential client named is a new lead, as
    // "new lead" is in English: stage-lead-words.test.ts)
    ["سنسجل فرصة جديدة اليوم.", "new_intro"],
    // a negation in the sentence before does not reach the next one ("." or "؟" before it)
    ["لم نرسل شيئا. الاجتماع مقرر مع المدير.", "new_intro"],
    ["هل لم يصل الملف؟ الاجتماع مقرر.", "new_intro"],
    // negated, conditional, a deadline, a meeting that is over
    ["لم نرسل عرض سعر بعد.", "evaluation"],
    ["لا توجد مناقصة.", "evaluation"],
    ["إذا نجح العرض التوضيحي سيطلبون فترة تجريبية.", "evaluation"],
    ["في حال وافقت الإدارة سنبدأ مشروعاً تجريبياً.", "evaluation"],
    ["تم تحديد موعد التسليم في مايو.", "discovery_scheduled"],
    ["شكراً على الاجتماع يوم الأحد.", "discovery_scheduled"],
    ["الاجتماع مقرر لكن الموعد غير محدد.", "discovery_scheduled"],
    ["نشكركم على العرض التوضيحي يوم الخميس.", "discovery_scheduled"],
    // a word that holds a cue's letters is no cue: "social" (اجتماعي), "hello" (مرحبا)
    ["نشاطهم اجتماعي مقرر منذ سنوات.", "discovery_scheduled"],
  ])("not: %s -> not %s", (text, never) => expect(detectStage(text)).not.toBe(never));

  it("a held meeting and its next step", () => {
    expect(detectStage("عقدنا اجتماعاً، وسيكون العرض التوضيحي المقرر للإدارة.")).toBe("discovery_scheduled");
    expect(detectStage("تحدثنا في مكالمة الأسبوع الماضي.")).toBeNull();
    expect(detectStage("الاجتماع انعقد بنجاح.")).toBeNull();
  });
});

describe("Arabic motion cues", () => {
  it.each([
    ["نحن نعمل في إعادة البيع منذ عشر سنوات.", "resale"],
    ["سنعيد بيع التراخيص للعميل.", "resale"],
    ["نحن موزع معتمد في الكويت.", "resale"],
    ["نعمل موزعاً معتمداً منذ سنوات.", "resale"],
    ["نسجل هذه الفرصة بصفتنا موزعاً للمنتج.", "resale"],
    ["سنقوم بالبيع والتركيب.", "resale"],
    ["سنبيع لهم الرخص.", "resale"],
    ["شركتنا الوكيل المعتمد في عُمان.", "resale"],
    ["الفوترة ستكون عن طريقنا.", "resale"],
    ["الفاتورة من خلالنا كالمعتاد.", "resale"],
    ["الشراء سيتم عبرنا.", "resale"],
    ["سنشتري التراخيص ونسلمها لهم.", "resale"],
    ["هذه مجرد إحالة إليكم.", "referral"],
    ["نطلب عمولة الإحالة المعتادة.", "referral"],
    ["نحن شريك إحالة لكم.", "referral"],
    ["نحن فقط نعرفكم على العميل.", "referral"],
    ["تتعاقدون معهم مباشرة.", "referral"],
    ["سنقوم بالتنفيذ والتدريب.", "services"],
    ["نتولى تركيب الأجهزة.", "services"],
    ["نقدم خدمات التنفيذ والدعم الفني.", "services"],
    ["نحن مكامل أنظمة في البحرين.", "services"],
    ["سيكون هناك تكامل مع منصتنا للفوترة.", "technology"],
    ["نحن شريك تقني لكم.", "technology"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));

  it.each([
    ["لا نعمل في إعادة البيع.", "resale"],
    ["لن نبيع النظام، نحن فقط نعرفكم عليهم.", "resale"],
    ["المخزون موزع على ثلاثة فروع.", "resale"],
    ["لسنا موزعين معتمدين، ولا نعيد البيع.", "resale"],
    ["لن نقوم بالتنفيذ.", "services"],
  ])("not: %s -> not %s", (text, never) => expect(detectMotion(text)).not.toBe(never));

  it("the weak service words decide only a label's value", () => {
    expect(detectMotion("يحتاجون إلى دعم فني.")).toBeNull();
    expect(detectMotion("التنفيذ", { labelled: true })).toBe("services");
    expect(detectMotion("التدريب", { labelled: true })).toBe("services");
    expect(detectMotion("الدعم الفني", { labelled: true })).toBe("services");
  });
});

describe("Arabic consent cues", () => {
  it.each([
    ["يمكنكم التواصل معه مباشرة.", true],
    ["بإمكانكم الاتصال بها على الجوال.", true],
    ["السيد خالد ينتظر اتصالكم.", true],
    ["لا مانع لديه من التواصل.", true],
    ["طلب أن تتواصلوا معه هذا الأسبوع.", true],
    ["وافق المدير على التواصل معه.", true],
    ["يوافق على الاتصال المباشر.", true],
    ["ترحب بتواصلكم المباشر.", true],
    ["السيدة منى موافقة على أن تتواصلوا معها.", true],
    ["وافقت م. سلمى على التواصل معها.", true],
    ["الموافقة على التواصل: نعم", true],
    ["موافقة العميل: موافق", true],
    ["يرجى عدم التواصل مع العميل الآن.", false],
    ["لا تتصلوا به قبل الخميس.", false],
    ["لم يوافق بعد على التواصل.", false],
    ["لم نسأله بعد.", false],
    ["انتظروا حتى نؤكد لكم.", false],
    ["التواصل عن طريقنا فقط.", false],
    ["الموافقة على التواصل: لا", false],
    ["الموافقة: ليس بعد", false],
    ["لا يمكنكم التواصل معه مباشرة.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // conditional, another sentence, the partner's own sign-off
    ["إذا وافق على التواصل سنخبركم.", true],
    ["وافق على السعر. سنرسل التفاصيل عبر البريد.", true],
    ["نرحب بالتواصل معنا لأي استفسار.", true],
  ])("not: %s -> not %s", (text, never) => expect(detectConsent(text)).not.toBe(never));
});
