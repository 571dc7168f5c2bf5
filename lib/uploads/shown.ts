import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown, accountShown, shownRow } from "@/lib/moderation/visibility";

/**
 * Whether the stored file `key` belongs to something anyone may see: an image
 * of a post whose author is shown, or the avatar of an account that is shown
 * (lib/moderation/visibility.ts). Names are content hashes, so one file can be
 * both a suspended account's and someone else's: it is served while any
 * visible post or avatar uses it. Two index probes (post_images_file_key_idx,
 * users_avatar_key_idx); a file no one uses is not served either.
 */
export async function isFileShown(key: string): Promise<boolean> {
  const rows = await db.$queryRaw(Prisma.sql`
    SELECT EXISTS (
             SELECT 1 FROM post_images JOIN posts ON posts.id = post_images.post_id
             WHERE post_images.file_key = ${key} AND ${accountShown("posts.author_id")})
        OR EXISTS (SELECT 1 FROM users WHERE users.avatar_key = ${key} AND ${accountRowShown("users")}) AS shown`);
  return parseRows(shownRow, rows)[0]?.shown ?? false;
}
