// Vietnamese label words for the deal fields and cue phrases for the stage, consent and the motion.
// Vietnamese writes blanks between syllables, so phrases are bounded like the Latin-script ones; the
// cue phrases are written with their tone marks and match without them too (`vn`), as many type
// Vietnamese on a phone.
import type { CueTable, LabelTable } from "./types.ts";

export const labels: LabelTable = {
  // "Công ty: Công ty TNHH …": the company (the same words open the name as its legal kind)
  // "Tên đơn vị: …", "Tên công ty: …": the name of the body, of the company; "Khách hàng: …": the customer
  company: [
    "công ty",
    "tên công ty",
    "tên đơn vị",
    "khách hàng",
    // the customer's name, a club (in full and short), an organisation
    "tên khách hàng",
    "câu lạc bộ",
    "clb",
    "tổ chức",
    // the name of the shop, the eatery, the workshop
    "tên tiệm",
    "tên cửa hàng",
    "tên quán",
    "tên xưởng",
  ],
  // "Người liên hệ: …": the contact person
  contactName: [
    "người liên hệ",
    // the person in charge, the contact point
    "người phụ trách",
    "đầu mối liên hệ",
  ],
  // "Chức vụ: …", "Chức danh: …": the contact's post, title
  role: ["chức vụ", "chức danh"],
  stage: ["giai đoạn", "tình trạng", "trạng thái"],
  competitors: ["đối thủ", "đối thủ cạnh tranh"],
  // "Nhu cầu: …": what the prospect needs; "Vấn đề: …": its problem
  need: [
    "nhu cầu",
    "vấn đề",
    // the current state, the requirement, the main problem, the difficulty
    "hiện trạng",
    "yêu cầu",
    "vấn đề chính",
    "khó khăn",
  ],
  // "Khu vực: …" (area), "Tỉnh: …" (province), "Địa điểm: …" (location)
  region: [
    "khu vực",
    "tỉnh",
    "địa điểm",
    // the town
    "thành phố",
  ],
  // "Giá trị ước tính: …" (estimated value), "Giá trị: …", "Ngân sách: …" (budget)
  value: [
    "giá trị",
    "giá trị ước tính",
    "ngân sách",
    // the expected value, the expected budget
    "giá trị dự kiến",
    "ngân sách dự kiến",
  ],
  // the web page
  website: ["trang web"],
  // electronic mail
  email: ["thư điện tử"],
  // telephone, its short forms, telephone number, mobile
  phone: ["điện thoại", "đt", "sđt", "số điện thoại", "di động"],
  // the form (of co-operation), our role
  motion: ["hình thức", "hình thức hợp tác", "vai trò của chúng tôi"],
  // the product (of interest)
  product: ["sản phẩm", "sản phẩm quan tâm", "quan tâm"],
};

/** Vietnamese written without its marks, as many type it on a phone ("khach hang moi", "bao gia"). */
const plain = (c: string): string => c.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
/**
 * A phrase that matches with its marks or without: each marked letter becomes a class of itself and
 * its plain letter ("báo giá" -> "b[áa]o gi[áa]"). The phrases are written with their marks and no class of their own.
 */
const vn = (phrase: string): string =>
  [...phrase].map((c) => (/\p{L}/u.test(c) && plain(c) !== c ? `[${c}${plain(c)}]` : c)).join("");
const all = (phrases: readonly string[]): string[] => phrases.map(vn);

/** Us, the partner: "chúng tôi", "bên tôi", "bên em", "công ty chúng tôi". */
const US = String.raw`(?:chúng\s+tôi|bên\s+(?:chúng\s+)?tôi|bên\s+em|chúng\s+em|công\s+ty\s+(?:chúng\s+)?tôi)`;
/** You, the vendor: "bên bạn", "quý công ty", "anh chị", "các bạn". */
const YOU = String.raw`(?:bên\s+(?:bạn|anh|chị|anh\s+chị)|quý\s+công\s+ty|anh\s+chị|các\s+bạn|hãng)`;
/** Being contacted: "liên hệ", "liên lạc", "gọi điện". */
const CONTACT = String.raw`(?:liên\s+hệ|liên\s+lạc|gọi\s+điện)`;
/** A meeting: a meeting, a meet-up, a call, a demo, a presentation, a working session, an appointment. */
const MEETING = String.raw`(?:buổi|cuộc)\s+(?:họp|gặp(?:\s+mặt)?|gọi|demo|trình\s+bày|làm\s+việc|hẹn|trao\s+đổi)`;

export const cues: CueTable = {
  // the prospect's details still to come: "email em gửi sau" (the email comes later), "chưa có
  // website" (no website yet), "tên công ty sẽ bổ sung" (the company's name to be added)
  detailsLater: {
    detail: [
      String.raw`e-?mail`,
      "website",
      "trang web",
      "tên công ty",
      "tên người liên hệ",
      "số điện thoại",
      "thông tin liên hệ",
    ],
    later: ["chưa", String.raw`(?:bổ sung|gửi|báo|cập nhật) sau`, "ngày mai"],
  },
  // the partner registering: "xin đăng ký" (we hereby register), "đăng ký" (register) before an
  // opportunity ("cơ hội"), a customer ("khách hàng", "khách") or "giúp" (for me, for us); "ký" also
  // written "kí". Alone it registers for an exam or a course too ("đăng ký thi").
  registering: [
    String.raw`${vn("xin đăng")}\s+k[ýíyi]`,
    String.raw`${vn("đăng")}\s+k[ýíyi]\s+(?:${vn("cơ hội")}|${vn("khách hàng")}|${vn("khách")}|${vn("giúp")}|${vn("một khách")})`,
  ],
  // "khách hàng ở Đà Lạt", "6 cửa hàng tại Cần Thơ": "in, at" before a place's name
  placeBefore: ["tại", "ở"],
  // and before a place the subject names ("Khách mới – Quán Lá Đà Lạt" / "… một quán ở Đà Lạt"): that is no prospect's name
  placeMention: { word: ["tại", "ở"] },
  sizePlaceBefore: ["tại", "ở"],
  // "tỉnh Lâm Đồng": the province before its name
  regionWord: ["tỉnh"],
  // offers weighed: "so sánh với X", "so sánh báo giá với X"
  // a kind word may stand before the name ("so sánh với phần mềm X"); both offers between "giữa"
  // and "và" ("so sánh báo giá giữa <the vendor> và X"); a rival tried out now ("đang dùng thử X")
  competitorBefore: [
    String.raw`so\s+sánh\s+(?:\S+\s+){0,2}?(?:với|giữa)\s+(?:(?:phần\s+mềm|giải\s+pháp|hệ\s+thống)\s+)?(?:the\s+vendor\s+và\s+)?`,
    String.raw`đang\s+dùng\s+thử\s+(?:phần\s+mềm\s+)?`,
  ],
  // "Đồng ý liên hệ: có" / "không"; "chưa" (not yet) refuses too
  yes: ["có", "đồng ý"],
  no: ["chưa", "không"],
  // not, not yet, don't; written with or without marks ("khong", "chua"; "đừng" only with its
  // mark: plain "dung" is "use")
  negationBefore: [...all(["không", "chưa", "chưa có"]), "đừng"],
  // "nếu" (if) only with its mark: plain "neu" is German "new"
  conditional: ["nếu", vn("trong trường hợp")],
  // the prospect's problem: by hand ("thủ công"), on paper, in Excel, losses ("thất thoát"), overload;
  // a need or a wish ("cần", "muốn", "đang tìm")
  problem: {
    strong: [
      // a notebook, by hand: "ghi sổ tay", "bằng tay"
      String.raw`sổ\s+tay`,
      String.raw`bằng\s+tay`,
      String.raw`thủ\s+công`,
      String.raw`(?:bằng|trên|vé)\s+giấy`,
      String.raw`sổ\s+sách`,
      String.raw`thất\s+thoát`,
      String.raw`quá\s+tải`,
      String.raw`khó\s+khăn`,
    ],
    // a means of talking as the process: "đặt lịch qua điện thoại", "qua Zalo"; "tôi đã gọi điện thoại cho anh ấy" is
    // the partner's talk
    channel: [String.raw`qua\s+(?:điện\s+thoại|zalo|facebook|messenger)`],
    talked: ["gọi", "chuyện"],
    weak: ["cần", "muốn", String.raw`đang\s+tìm`],
  },
  stage: {
    evaluation: all([
      // a quote or a proposal being read: "đang xem xét bản báo giá"
      String.raw`xem\s+xét\s+(?:bảng\s+|bản\s+)?(?:báo\s+giá|đề\s+xuất)`,
      // a quote asked for, sent or received: "yêu cầu báo giá", "đã gửi bảng báo giá", "xin báo giá"
      String.raw`(?:yêu\s+cầu|gửi|chờ|xin|nhận(?:\s+được)?|đã\s+gửi|đang\s+làm)\s+(?:bảng\s+|bản\s+)?báo\s+giá`,
      String.raw`báo\s+giá\s+(?:đã\s+)?(?:được\s+)?(?:gửi|chuyển)`,
      // weighing offers: "đang so sánh", "so sánh với hai nhà cung cấp"
      String.raw`đang\s+so\s+sánh`,
      String.raw`so\s+sánh\s+(?:với|giữa|các)`,
      // a proposal sent or asked for: "gửi đề xuất", "bản đề xuất giải pháp"
      String.raw`(?:gửi|nộp|yêu\s+cầu|chuẩn\s+bị)\s+(?:bản\s+)?(?:đề\s+xuất|đề\s+nghị\s+giá|hồ\s+sơ\s+dự\s+thầu)`,
      // a trial, a pilot, a test phase, a proof of concept: "dùng thử", "chạy thử nghiệm", "thí điểm"
      String.raw`dùng\s+thử`,
      String.raw`thử\s+nghiệm`,
      String.raw`thí\s+điểm`,
      String.raw`(?:giai\s+đoạn|bản)\s+(?:thử|dùng\s+thử|đánh\s+giá)`,
      // a tender, a budget approved or awaiting approval: "đấu thầu", "ngân sách đã được duyệt"
      String.raw`đấu\s+thầu`,
      String.raw`ngân\s+sách\s+(?:đã\s+)?(?:được\s+)?(?:duyệt|phê\s+duyệt|thông\s+qua|chốt)`,
      String.raw`(?:chờ|trình)\s+(?:phê\s+)?duyệt\s+ngân\s+sách`,
      // weighing the product: "đang đánh giá giải pháp"
      String.raw`đang\s+đánh\s+giá\s+(?:giải\s+pháp|sản\s+phẩm|phần\s+mềm|hệ\s+thống|các)`,
    ]),
    // "đã hẹn buổi họp thứ Năm", "cuộc họp đã được lên lịch", "buổi demo đã chốt"
    event: all([
      "buổi họp",
      "cuộc họp",
      "buổi gặp",
      "buổi demo",
      "cuộc gọi",
      "buổi gặp mặt",
      "buổi làm việc",
      "buổi trình bày",
      "cuộc hẹn",
      // a talk, an exchange: "một buổi trao đổi ngắn"
      "buổi trao đổi",
    ]),
    booked: all([
      String.raw`(?:đã\s+)?(?:được\s+)?lên\s+lịch`,
      String.raw`đã\s+(?:được\s+)?hẹn`,
      String.raw`đã\s+đặt`,
      String.raw`đã\s+(?:được\s+)?(?:sắp\s+xếp|chốt|xác\s+nhận|ấn\s+định)`,
    ]),
    discovery: all([
      // a weekday first, then a call or meeting we have: "Thứ Sáu này bên mình có buổi gặp với anh Huy"
      // (not one had, "đã có", nor one of last week)
      String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+(?:tuần\s+(?:sau|này|tới)|này))?[^.\n]{0,30}?(?<!đã\s)có\s+(?:cuộc|buổi)\s+(?:gọi|họp|gặp|demo|hẹn|trao\s+đổi)`,
      // the booking first, then the meeting: "đã hẹn một buổi demo", "đã lên lịch cuộc gọi", "có lịch họp"
      String.raw`đã\s+(?:được\s+)?(?:lên\s+lịch|hẹn|đặt|sắp\s+xếp|chốt)\s+(?:(?:một|1|các)\s+)?${MEETING}`,
      String.raw`có\s+lịch\s+(?:họp|gặp|demo|hẹn)`,
      // the meeting word alone after the booking: "đã hẹn demo thứ Năm", "đã chốt họp sáng mai"
      String.raw`đã\s+(?:được\s+)?(?:lên\s+lịch|hẹn|đặt|sắp\s+xếp|chốt)\s+(?:demo|họp|gặp)`,
      // a call or a talk booked, the verb alone: "đã hẹn gọi cho anh Tùng", "đã hẹn trao đổi sáng thứ Hai"
      String.raw`đã\s+(?:được\s+)?(?:lên\s+lịch|hẹn|sắp\s+xếp|chốt)\s+(?:gọi(?!\s+lại)|trao\s+đổi)`,
      // a visit or survey booked: "đã hẹn buổi khảo sát ngày 7/11", "đã lên lịch buổi thăm"
      String.raw`đã\s+(?:được\s+)?(?:lên\s+lịch|hẹn|đặt|sắp\s+xếp|chốt)\s+(?:(?:một|1)\s+)?buổi\s+(?:khảo\s+sát|thăm|gặp|họp|demo|trình\s+bày|làm\s+việc)`,
    ]),
    newIntro: all([
      // a new customer, nothing held yet: "khách hàng mới", "chưa có buổi gặp nào"
      String.raw`khách\s+hàng\s+mới`,
      // a prospective customer, a new one written short, one customer introduced: "khách tiềm năng",
      // "KH mới", "giới thiệu một khách hàng"
      String.raw`khách\s+(?:hàng\s+)?tiềm\s+năng`,
      String.raw`KH\s+mới`,
      String.raw`giới\s+thiệu\s+(?:một|1)\s+khách(?:\s+hàng)?`,
      String.raw`chưa\s+(?:có\s+)?(?:buổi|cuộc)\s+(?:họp|gặp)`,
      // only an introduction, a first contact, an early stage: "chỉ giới thiệu", "liên hệ lần đầu", "giai đoạn đầu"
      String.raw`(?:chỉ|mới)\s+(?:là\s+)?giới\s+thiệu`,
      String.raw`liên\s+hệ\s+(?:lần\s+)?đầu(?:\s+tiên)?`,
      String.raw`tiếp\s+cận\s+ban\s+đầu`,
      String.raw`giai\s+đoạn\s+(?:đầu|ban\s+đầu|tìm\s+hiểu)`,
      // thinking about a switch, looking around: "đang cân nhắc thay thế", "đang tìm hiểu giải pháp"
      String.raw`đang\s+(?:cân\s+nhắc|xem\s+xét|tìm\s+hiểu)`,
      String.raw`(?:lead|cơ\s+hội)\s+mới`,
      // no meeting yet: "chưa có lịch họp", "chưa hẹn"
      String.raw`chưa\s+(?:có\s+)?lịch\s+(?:họp|gặp|hẹn|demo)`,
      String.raw`chưa\s+(?:được\s+)?(?:lên\s+lịch|hẹn)`,
      // only at the first step, an introduction so far: "mới ở bước giới thiệu ban đầu", "bước đầu"
      String.raw`giới\s+thiệu\s+ban\s+đầu`,
      String.raw`(?:ở\s+)?bước\s+(?:đầu|ban\s+đầu|giới\s+thiệu)`,
    ]),
  },
  consent: {
    permission: all([
      // "đồng ý để chúng tôi liên hệ", "đồng ý cho bên bạn liên hệ trực tiếp"
      String.raw`đồng\s+ý\s+(?:để|cho)\s+[^.\n]{0,40}?liên\s+hệ`,
      // ready for, waiting for the vendor's call: "sẵn sàng nhận cuộc gọi", "đang chờ bên bạn liên hệ"
      String.raw`sẵn\s+sàng\s+(?:nhận\s+)?(?:cuộc\s+gọi|${CONTACT}|trao\s+đổi)`,
      String.raw`đang\s+(?:chờ|đợi)\s+(?:${YOU}\s+)?(?:cuộc\s+gọi|${CONTACT})`,
      // the vendor may contact directly (not the partner's own "liên hệ trực tiếp với tôi")
      String.raw`(?:có\s+thể|cứ)\s+${CONTACT}\s+trực\s+tiếp(?!\s+(?:với\s+)?(?:tôi|em|mình|chúng\s+tôi))`,
      // the prospect wants the call, lets the vendor call: "muốn được gọi", "cứ cho phía bên kia liên hệ em"
      String.raw`muốn\s+được\s+(?:gọi|${CONTACT})`,
      String.raw`cứ\s+cho\s+(?:[\p{L}]+\s+){0,3}?${CONTACT}`,
    ]),
    prohibition: all([
      // do not contact (yet): "đừng liên hệ", "vui lòng chưa liên hệ", "không nên gọi điện trực tiếp"
      String.raw`(?:đừng|không\s+nên|chưa\s+nên|vui\s+lòng\s+(?:chưa|không|đừng)|xin\s+(?:chưa|đừng))\s+(?:${CONTACT}|gọi)`,
      // wait until we confirm: "chờ chúng tôi xác nhận", "đợi bên em báo lại"
      String.raw`(?:chờ|đợi)\s+${US}\s+(?:xác\s+nhận|báo\s+lại|thông\s+báo)`,
      // not agreed to be contacted yet: "chưa đồng ý cho liên hệ", "chưa hỏi ý khách"
      String.raw`chưa\s+(?:đồng\s+ý|cho\s+phép)\s+(?:để\s+|cho\s+)?[^.\n]{0,30}?${CONTACT}`,
      String.raw`chưa\s+hỏi\s+(?:ý\s+)?(?:khách|anh|chị|ông|bà)`,
    ]),
    // an agreeing word and a word of being contacted in one sentence: "đồng ý ... liên hệ"
    agreeWord: all(["đồng ý", "cho phép"]),
    contactWord: all(["liên hệ", "liên lạc"]),
  },
  motion: {
    // bought through the partner and resold: "bán lại", "mua qua chúng tôi", "xuất hóa đơn qua bên tôi", "nhà phân phối"
    resale: all([
      // "phân phối lại" (distribute again: resell)
      String.raw`phân\s+phối\s+lại`,
      String.raw`bán\s+lại`,
      String.raw`(?:mua|đặt\s+hàng|xuất\s+hóa\s+đơn|hóa\s+đơn|ký\s+hợp\s+đồng|thanh\s+toán)\s+(?:qua|thông\s+qua|với)\s+${US}`,
      String.raw`${US}\s+(?:là\s+)?(?:đại\s+lý|nhà\s+phân\s+phối)`,
      String.raw`${US}\s+(?:sẽ\s+)?(?:xuất\s+hóa\s+đơn|mua\s+và\s+bán)`,
    ]),
    // the partner implements, integrates, trains, supports: "chúng tôi sẽ triển khai", "bên em hỗ trợ vận hành"
    services: all([
      String.raw`${US}\s+(?:sẽ\s+)?(?:phụ\s+trách\s+|đảm\s+nhận\s+)?(?:triển\s+khai|cài\s+đặt|tích\s+hợp|đào\s+tạo|hỗ\s+trợ\s+kỹ\s+thuật|bảo\s+trì|vận\s+hành|tư\s+vấn\s+triển\s+khai)`,
      String.raw`dịch\s+vụ\s+triển\s+khai`,
      // we, with our name in brackets: "bên em (Tên) sẽ triển khai"; a list of the work: "sẽ triển khai, đào tạo"
      String.raw`${US}\s*\([^)\n]{1,30}\)\s+(?:sẽ\s+)?(?:triển\s+khai|cài\s+đặt|tích\s+hợp|đào\s+tạo)`,
      String.raw`sẽ\s+triển\s+khai\s*(?:,|và)\s+(?:đào\s+tạo|hỗ\s+trợ)`,
      // "bên mình sẽ lo phần triển khai" (we will take care of the rollout)
      String.raw`sẽ\s+lo\s+(?:phần\s+)?(?:triển\s+khai|cài\s+đặt|đào\s+tạo|tích\s+hợp|chuyển\s+đổi\s+dữ\s+liệu)`,
      // "chúng tôi sẽ làm phần cài đặt"
      String.raw`${US}\s+(?:sẽ\s+)?làm\s+(?:phần\s+)?(?:tích\s+hợp|triển\s+khai|cài\s+đặt)`,
    ]),
    // only an introduction, the vendor selling directly: "chỉ giới thiệu", "phí giới thiệu", "bên bạn ký trực tiếp"
    referral: all([
      String.raw`chỉ\s+(?:là\s+)?giới\s+thiệu`,
      // "giới thiệu, sau đó các bạn ký trực tiếp": an introduction, then the vendor
      String.raw`giới\s+thiệu\s*,?\s+sau\s+đó`,
      String.raw`(?:phí|hoa\s+hồng)\s+giới\s+thiệu`,
      // a referral partner, out after the introduction: "đối tác giới thiệu", "chúng tôi không tham gia"
      // ("giới thiệu khách hàng", introducing a customer, is how any lead is passed on: no motion)
      String.raw`đối\s+tác\s+giới\s+thiệu`,
      String.raw`${US}\s+(?:sẽ\s+)?không\s+tham\s+gia`,
      String.raw`${YOU}\s+(?:sẽ\s+)?(?:bán|ký\s+hợp\s+đồng|ký|làm\s+việc)\s+trực\s+tiếp`,
    ]),
    // the products joined, selling together: "tích hợp với nền tảng của chúng tôi", "hợp tác công nghệ"
    technology: all([
      String.raw`tích\s+hợp\s+(?:với\s+)?(?:sản\s+phẩm|nền\s+tảng|hệ\s+thống|giải\s+pháp|phần\s+mềm)\s+(?:của\s+)?${US}`,
      String.raw`hợp\s+tác\s+công\s+nghệ`,
      // "tích hợp cổng thanh toán của mình với …" (integrate our own gateway with …)
      String.raw`tích\s+hợp\s+(?:[\p{L}]+\s+){1,4}?của\s+(?:mình|chúng\s+tôi)\s+với`,
      String.raw`đồng\s+bán\s+hàng`,
    ]),
    // bought on a cloud's marketplace: "mua qua AWS Marketplace"
    marketplace: all([String.raw`qua\s+(?:aws\s+|azure\s+|google\s+cloud\s+|gcp\s+)?marketplace`]),
  },
  // the deal's value: "giá trị" (value), "ngân sách" (budget), a yearly figure ("mỗi năm", "hàng
  // năm", "một năm"); a monthly one ("mỗi tháng", "hàng tháng") is a fee's part
  money: {
    near: [String.raw`giá\s+trị`, String.raw`ngân\s+sách`, String.raw`(?:mỗi|hàng|một)\s+năm`],
    monthly: [String.raw`(?:mỗi|hàng|một)\s+tháng`],
  },
};
