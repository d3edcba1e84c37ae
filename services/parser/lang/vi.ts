// Vietnamese label words for the deal fields and cue phrases: a new customer, no meeting yet,
// consent to be contacted. Vietnamese writes blanks between syllables, so phrases are bounded like
// the Latin-script ones; the words are written with their tone marks, as mail writes them.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "Công ty: Công ty TNHH …": the company (the same words open the name as its legal kind)
  // "Tên đơn vị: …", "Tên công ty: …": the name of the body, of the company
  company: ["công ty", "tên công ty", "tên đơn vị"],
  // "Người liên hệ: …": the contact person
  contactName: ["người liên hệ"],
  stage: ["giai đoạn", "tình trạng", "trạng thái"],
  competitors: ["đối thủ", "đối thủ cạnh tranh"],
  // "Nhu cầu: …": what the prospect needs; "Vấn đề: …": its problem
  need: ["nhu cầu", "vấn đề"],
  // "Khu vực: …" (area), "Tỉnh: …" (province), "Địa điểm: …" (location)
  region: ["khu vực", "tỉnh", "địa điểm"],
  // "Giá trị ước tính: …" (estimated value), "Giá trị: …", "Ngân sách: …" (budget)
  value: ["giá trị", "giá trị ước tính", "ngân sách"],
};

export const cues: CueTable = {
  // "Đồng ý liên hệ: có" / "không"; "chưa" (not yet) refuses too
  yes: ["có", "đồng ý"],
  no: ["chưa", "không"],
  negationBefore: ["không", "chưa", "chưa có"],
  // the prospect's problem: by hand ("thủ công"), on paper, in Excel, losses ("thất thoát"), overload;
  // a need or a wish ("cần", "muốn", "đang tìm")
  problem: {
    strong: [
      String.raw`thủ\s+công`,
      String.raw`(?:bằng|trên|vé)\s+giấy`,
      String.raw`sổ\s+sách`,
      String.raw`thất\s+thoát`,
      String.raw`quá\s+tải`,
      String.raw`khó\s+khăn`,
    ],
    weak: ["cần", "muốn", String.raw`đang\s+tìm`],
  },
  stage: {
    // a quote asked for: "yêu cầu báo giá", "đang so sánh"
    evaluation: [String.raw`(?:yêu\s+cầu|gửi|chờ)\s+báo\s+giá`, String.raw`đang\s+so\s+sánh`],
    // "đã hẹn buổi họp thứ Năm", "cuộc họp đã được lên lịch"
    event: ["buổi họp", "cuộc họp", "buổi gặp", "buổi demo"],
    booked: [String.raw`(?:đã\s+)?(?:được\s+)?lên\s+lịch`, String.raw`đã\s+hẹn`, String.raw`đã\s+đặt`],
    // a new customer, nothing held yet: "khách hàng mới", "chưa có buổi gặp nào"
    newIntro: [String.raw`khách\s+hàng\s+mới`, String.raw`chưa\s+(?:có\s+)?(?:buổi|cuộc)\s+(?:họp|gặp)`],
  },
  consent: {
    // "đồng ý để chúng tôi liên hệ", "đồng ý cho bên bạn liên hệ trực tiếp"
    permission: [String.raw`đồng\s+ý\s+(?:để|cho)\s+[^.\n]{0,40}?liên\s+hệ`],
  },
  // the deal's value: "giá trị" (value), "ngân sách" (budget), a yearly figure ("mỗi năm", "hàng
  // năm", "một năm"); a monthly one ("mỗi tháng", "hàng tháng") is a fee's part
  money: {
    near: [String.raw`giá\s+trị`, String.raw`ngân\s+sách`, String.raw`(?:mỗi|hàng|một)\s+năm`],
    monthly: [String.raw`(?:mỗi|hàng|một)\s+tháng`],
  },
};
