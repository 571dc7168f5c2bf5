// Characters that draw nothing, or that reorder what follows them: names and bios
// lose them (lib/accounts/schema.ts), and a post, comment or report made of nothing
// else says nothing (lib/posts/schema.ts, lib/reports/schema.ts, lib/safety/schema.ts).

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
/** An emoji, or a skin tone: what a selector may follow, and what a ZWJ joins. */
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
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
 * are invisible padding. Each one kept touches a visible character (a selector
 * follows its emoji, a ZWJ precedes the next emoji), so what is left of a
 * text of nothing else is empty: U+FE0F U+200D U+FE0F loses all three.
 */
function drawsSomething(char: string, before: string, after: string): boolean {
  if (VARIATION_SELECTOR.test(char)) return EMOJI.test(before) || KEYCAP_BASE.test(before);
  if (char === ZWJ && (EMOJI.test(before) || VARIATION_SELECTOR.test(before)) && EMOJI.test(after)) return true;
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
 * Whether `value` shows nothing at all: blank once its invisible characters are gone. Looked at
 * only up to `maxCodeUnits` (the field's own limit): a longer text is refused for its length
 * anyway, and megabytes of zero-width spaces would hold the server for a quarter of a second
 * each (2,000,000 took 250–290 ms).
 */
export function drawsNothing(value: string, maxCodeUnits: number): boolean {
  return value.length <= maxCodeUnits && withoutInvisibleCharacters(value).trim() === "";
}

/** `value` as typed, or "" when it shows nothing (`drawsNothing`): a text's own characters stay, bidi marks included. */
export function shownOrEmpty(value: string, maxCodeUnits: number): string {
  return drawsNothing(value, maxCodeUnits) ? "" : value;
}

/** The bidi controls that reorder the text after them (embeddings, overrides, isolates). */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/u;

export function reordersText(value: string): boolean {
  return REORDERING.test(value);
}
