import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown } from "@/lib/moderation/visibility";
import { hueOf, initialsOf } from "@/lib/profiles/initials";

/** The colours of .hue-0 to .hue-7 (app/styles/avatars.css), which initials are drawn on in the page. */
export const INITIALS_HUES = ["#0369a1", "#6d28d9", "#be123c", "#92400e", "#065f46", "#4338ca", "#be185d", "#115e59"] as const;

const owner = z.object({ username: z.string(), displayName: z.string() });

/**
 * What /uploads/<key> answers for an avatar whose file is lost (a failed restore, a bucket
 * emptied by hand): an image of the initials the page shows for an account without one, rather
 * than the browser's broken-image icon. An answer of the route, not code in the page: the
 * avatar is on every card, and the page cannot know the file is gone. Null when the key is no
 * shown account's avatar; a file two accounts share (keys are content hashes) is a plain colour,
 * being neither one's initials.
 */
export async function avatarStandIn(key: string): Promise<string | null> {
  const owners = parseRows(
    owner,
    await db.$queryRaw(Prisma.sql`
      SELECT username, display_name AS "displayName" FROM users
      WHERE avatar_key = ${key} AND ${accountRowShown("users")} LIMIT 2`),
  );
  const [only] = owners;
  if (!only) return null;
  const initials = owners.length === 1 ? initialsOf(only.displayName) : "";
  // Drawn on a square: the page rounds it, as it rounds every avatar (.avatar).
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${INITIALS_HUES[hueOf(only.username)]}"/><text x="50" y="50" dy=".35em" text-anchor="middle" font-family="ui-sans-serif, system-ui, sans-serif" font-size="40" font-weight="600" fill="#fff">${escapeXml(initials)}</text></svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
