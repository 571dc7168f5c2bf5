import { characterLimit, countCharacters } from "@/lib/validation/text";

/**
 * The counter beside a post's or a comment's text, exact up to this many
 * characters: far enough to say by how much a text is too long, bounded so
 * that a pasted megabyte (or a refused one echoed back) is never counted
 * character by character.
 */
const COUNTED = (limit: number) => characterLimit(limit * 2);

/** "1 character", "1,200 characters". */
export function characters(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "character" : "characters"}`;
}

export type CharacterCount = { label: string; over: boolean };

/** "12 characters left", "5 characters over" — never a negative number. */
export function characterCount(text: string, limit: number): CharacterCount {
  const counted = COUNTED(limit);
  const count = countCharacters(text, counted);
  // Too long for the server however few characters it shows (countCharacters): say so, as it will.
  if (count <= limit && text.length > characterLimit(limit).codeUnits) return { label: "Too long", over: true };
  if (count <= limit) return { label: `${characters(limit - count)} left`, over: false };
  if (count > counted.characters) return { label: `More than ${characters(limit)} over`, over: true };
  return { label: `${characters(count - limit)} over`, over: true };
}

/** The count shown beside a text box, in red once the text is too long. */
export function CharacterCounter({ id, count }: { id: string; count: CharacterCount }) {
  return (
    <span id={id} className={`text-sm tabular-nums ${count.over ? "font-medium text-rose-700 dark:text-rose-400" : "text-zinc-600 dark:text-zinc-400"}`}>
      {count.label}
    </span>
  );
}
