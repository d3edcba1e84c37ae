// Vietnamese cue entries (services/parser/lang/vi.ts): stage, consent and motion, each in a sentence
// written for this test (invented names, never a corpus mail's words), with its marks and, for some,
// without them as typed on a phone, and the near misses the risky ones must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";
import { detectConsent } from "../../../services/parser/normalise/consent.ts";
import { detectMotion } from "../../../services/parser/normalise/motion.ts";

describe("Vietnamese stage cues", () => {
  it.each([
    ["Khách đã gửi bảng báo giá cho ban giám đốc.", "evaluation"],
    ["Ben em da gui bao gia hom qua.", "evaluation"],
    ["Báo giá đã được gửi tuần trước.", "evaluation"],
    ["Họ so sánh với hai nhà cung cấp khác.", "evaluation"],
    ["Chúng tôi chuẩn bị bản đề xuất cho khách.", "evaluation"],
    ["Khách hàng đang dùng thử ba mươi ngày.", "evaluation"],
    ["Nhà máy đang thử nghiệm ở một dây chuyền.", "evaluation"],
    ["Triển khai thí điểm tại hai chi nhánh.", "evaluation"],
    ["Hiện ở giai đoạn đánh giá.", "evaluation"],
    ["Tháng sau có đấu thầu.", "evaluation"],
    ["Ngân sách đã được duyệt.", "evaluation"],
    ["Họ đang chờ duyệt ngân sách.", "evaluation"],
    ["Phòng IT đang đánh giá giải pháp.", "evaluation"],
    ["Anh Tuấn đang xem xét bản báo giá.", "evaluation"],
    ["Chúng tôi đã hẹn một buổi demo với khách.", "discovery_scheduled"],
    ["Cuộc gọi đã được sắp xếp với chị Mai.", "discovery_scheduled"],
    ["Tuần sau có lịch họp với kế toán trưởng.", "discovery_scheduled"],
    ["Buoi lam viec da chot voi phong mua hang.", "discovery_scheduled"],
    ["Bên em chỉ giới thiệu khách thôi.", "new_intro"],
    ["Đây là lần liên hệ đầu tiên.".replace("lần liên hệ đầu tiên", "liên hệ lần đầu"), "new_intro"],
    ["Mới tiếp cận ban đầu.", "new_intro"],
    ["Dự án ở giai đoạn tìm hiểu.", "new_intro"],
    ["Họ đang cân nhắc thay hệ thống cũ.", "new_intro"],
    ["Một cơ hội mới ở Đà Nẵng.", "new_intro"],
    ["Chưa có lịch họp.", "new_intro"],
    ["Chua hen voi khach.", "new_intro"],
    ["khach hang moi o Hue", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each([
    // said not to have happened, or only a possibility
    ["Khách không dùng thử.", null],
    ["Khong dung thu.", null],
    ["Nếu ngân sách được duyệt thì làm tiếp.", null],
  ])("not so: %s -> %s", (text, want) => expect(detectStage(text)).toBe(want));
});

describe("Vietnamese consent cues", () => {
  it.each([
    ["Khách sẵn sàng nhận cuộc gọi từ hãng.", true],
    ["Anh Minh đang chờ bên bạn liên hệ.", true],
    ["Anh chị có thể liên hệ trực tiếp chị Hoa.", true],
    ["Giám đốc cho phép bên bạn liên hệ.", true],
    ["Dong y cho ben ban lien he truc tiep.", true],
    ["Vui lòng chưa liên hệ khách.", false],
    ["Đừng gọi trước thứ Hai.", false],
    ["Chờ chúng tôi xác nhận đã.", false],
    ["Khách chưa đồng ý cho bên bạn liên hệ.", false],
    ["Em chưa hỏi ý khách.", false],
  ])("%s -> %s", (text, want) => expect(detectConsent(text)).toBe(want));

  it.each([
    // the partner's own number, a deal agreed that is no consent
    "Có thể liên hệ trực tiếp với tôi qua số này.",
    "Khách chưa đồng ý mua gói năm.",
  ])("no answer: %s", (text) => expect(detectConsent(text)).toBeNull());
});

describe("Vietnamese motion cues", () => {
  it.each([
    ["Chúng tôi mua bản quyền và bán lại.", "resale"],
    ["Khách sẽ đặt hàng qua chúng tôi.", "resale"],
    ["Bên tôi là nhà phân phối tại miền Bắc.", "resale"],
    ["Chúng tôi sẽ xuất hóa đơn cho khách.", "resale"],
    ["Bên em sẽ triển khai và đào tạo.", "services"],
    ["Gói dịch vụ triển khai do đối tác làm.", "services"],
    ["Chúng tôi chỉ giới thiệu.", "referral"],
    ["Xin phí giới thiệu như lần trước.", "referral"],
    ["Quý công ty ký hợp đồng trực tiếp với khách.", "referral"],
    ["Cần tích hợp với nền tảng của chúng tôi.", "technology"],
    ["Hai bên có hợp tác công nghệ.", "technology"],
    ["Khách muốn mua qua AWS Marketplace.", "marketplace"],
  ])("%s -> %s", (text, want) => expect(detectMotion(text)).toBe(want));
});
