// Danish and Vietnamese stage entries: an introduction only, a new lead written in the neuter, no
// meeting yet (da); a prospective or new customer introduced, a meeting word alone after the booking
// (vi). Invented sentences, with the near misses each must leave alone.
import { describe, expect, it } from "vitest";
import { detectStage } from "../../../services/parser/normalise/stage.ts";

describe("Danish and Vietnamese stage cues", () => {
  it.each([
    ["Vi har et helt nyt lead til jer.", "new_intro"],
    ["Fase: nyt lead", "new_intro"],
    ["Status: intet møde endnu", "new_intro"],
    ["Det er blot en introduktion fra vores side.", "new_intro"],
    ["Det er en første introduktion af butikken.", "new_intro"],
    ["Første snak var i går, intet aftalt.", "new_intro"],
    ["Vi introducerer blot bageriet.", "new_intro"],
    ["Jeg vil gerne introducere jer for ejeren af Kagehuset.", "new_intro"],
    ["Đã hẹn demo thứ Năm tuần này.", "discovery_scheduled"],
    ["Đã chốt họp sáng thứ Hai.", "discovery_scheduled"],
    ["Em gửi anh chị một khách tiềm năng ở Vinh.", "new_intro"],
    ["Thông tin KH mới: Tiệm Bánh Gạo Vàng.", "new_intro"],
    ["Em giới thiệu một khách hàng ở Huế.", "new_intro"],
  ])("%s -> %s", (text, want) => expect(detectStage(text)).toBe(want));

  it.each(["Vi har et første møde på torsdag.", "Intet nyt fra bageriet i dag.", "Khách cũ đã dùng thử hai tuần."])(
    "%s is no introduction",
    (text) => expect(detectStage(text)).not.toBe("new_intro"),
  );
});
