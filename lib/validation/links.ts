// How user text (posts, comments, bios) is cut into plain text and the parts
// shown as links. Only http(s) addresses ever become links, so no "javascript:"
// or "data:" address can; React escapes every part when it renders.

/** An http(s) address, without the punctuation that usually ends a sentence after it. */
const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * "@name" as usernames are written ([a-z0-9_]{3,30}, any case): not inside a
 * word, an email address or a path, and not the start of a longer name.
 */
const MENTION_PATTERN = /(?<![\w@./])@([a-z0-9_]{3,30})(?![\w])/gi;

export type TextPart =
  | { kind: "text"; text: string }
  | { kind: "url"; text: string }
  | { kind: "mention"; text: string; username: string };

function split(text: string, pattern: RegExp, linked: (match: RegExpExecArray) => TextPart, plain: (text: string) => TextPart[]) {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) parts.push(...plain(text.slice(from, match.index)));
    parts.push(linked(match));
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(...plain(text.slice(from)));
  return parts;
}

/**
 * `text` as consecutive parts whose texts join back into it exactly: http(s)
 * addresses, with `mentions` also "@name"s (as lower-case usernames), and the
 * plain text between them.
 */
export function linkParts(text: string, { mentions = false }: { mentions?: boolean } = {}): TextPart[] {
  const plain = (between: string): TextPart[] =>
    mentions
      ? split(between, MENTION_PATTERN, (match) => ({ kind: "mention", text: match[0], username: match[1]!.toLowerCase() }), (rest) => [
          { kind: "text", text: rest },
        ])
      : [{ kind: "text", text: between }];
  return split(text, URL_PATTERN, (match) => ({ kind: "url", text: match[0] }), plain);
}
