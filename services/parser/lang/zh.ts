// Chinese label words for the contact person, how to reach them and the region, as forms in traditional and simplified characters
// write them ("聯絡人：…", "联系人：…"; the full-width colon is made a plain one before labels are
// read). Chinese writes no blanks between words: only labels, no cue phrases.
import type { LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "the contact person", traditional and simplified
  contactName: ["聯絡人", "联络人", "聯繫人", "联系人"],
  // "e-mail" and "telephone", traditional and simplified; "mailbox" (邮箱) and the short "電郵" are as common
  email: ["電子郵件", "电子邮件", "郵箱", "邮箱", "電郵", "电邮"],
  phone: ["電話", "电话"],
  // "region, area", traditional and simplified
  region: ["地區", "地区"],
};
