/**
 * ts_headline wraps every matched word of a snippet in these two markers.
 *
 * They come from Unicode's private use area: ts_headline's option parser drops
 * control characters such as U+0001, so those cannot serve. A post could still
 * contain these characters, so the query removes them from the text before
 * building the snippet: every marker in a snippet is then one we asked for.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export type SnippetPart = { text: string; highlighted: boolean };

/**
 * Splits a marked snippet into plain and highlighted runs, for React to render
 * as text and <mark> elements: no HTML is ever built from user text. A stray or
 * unbalanced marker cannot break anything; it only switches highlighting.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let text = "";
  let highlighted = false;
  const finishRun = () => {
    if (text) parts.push({ text, highlighted });
    text = "";
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      finishRun();
      highlighted = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  finishRun();
  return parts;
}
