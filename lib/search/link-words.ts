import type { SnippetPart } from "./highlight";

/**
 * A run of text between spaces is a link, a host, a file name or an address when it has a dot,
 * slash, colon or @ between two letters or digits. PostgreSQL's parser keeps such a run as one
 * token, so post_link_words (migration post_link_words) adds its parts to a post's search
 * document. Runs are found first and then tested, rather than by one pattern with `\S*` on
 * either side, which backtracks over a long run without such a character.
 */
const RUN = /\S+/gu;
const LINKISH = /[\p{L}\p{N}][./:@][\p{L}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `parts`, a post's text with the words ts_headline matched marked, with the matched parts of its
 * links marked too. `matchedLinkWords` are the parts of the post's links that the search matched
 * (ts_headline over post_link_words): each is marked wherever it stands whole in a link, so that
 * "github" is marked in "https://github.com/…", and the excerpt shows the link it was found in.
 */
export function markLinkWords(parts: SnippetPart[], matchedLinkWords: readonly string[]): SnippetPart[] {
  const words = [...new Set(matchedLinkWords)].filter((word) => word !== "");
  if (words.length === 0) return parts;
  const text = parts.map((part) => part.text).join("");
  const marked = new Uint8Array(text.length);
  let offset = 0;
  for (const part of parts) {
    if (part.highlighted) marked.fill(1, offset, offset + part.text.length);
    offset += part.text.length;
  }
  for (const { 0: run, index: runStart } of text.matchAll(RUN)) {
    if (!LINKISH.test(run)) continue;
    for (const word of words) {
      for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + 1)) {
        if (standsWhole(run, at, word.length)) marked.fill(1, runStart + at, runStart + at + word.length);
      }
    }
  }
  return toParts(text, marked);
}

/** Whether `run`'s stretch from `at` is a whole part of it: no letter or digit right before or after. */
function standsWhole(run: string, at: number, length: number): boolean {
  return !LETTER_OR_DIGIT.test(run.charAt(at - 1)) && !LETTER_OR_DIGIT.test(run.charAt(at + length));
}

function toParts(text: string, marked: Uint8Array): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index++) {
    if (index === text.length || marked[index] !== marked[start]) {
      parts.push({ text: text.slice(start, index), highlighted: marked[start] === 1 });
      start = index;
    }
  }
  return parts;
}
