/** How much of a post's or comment's text a page title quotes. */
const QUOTED_LENGTH = 60;

/**
 * The title of a post's or comment's page: its author and the start of its words, or
 * for a post behind a content warning the warning instead, as Mastodon does, so that
 * tabs, history and shared links do not show what the warning folds.
 */
export function quotedTitle(authorName: string, text: string, contentWarning = ""): string {
  if (contentWarning !== "") return `${authorName}: CW ${contentWarning}`;
  return `${authorName}: “${text.slice(0, QUOTED_LENGTH)}${text.length > QUOTED_LENGTH ? "…" : ""}”`;
}
