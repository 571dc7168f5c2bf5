// User text is bounded in UTF-16 code units before any work that goes
// character by character. Counting graphemes with Intl.Segmenter costs time and
// memory that grow much faster than the length (20,000 characters: 2 s and
// 400 MB; 100,000 exhausted the heap), and a request body may hold megabytes.

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Room in code units for one character as a person counts it: an emoji ZWJ
 * sequence such as 👩‍👩‍👧 takes 8, the same family with skin tones
 * (👨🏻‍👩🏻‍👧🏻‍👦🏻) 19, a letter with an accent or two 2–3. With 10, 270 of those
 * families, 275 characters, were refused as more than 500.
 */
const CODE_UNITS_PER_CHARACTER = 20;

/** A limit in characters as a person counts them, and the code units a text within it may take. */
export type CharacterLimit = { readonly characters: number; readonly codeUnits: number };

export function characterLimit(characters: number): CharacterLimit {
  return { characters, codeUnits: characters * CODE_UNITS_PER_CHARACTER };
}

/**
 * Characters as a person counts them (👩‍👩‍👧 or e + ◌́ is one), counted no
 * further than one past the limit: any result above `limit.characters` only
 * says "too long". A text with more code units than the limit allows is too
 * long without being looked at.
 */
export function countCharacters(text: string, limit: CharacterLimit): number {
  const over = limit.characters + 1;
  if (text.length > limit.codeUnits) return over;
  const segments = graphemes.segment(text)[Symbol.iterator]();
  let count = 0;
  while (count < over && !segments.next().done) count += 1;
  return count;
}

/**
 * The code units a text box takes, and a refused form gives back, for a limit of `max` characters
 * (code points, as zod and PostgreSQL count them, or characters as a person counts them): twenty a
 * character (characterLimit), so that no valid text is cut however its characters are made, and
 * one too long comes back whole for its writer to shorten. Only a paste of twenty times the limit is cut.
 */
export function typedCodeUnits(max: number): number {
  return characterLimit(max).codeUnits;
}

/** The first `maxCodeUnits` code units of `text`, never ending on half of a surrogate pair. */
export function cutToCodeUnits(text: string, maxCodeUnits: number): string {
  if (text.length <= maxCodeUnits) return text;
  const cut = text.slice(0, maxCodeUnits);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

// NUL cannot be stored in PostgreSQL text, and other control characters (bar
// tabs and line breaks) have no business in text that people read.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

// Every line break as "\n" alone: a browser sends a text box's as "\r\n", and a text saved
// unchanged must compare equal to the one stored (migration 20261207231000_line_breaks_as_newlines).
const LINE_BREAKS = /\r\n?/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(LINE_BREAKS, "\n").replace(CONTROL_CHARACTERS, "");
}

/**
 * Accents and other combining marks stacked on one letter: real writing stacks a few
 * (Vietnamese two, Hebrew points and cantillation three or four); "Zalgo" text stacks
 * hundreds, which draw far above and below their line, over the page's header. The
 * grapheme count takes them as one character, so only this bounds them.
 */
export const MAX_STACKED_MARKS = 8;
const STACKED_MARKS = new RegExp(`\\p{M}{${MAX_STACKED_MARKS + 1},}`, "u");

export const STACKED_MARKS_MESSAGE = "Too many accents are stacked on one letter.";

export function stacksTooManyMarks(value: string): boolean {
  return STACKED_MARKS.test(value);
}
