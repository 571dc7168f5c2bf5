import { characterLimit, countCharacters } from "@/lib/validation/text";

/**
 * The counter beside a post's text, exact up to this many characters: far
 * enough to say by how much a text is too long, bounded so that a pasted
 * megabyte (or a refused one echoed back) is never counted character by character.
 */
const COUNTED = (limit: number) => characterLimit(limit * 2);

function characters(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "character" : "characters"}`;
}

/** "12 characters left", "5 characters over" — never a negative number. */
export function characterCount(text: string, limit: number): { label: string; over: boolean } {
  const counted = COUNTED(limit);
  const count = countCharacters(text, counted);
  if (count <= limit) return { label: `${characters(limit - count)} left`, over: false };
  if (count > counted.characters) return { label: `More than ${characters(limit)} over`, over: true };
  return { label: `${characters(count - limit)} over`, over: true };
}
