import { describe, expect, it } from "vitest";
import { MAX_BIO_LENGTH, MAX_DISPLAY_NAME_LENGTH } from "@/lib/validation/limits";
import { bio, displayName } from "./schema";

// "Ada Okafor", "\u202EAda Okafor" and "Ada\u200B Okafor ✅" were all accepted
// as display names: invisible characters and bidi controls made near-copies of
// a name, and a check mark imitated a badge.

describe("display names keep only what readers see", () => {
  it.each([
    ["right-to-left override", "\u202EAda Okafor"],
    ["left-to-right embedding and pop", "\u202AAda\u202C Okafor"],
    ["isolates", "\u2066Ada\u2069 Okafor\u2067\u2068"],
    ["directional marks", "\u200EAda Okafor\u200F"],
    ["Arabic letter mark", "Ada\u061C Okafor"],
    ["zero-width space", "Ada\u200B Okafor"],
    ["word joiner and invisible operators", "A\u2060da\u2062 Okafor\u2064"],
    ["byte order mark", "\uFEFFAda Okafor"],
    ["soft hyphen", "Ada Oka\u00ADfor"],
    ["Mongolian vowel separator", "Ada\u180E Okafor"],
    ["Hangul fillers", "\u115FAda\u1160 \u3164Okafor\uFFA0"],
    ["tag characters", "Ada Okafor\u{E0041}\u{E0064}\u{E007F}"],
    ["joiners between Latin letters or next to spaces", "A\u200Dda\u200C \u200DOkafor"],
    ["variation selectors after letters", "Ada\uFE0F Okafor\uFE0E"],
    ["combining grapheme joiner", "Ada\u034F Okafor"],
    ["runs of spaces", "Ada \u00A0  Okafor"],
  ])("strips %s", (_, name) => {
    expect(displayName.parse(name)).toBe("Ada Okafor");
  });

  it.each([
    ["an emoji ZWJ sequence", "Ada 👩‍👩‍👧"],
    ["an emoji with VS16 in a ZWJ sequence", "Ada ❤️‍🔥"],
    ["an emoji presentation selector", "Ada ☀️"],
    ["a keycap", "Ada 1️⃣"],
    ["a Persian zero-width non-joiner", "می‌خواهم"],
    ["a Devanagari conjunct joiner", "क्‍ष"],
    ["a flag and a skin tone", "Ada 🇳🇬 👋🏾"],
    ["a rainbow flag and an eye in a speech bubble", "Ada 🏳️‍🌈 👁️‍🗨️"],
  ])("keeps %s", (_, name) => {
    expect(displayName.parse(name)).toBe(name);
  });

  it.each(["\u200B\u200B", "\u202E", "\u3164", " \u2060 \uFEFF ", "\u{E0041}", "\uFE0F\u200D\uFE0F", "\uFE0F\uFE0F"])("refuses %j, empty once stripped", (name) => {
    expect(displayName.safeParse(name).error?.issues.map((issue) => issue.message)).toEqual(["Enter a display name."]);
  });

  it.each(["Ada Okafor ✅", "Ada ✔", "Ada ✔️", "☑ Ada", "Ada ✓", "Ada 🗸", "Ada 🗹", "Staff", "Ada (staff)", "ADMIN Ada", "Ada moderator", "𝐒𝐭𝐚𝐟𝐟 Ada", "Ｓｔａｆｆ", "Ada\u200B✅", "Zoe (\u0405taff)", "Zoe (\u0410dmin)", "\u041Coderator Zoe", "Zoe st\u0430ff", "Zoe (Sta\u0301ff)", "Zoe (\u0391DMIN)"])(
    "refuses %j, which imitates the Staff badge",
    (name) => {
      expect(displayName.safeParse(name).error?.issues.map((issue) => issue.message)).toEqual([
        "A display name cannot contain check marks or staff titles.",
      ]);
    },
  );

  it.each(["Staffan Berg", "Admiral Ada", "Modesty Blaise", "Анна Смирнова", "Σοφία Αδάμ", "Ståle Admiralsen"])("accepts %j, where a staff word is only part of a word", (name) => {
    expect(displayName.parse(name)).toBe(name);
  });
});

describe("bios", () => {
  it("lose invisible characters and bidi controls but keep emoji, check marks and line breaks", () => {
    expect(bio.parse("\u202EGardener\u200B.\nOn staff ✅ 👩‍👩‍👧\uFEFF")).toBe("Gardener.\nOn staff ✅ 👩‍👩‍👧");
  });
});

describe("names and bios with accents stacked on one letter", () => {
  it("are refused past eight marks on a letter, which would draw over the lines around them", () => {
    const stacked = `Ada${"\u0301".repeat(9)}`;
    expect(displayName.safeParse(stacked).error?.issues.map((issue) => issue.message)).toEqual(["Too many accents are stacked on one letter."]);
    expect(bio.safeParse(`Gardener ${stacked}`).error?.issues.map((issue) => issue.message)).toEqual(["Too many accents are stacked on one letter."]);
    expect(displayName.parse("Nguyễn Thị Ánh")).toBe("Nguyễn Thị Ánh");
  });
});

describe("the length of names and bios", () => {
  // A wave is one code point and two UTF-16 code units: the limit counts code points, as the database's columns hold them.
  const wave = "🌊";

  it("counts code points, however many code units each takes", () => {
    expect(displayName.parse(wave.repeat(MAX_DISPLAY_NAME_LENGTH))).toBe(wave.repeat(MAX_DISPLAY_NAME_LENGTH));
    expect(bio.parse(wave.repeat(MAX_BIO_LENGTH))).toBe(wave.repeat(MAX_BIO_LENGTH));
  });

  it("refuses one more, saying how many are allowed", () => {
    expect(displayName.safeParse(wave.repeat(MAX_DISPLAY_NAME_LENGTH + 1)).error?.issues.map((issue) => issue.message)).toEqual([
      `Display name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
    ]);
    expect(bio.safeParse(`${wave.repeat(MAX_BIO_LENGTH)}!`).error?.issues.map((issue) => issue.message)).toEqual([`Bio must be at most ${MAX_BIO_LENGTH} characters.`]);
  });
});
