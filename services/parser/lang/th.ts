// Thai label words for the need, the competitors and the area, as Thai forms write them ("ปัญหา: …",
// "คู่แข่ง: …"), and the words that say what a figure is. Thai writes no blanks between words:
// a money word is one that stands apart ("504,000 บาท ต่อปี", "3,000 บาท/เดือน").
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "the problem"
  need: ["ปัญหา"],
  // "competitor(s)"
  competitors: ["คู่แข่ง"],
  // "area" (where the customer is)
  region: ["พื้นที่"],
};

export const cues: CueTable = {
  // the deal's value: a yearly figure ("ต่อปี", "/ปี", "ปีละ"), a value ("มูลค่า"), a budget
  // ("งบประมาณ"); a monthly one ("ต่อเดือน", "/เดือน", "เดือนละ") is a fee's part, and an amount
  // "per unit" ("/ตัว", "ต่อตัว": per machine, per lift) is a unit's price
  money: {
    near: [String.raw`(?:ต่อ|\/)\s?ปี`, "ปีละ", "มูลค่า", "งบประมาณ"],
    monthly: [String.raw`(?:ต่อ|\/)\s?เดือน`, "เดือนละ"],
    unit: [String.raw`(?:ต่อ|\/)\s?ตัว`],
  },
};
