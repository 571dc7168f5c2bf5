import { cache } from "react";
import type { CurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/moderation/permissions";
import { activeAccount } from "@/lib/moderation/visibility";

/** A profile with its counts (of people who are not suspended), or null for an unknown username. Cached per request. */
export const getProfile = cache(async (username: string) => {
  const normalized = username.toLowerCase();
  if (!/^[a-z0-9_]{1,30}$/.test(normalized)) return null;
  return db.user.findUnique({
    where: { username: normalized },
    select: {
      id: true,
      username: true,
      displayName: true,
      bio: true,
      avatarKey: true,
      createdAt: true,
      role: true,
      suspendedAt: true,
      _count: {
        select: {
          posts: true,
          followers: { where: { follower: activeAccount } },
          following: { where: { followee: activeAccount } },
        },
      },
    },
  });
});

export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;

/**
 * The profile as `viewer` may see it, or null. A suspended account's profile
 * exists only for admins, who need it to lift the suspension.
 */
export async function getVisibleProfile(username: string, viewer: Pick<CurrentUser, "role"> | null) {
  const profile = await getProfile(username);
  if (!profile || (profile.suspendedAt && !isAdmin(viewer))) return null;
  return profile;
}
