// What stands for an account without a picture: its initials on a colour picked by its username.
// The avatar component draws it (components/ui/avatar.tsx), and so does the stand-in for a
// picture whose file is lost (lib/uploads/avatar-stand-in.ts).

/** How many colours initials are drawn on: .hue-0 to .hue-7 in app/styles/avatars.css (a class is shorter than a style on every card). */
export const INITIALS_HUE_COUNT = 8;

/** The number of `username`'s colour, from 0 to INITIALS_HUE_COUNT - 1. */
export function hueOf(username: string): number {
  let hash = 0;
  for (const char of username) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % INITIALS_HUE_COUNT;
}

const characters = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The first letter or digit of each of the first two words that have one: "(فريق" gives "ف", not "(".
 * A name without any stands for itself by its first character, whole: "🇺🇦" (two code points), not "🇺".
 */
export function initialsOf(displayName: string): string {
  const letters = displayName
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((letter) => letter !== undefined)
    .slice(0, 2);
  return letters.join("").toUpperCase() || firstCharacter(displayName.trim()) || "?";
}

function firstCharacter(text: string): string | undefined {
  return characters.segment(text)[Symbol.iterator]().next().value?.segment;
}
