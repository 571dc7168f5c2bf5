// Names and bios are shown next to each other and to staff: characters that
// draw nothing, or that reorder what follows them, only serve to fake a look.

/**
 * Characters a reader cannot see (Unicode's default-ignorables: zero-width
 * space, word joiner, BOM, soft hyphen, Hangul fillers, tag characters,
 * variation selectors, joiners) and the bidi controls that reorder text
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C, all default-ignorable
 * too), plus the blank Braille pattern, which draws an empty box.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}|\u2800/gu;

const ZWNJ = "\u200C";
const ZWJ = "\u200D";
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const KEYCAP_BASE = /^[0-9#*]$/;
const VARIATION_SELECTOR = /^[\uFE0E\uFE0F]$/;

/**
 * Scripts whose spelling needs the joiners: Arabic and Persian (ZWNJ in
 * "می‌خواهم"), Syriac, N'Ko, Mongolian, and the Brahmic scripts' conjuncts.
 */
const JOINING_SCRIPT = new RegExp(
  `^[${["Arabic", "Syriac", "Nko", "Mongolian", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Khmer", "Myanmar"].map((script) => `\\p{Script=${script}}`).join("")}]$`,
  "u",
);

function codePointBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text.slice(offset - 1, offset);
}

function codePointAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Joiners and variation selectors stay where they draw something: a ZWJ
 * inside an emoji sequence (👩‍👩‍👧, ❤️‍🔥), VS16 after an emoji or a keycap
 * digit (☀️, 1️⃣), ZWJ and ZWNJ between letters of a script that needs them.
 * Anywhere else (between Latin letters, next to a space, at either end) they
 * are invisible padding.
 */
function drawsSomething(char: string, before: string, after: string): boolean {
  if (VARIATION_SELECTOR.test(char)) return PICTOGRAPH.test(before) || KEYCAP_BASE.test(before);
  if (char === ZWJ && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return true;
  if (char === ZWJ || char === ZWNJ) return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
  return false;
}

/** `value` without invisible characters and bidi controls; see `drawsSomething` for the joiners kept. */
export function withoutInvisibleCharacters(value: string): string {
  return value.replace(INVISIBLE, (char: string, offset: number, whole: string) =>
    drawsSomething(char, codePointBefore(whole, offset), codePointAt(whole, offset + char.length)) ? char : "",
  );
}

/**
 * Marks that look like a verification badge: ✅ ✔ ✓ ☑ 🗸 🗹 √ 𐄂 🮱.
 * Only the Staff badge, drawn by the page next to an admin's name, vouches for
 * anyone; a name cannot carry one.
 */
const CHECK_MARKS = /[\u2705\u2713\u2714\u2611\u221A\u{10102}\u{1F5F8}\u{1F5F9}\u{1FBB1}]/u;

/**
 * The words of staff roles, as whole words in any case or letter style
 * (NFKC folds 𝐒𝐭𝐚𝐟𝐟 and Ｓｔａｆｆ to Staff): next to the Staff badge, "Ada
 * (Staff)" written in the name would pass for it.
 */
const STAFF_WORDS = /(?<![\p{L}\p{N}])(staff|admin|administrator|moderator)(?![\p{L}\p{N}])/iu;

/** Whether a display name pretends to be vouched for: a check mark, or a staff role's word. */
export function claimsStaffStatus(name: string): boolean {
  const folded = name.normalize("NFKC");
  return CHECK_MARKS.test(folded) || STAFF_WORDS.test(folded);
}
