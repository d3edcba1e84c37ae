// Problem cues in languages whose tables had none (Indonesian, Vietnamese, Croatian, Tagalog,
// Ukrainian and Russian) and a wish in Czech: one invented sentence per entry, and near misses.
import { describe, expect, it } from "vitest";
import { findProblem } from "../../services/parser/extract/prose-fields.ts";
import { findLabelled } from "../../services/parser/extract/labels.ts";

describe("problem: a wish or a need where the language had no cue", () => {
  it.each([
    ["Mereka butuh aplikasi antrean untuk klinik.", "id: butuh"],
    ["Koperasi itu membutuhkan laporan stok harian.", "id: membutuhkan"],
    ["Gudang perlu pelacakan palet per lokasi.", "id: perlu"],
    ["Pemiliknya ingin tiket daring untuk museum.", "id: ingin"],
    ["mau coba modul jadwal untuk 12 bengkel", "id: mau"],
    ["Yayasan itu sedang mencari sistem donasi.", "id: mencari"],
    ["Mereka cari aplikasi kasir untuk kantin.", "id: mereka cari"],
    ["Trang trại cần theo dõi nhiệt độ kho lạnh.", "vi: cần"],
    ["Chủ quán muốn đặt bàn trực tuyến.", "vi: muốn"],
    ["Họ đang tìm phần mềm chấm công.", "vi: đang tìm"],
    ["Trebaju sustav za rezervacije bazena.", "hr: trebaju"],
    ["Klubu treba evidencija članarina.", "hr: treba"],
    ["Vlasnici žele online prodaju karata.", "hr: žele"],
    ["Direktor želi pregled zaliha po skladištu.", "hr: želi"],
    ["Želijo spletno prodajo vstopnic.", "sl: želijo"],
    ["Traže rješenje za smjene konobara.", "hr: traže"],
    ["Potreban im je modul za narudžbe.", "hr: potreban"],
    ["Potrebujejo urnik za vodnike.", "sl: potrebujejo"],
    ["May 4 na sangay sila, gusto nila ng online na booking.", "tl: gusto nila"],
    ["Kailangan nila ng iskedyul para sa mga drayber.", "tl: kailangan nila"],
    ["Клініці потрібна онлайн-реєстрація пацієнтів.", "uk: потрібна"],
    ["Складу нужна инвентаризация по ячейкам.", "ru: нужна"],
    ["Вони хочуть продавати квитки онлайн.", "uk: хочуть"],
    ["Они хотят электронные пропуска.", "ru: хотят"],
    ["Директор хоче бачити залишки щодня.", "uk: хоче"],
    ["Директор хочет видеть остатки ежедневно.", "ru: хочет"],
    ["Вони шукають систему для обліку тари.", "uk: шукають"],
    ["Они ищут систему учёта тары.", "ru: ищут"],
    ["Chtějí rezervace lekcí přes web.", "cs: chtějí"],
    ["Ředitel chce přehled skladu.", "cs: chce"],
    ["Chcú online predaj permanentiek.", "sk: chcú"],
  ])("%s (%s)", (text) => expect(findProblem([text])).toBe(text));

  it("the writer's own wish in Czech is no cue: chceme", () => {
    expect(findProblem(["Chceme vám představit nového zákazníka."])).toBeNull();
  });

  it("a greeting in Italian is no Indonesian search: cari", () => {
    expect(findProblem(["Cari colleghi, vi scrivo per il rinnovo."])).toBeNull();
  });
});

describe("problem: a broken process where the language had no cue", () => {
  it.each([
    ["Mereka mau Quillbox. Absensi karyawan dicatat di kertas.", /Absensi/, "id: di kertas"],
    ["Mereka mau Quillbox. Data tiap cabang masih terpisah.", /cabang/, "id: terpisah"],
    ["Mereka mau Quillbox. Staf gudang kewalahan saat musim hujan.", /gudang/, "id: kewalahan"],
    ["Mereka mau Quillbox. Kasir kesulitan mencocokkan setoran.", /Kasir/, "id: kesulitan"],
    ["Mereka mau Quillbox. Ada masalah dengan stok harian.", /stok/, "id: masalah"],
    ["Mereka mau Quillbox. Kasir belum terintegrasi dengan gudang.", /Kasir/, "id: belum terintegrasi"],
    ["Mereka mau Quillbox. Pasien antre sejak subuh.", /Pasien/, "id: antre"],
    ["Mereka mau Quillbox. Pengunjung antri di loket.", /loket/, "id: antri"],
    ["Họ muốn Quillbox. Kho hàng ghi chép thủ công.", /Kho/, "vi: thủ công"],
    ["Họ muốn Quillbox. Đơn hàng ghi trên giấy.", /Đơn/, "vi: trên giấy"],
    ["Họ muốn Quillbox. Kế toán dùng sổ sách.", /Kế toán/, "vi: sổ sách"],
    ["Họ muốn Quillbox. Nước bị thất thoát ở khu B.", /khu B/, "vi: thất thoát"],
    ["Họ muốn Quillbox. Tổng đài quá tải mỗi sáng.", /Tổng/, "vi: quá tải"],
    ["Họ muốn Quillbox. Bếp gặp khó khăn giờ cao điểm.", /Bếp/, "vi: khó khăn"],
    ["Žele Quillbox. Narudžbe se unose ručno.", /Narudžbe/, "hr: ručno"],
    ["Želijo Quillbox. Urniki se vodijo ročno.", /Urniki/, "sl: ročno"],
    ["Žele Quillbox. Smjene vode na papiru.", /Smjene/, "hr: na papiru"],
    ["Žele Quillbox. Gosti dobivaju papirnate račune.", /Gosti/, "hr: papirnate"],
    ["Žele Quillbox. Zalihe se prate u Excelu.", /Zalihe/, "hr: Excelu"],
    ["Žele Quillbox. Ljeti su velike gužve na ulazu.", /ulazu/, "hr: gužve"],
    ["Žele Quillbox. Blagajna je zastarjela.", /Blagajna/, "hr: zastarjela"],
    ["Žele Quillbox. Najveći problem su otkazivanja.", /otkazivanja/, "hr: problem"],
    ["Вони хочуть Quillbox. Замовлення рахують вручну.", /Замовлення/, "uk: вручну"],
    ["Они хотят Quillbox. Заказы считают вручную.", /Заказы/, "ru: вручную"],
    ["Вони хочуть Quillbox. Графіки ведуть на папері.", /Графіки/, "uk: на папері"],
    ["Они хотят Quillbox. Графики ведут на бумаге.", /Графики/, "ru: на бумаге"],
    ["Вони хочуть Quillbox. Клієнти отримують паперові квитанції.", /Клієнти/, "uk: паперові"],
    ["Они хотят Quillbox. Клиенты получают бумажные квитанции.", /Клиенты/, "ru: бумажные"],
    ["Вони хочуть Quillbox. Залишки ведуть у таблицях.", /Залишки/, "uk: таблицях"],
    ["Вони хочуть Quillbox. Облік тари у різних програмах.", /тари/, "uk: у різних програмах"],
    ["Они хотят Quillbox. Учёт тары в разных системах.", /тары/, "ru: в разных системах"],
    ["Они хотят Quillbox. Главная проблема в сменах.", /сменах/, "ru: проблема"],
  ])("%s -> %s (%s)", (text, want) => expect(findProblem([text])).toMatch(want));
});

describe("need labels in Indonesian", () => {
  it.each([
    ["Kebutuhan: jadwal piket untuk 40 perawat", "jadwal piket untuk 40 perawat"],
    ["Kendala: stok obat tidak tercatat", "stok obat tidak tercatat"],
  ])("%s", (text, want) => {
    const need = findLabelled(text).find((l) => l.field === "need");
    expect(need?.value).toBe(want);
  });
});
