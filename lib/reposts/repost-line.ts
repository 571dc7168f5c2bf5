import { z } from "zod";

/** Who reposted a post into a feed: the two newest reposters shown, and how many there are. */
export type RepostLine = { names: { id: string; username: string; displayName: string }[]; total: number };

/** The reposters of `repostersSql` (lib/reposts/feed-sql.ts), checked. */
export const repostersRow = z.object({
  names: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
  total: z.number().int(),
});

/** The line above a card, or null when no one in this feed reposted the post. */
export function repostLine(reposters: z.infer<typeof repostersRow>): RepostLine | null {
  return reposters.total > 0 ? reposters : null;
}

/**
 * "Ada reposted", "Ada and Bruno reposted", "Ada and 2 others reposted"
 * (the two newest reposters); the viewer is "You". Plain text: React escapes it.
 */
export function repostLineText(line: RepostLine, viewerId: string | null): string {
  // The viewer comes first when they are named: "You and Ada reposted", not "Ada and You reposted".
  const named = [...line.names].sort((a, b) => Number(b.id === viewerId) - Number(a.id === viewerId));
  const [first, second] = named.map((person) => (person.id === viewerId ? "You" : person.displayName));
  if (!first) return "Reposted";
  if (line.total === 1) return `${first} reposted`;
  if (line.total === 2 && second) return `${first} and ${second} reposted`;
  const others = line.total - 1;
  return `${first} and ${others} ${others === 1 ? "other" : "others"} reposted`;
}
