// How user text (posts, comments, bios) is cut into plain text and the parts
// shown as links: http(s) addresses, "@name" mentions and "#tag" hashtags. Only
// http(s) addresses ever become outside links, so no "javascript:" or "data:"
// address can; mentions and tags become addresses of this site built from
// what the patterns allow. React escapes every part when it renders.

/**
 * What an address is made of: not spaces, quotes or angle brackets (so it cannot carry markup),
 * nor the quotation marks and full-width punctuation that end it in running text ("…”",
 * "…。続き": Chinese and Japanese put no space after an address).
 */
const URL_CHARACTER = String.raw`[^\s<>"'()\[\]“”‘’«»「」『』【】〈〉《》（）。、，．！？：；]`;
/** Parentheses and brackets only in pairs: "…/Mercury_(planet)" keeps its ")", "(see …/a)" does not. */
const URL_GROUP = String.raw`\(${URL_CHARACTER}*\)|\[${URL_CHARACTER}*\]`;
/** An address's last character is not the punctuation that usually ends a sentence after it. */
const URL_END = String.raw`[^\s<>"'()\[\]“”‘’«»「」『』【】〈〉《》（）。、，．！？：；.,;:!?]`;
/** The scheme in any case, as browsers take it: "HTTPS://EXAMPLE.COM" is an address too. */
const URL_PATTERN = new RegExp(String.raw`https?:\/\/(?:${URL_CHARACTER}|${URL_GROUP})*(?:${URL_END}|${URL_GROUP})`, "gi");

/**
 * "@name" as usernames are written ([a-z0-9_]{3,30}, any case): not inside a
 * word, an email address or a path, and not the start of a longer name.
 */
const MENTION_PATTERN = /(?<![\w@./])@([a-z0-9_]{3,30})(?![\w])/gi;

/** The most characters of a hashtag; a longer run of letters after "#" is no tag. */
export const MAX_TAG_LENGTH = 64;

/** What a hashtag is made of: letters (any script, with their combining marks), digits and "_". */
const TAG_CHARACTER = String.raw`[\p{L}\p{M}\p{N}_]`;

/**
 * "#tag": not inside a word ("C#"), an HTML entity ("&#39;"), a path or a run
 * of "#", and not the start of a longer run of tag characters. The bounded
 * repeat keeps the pattern linear on hostile text.
 */
const TAG_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_&#/])#(${TAG_CHARACTER}{1,${MAX_TAG_LENGTH}})(?!${TAG_CHARACTER})`, "gu");

/** A tag as typed or as stored: nothing but tag characters, not digits alone ("#1" is a number, not a topic). */
const WHOLE_TAG = new RegExp(`^${TAG_CHARACTER}{1,${MAX_TAG_LENGTH}}$`, "u");
const DIGITS_ONLY = /^\p{N}+$/u;

/**
 * The one form a tag is stored, linked and looked up in: NFC (so "café" typed
 * with a combining accent is the same tag) and lower case in every script
 * ("#Straße", "#STRASSE" differ; "#Café" and "#café" do not). Null for
 * anything that is not a tag.
 */
export function normalizeTag(tag: string): string | null {
  const normalized = tag.normalize("NFC").toLowerCase().normalize("NFC");
  return WHOLE_TAG.test(normalized) && !DIGITS_ONLY.test(normalized) ? normalized : null;
}

export type TextPart =
  | { kind: "text"; text: string }
  | { kind: "url"; text: string }
  | { kind: "mention"; text: string; username: string }
  | { kind: "tag"; text: string; tag: string };

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

const plainText = (text: string): TextPart[] => [{ kind: "text", text }];

function tagPart(match: RegExpExecArray): TextPart {
  const tag = normalizeTag(match[1]!);
  return tag ? { kind: "tag", text: match[0], tag } : { kind: "text", text: match[0] };
}

const tagsAndText = (text: string) => split(text, TAG_PATTERN, tagPart, plainText);

const mentionsTagsAndText = (text: string) =>
  split(text, MENTION_PATTERN, (match) => ({ kind: "mention", text: match[0], username: match[1]!.toLowerCase() }), tagsAndText);

/**
 * `text` as consecutive parts whose texts join back into it exactly: http(s)
 * addresses, "@name"s (as lower-case usernames), "#tag"s (normalised, see
 * `normalizeTag`), and the plain text between them. Whether a mention becomes
 * a link depends on whether that account is shown, which the renderer knows.
 */
export function linkParts(text: string): TextPart[] {
  return split(text, URL_PATTERN, (match) => ({ kind: "url", text: match[0] }), mentionsTagsAndText);
}

/** The distinct usernames `text` mentions, lower-case, in order of first mention. */
export function mentionedUsernames(text: string): string[] {
  return [...new Set(linkParts(text).flatMap((part) => (part.kind === "mention" ? [part.username] : [])))];
}

/** The distinct normalised tags of `text`, in order of first use. */
export function hashtags(text: string): string[] {
  return [...new Set(linkParts(text).flatMap((part) => (part.kind === "tag" ? [part.tag] : [])))];
}

/** How long the shown part of an address may be before it is cut with "…". */
const SHOWN_URL_LENGTH = 30;

/**
 * An address cut for showing: the scheme (and "www.") hidden, and whatever is
 * past SHOWN_URL_LENGTH characters hidden after an ellipsis. The three parts
 * join back into the address, so copying the link's text copies all of it.
 */
export function shortenedUrl(url: string): { hiddenStart: string; shown: string; hiddenEnd: string } {
  const hiddenStart = /^https?:\/\/(www\.)?/i.exec(url)?.[0] ?? "";
  const rest = Array.from(url.slice(hiddenStart.length));
  return { hiddenStart, shown: rest.slice(0, SHOWN_URL_LENGTH).join(""), hiddenEnd: rest.slice(SHOWN_URL_LENGTH).join("") };
}
