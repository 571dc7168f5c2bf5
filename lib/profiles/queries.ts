import { cache } from "react";
import { db } from "@/lib/db";

/** A public profile with its counts, or null for an unknown username. Cached per request. */
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
      _count: { select: { posts: true, followers: true, following: true } },
    },
  });
});

export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
