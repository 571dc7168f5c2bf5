import type { SnippetPart } from "./highlight";

/**
 * What a search result shows of a post: one stretch of its text with the
 * matched words marked. Where the stretch does not reach the start or the end
 * of the post, `cutBefore` or `cutAfter` is set and the reader sees "…": words
 * are only ever left out at the two ends, never silently from the middle.
 */
export type Excerpt = { parts: SnippetPart[]; cutBefore: boolean; cutAfter: boolean };

/** Longest excerpt, in UTF-16 code units (a post may have 500 characters). */
export const EXCERPT_LENGTH = 240;
/** How much text before the first match an excerpt keeps, when it cannot start at the beginning. */
const CONTEXT_BEFORE = 60;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * Cuts a fully highlighted post (every part of its text, in order) to an
 * excerpt around its first match. Cuts fall between words, and the spaces at
 * a cut are dropped so "…" sits against a word. A single word longer than the
 * whole excerpt is cut inside, between code points.
 */
export function toExcerpt(parts: SnippetPart[], length = EXCERPT_LENGTH): Excerpt {
  const text = parts.map((part) => part.text).join("");
  if (text.length <= length) return { parts, cutBefore: false, cutAfter: false };

  const firstMatch = matchStart(parts) ?? 0;
  let start = Math.max(0, Math.min(firstMatch - CONTEXT_BEFORE, text.length - length));
  // Start at the beginning of a word, never after the match.
  while (start > 0 && start < firstMatch && !isSpace(text[start - 1])) start++;
  let end = Math.min(text.length, start + length);
  // End at the end of a word, unless that leaves nothing.
  if (end < text.length && !isSpace(text[end])) {
    let wordEnd = end;
    while (wordEnd > start && !isSpace(text[wordEnd - 1])) wordEnd--;
    end = wordEnd > start ? wordEnd : avoidSplittingPair(text, end);
  }
  if (start > 0) while (start < end && isSpace(text[start])) start++;
  if (end < text.length) while (end > start && isSpace(text[end - 1])) end--;

  return { parts: sliceParts(parts, start, end), cutBefore: start > 0, cutAfter: end < text.length };
}

function matchStart(parts: SnippetPart[]): number | undefined {
  let offset = 0;
  for (const part of parts) {
    if (part.highlighted) return offset;
    offset += part.text.length;
  }
  return undefined;
}

/** Moves a cut off the middle of a surrogate pair (an emoji, say). */
function avoidSplittingPair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

function sliceParts(parts: SnippetPart[], start: number, end: number): SnippetPart[] {
  const sliced: SnippetPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (from < to) sliced.push({ text: part.text.slice(from - offset, to - offset), highlighted: part.highlighted });
    offset += part.text.length;
  }
  return sliced;
}
