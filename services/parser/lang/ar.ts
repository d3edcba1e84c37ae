// Arabic label words for the competitors and the region, as Arabic forms write them
// ("المنافسون: …", "المنطقة: …", "المشكلة: …"). The cue table holds the consent words only: stage
// cues need negation words first.
import type { CueTable, LabelTable } from "./types.ts";

// no cue table of its own (the tables need stage and negation words): merged apart in cues.ts
export const consentPair: NonNullable<CueTable["consent"]> = {
  // "agreed" in the past tense (the negated past is "لم يوافق", another form), "communication", "contact"
  agreeWord: ["وافق", "وافقت", "وافقوا"],
  contactWord: [String.raw`(?:ال)?تواصل`, String.raw`(?:ال)?اتصال`],
};

export const labels: LabelTable = {
  // "company name", "the company", "the body" (a university, a ministry), "the client", "client name"
  company: ["اسم الشركة", "الشركة", "الجهة", "اسم الجهة", "العميل", "اسم العميل"],
  // "website", with and without the hamza under the alif
  website: ["الموقع الإلكتروني", "الموقع الالكتروني"],
  // "the contact" (the party to reach): "جهة الاتصال: …"; "the person in charge", "name of the person in charge"
  contactName: ["جهة الاتصال", "الشخص المسؤول", "اسم المسؤول", "اسم جهة الاتصال"],
  // "the position", "the job title", "the job"
  role: ["المنصب", "المسمى الوظيفي", "الوظيفة"],
  // "e-mail" (with and without the hamza), "the mail"
  email: ["البريد الإلكتروني", "البريد الالكتروني", "البريد"],
  // "the telephone", "telephone number", "the mobile"
  phone: ["الهاتف", "رقم الهاتف", "الجوال"],
  // "the competitors", "the competitor"
  competitors: ["المنافسون", "المنافسين", "المنافس"],
  // "the region", "the area"
  region: ["المنطقة"],
  // "the problem": what the prospect needs solved
  // and "the main problem"; "the need", "the requirement", "the needs"
  need: ["المشكلة", "المشكلة الرئيسية", "الحاجة", "الاحتياج", "الاحتياجات"],
};
