import { cache } from "react";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, queryKeptPlan } from "@/lib/db";
import { lagTolerantDb } from "@/lib/db-routing";
import { parseRows } from "@/lib/db-rows";
import { keptPlanSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { isAdmin } from "@/lib/moderation/permissions";
import { accountRowShown, activeAccount } from "@/lib/moderation/visibility";
import { viewerFollowsColumnSql } from "@/lib/follows/queries";
import { relationshipColumnsSql, relationshipRow } from "@/lib/safety/queries";
import { keptPlanViewer } from "@/lib/safety/visibility";
import { mentionedUsernames } from "@/lib/validation/links";

const profileRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  bio: z.string(),
  avatarKey: z.string().nullable(),
  createdAt: z.date(),
  role: z.enum(Role),
  suspendedAt: z.date().nullable(),
  posts: z.number().int(),
  followers: z.number().int(),
  following: z.number().int(),
});

/** A profile's row, with where its reader stands with it (all false when signed out). */
const readerProfileRow = profileRow.extend({ ...relationshipRow.shape, viewerFollows: z.boolean() });

/**
 * A profile with its counts as `viewerId` reads it, with where they stand with it, or null for an
 * unknown username. One statement for all of it, cached per request.
 *
 * Counts come from user_stats (kept by triggers). Follower and following counts
 * leave out suspended accounts, as the lists do, without looking up every
 * follower (62,000 for the most followed at the benchmark's scale: 155 ms): the
 * stored count of every follow minus the
 * accounts among them that the lists do not show (`accountRowShown`, the
 * lists' `activeAccount`), found from the few suspended accounts
 * (users_suspended_idx) with a primary-key probe of follows each. Scalar
 * subqueries on purpose: an EXISTS became a join that read every follower.
 * May come from a replica (lib/db-routing.ts): a reader who has just blocked, muted or followed
 * reads the primary. Its plan is kept (keptPlanSql): planned afresh, it cost PostgreSQL more than
 * it took to run on every profile page.
 */
const readProfile = cache(async (username: string, viewerId: string | null) => {
  const normalized = username.toLowerCase();
  if (!/^[a-z0-9_]{1,30}$/.test(normalized)) return null;
  const [row] = parseRows(readerProfileRow, await queryKeptPlan(profileStatement(normalized, viewerId), await lagTolerantDb()));
  if (!row) return null;
  const { posts, followers, following, blocking, blockedBy, muting, viewerFollows, ...profile } = row;
  return {
    profile: { ...profile, bioMentioned: await shownUsernames(mentionedUsernames(profile.bio)), _count: { posts, followers, following } },
    relationship: { blocking, blockedBy, muting },
    viewerFollows,
  };
});

/** The statement of readProfile, for a lower-case username; the viewer is opaque to the planner (keptPlanViewer). */
export function profileStatement(username: string, viewerId: string | null): Prisma.Sql {
  const viewer = keptPlanViewer(viewerId);
  return keptPlanSql(Prisma.sql`
    SELECT u.id, u.username, u.display_name AS "displayName", u.bio, u.avatar_key AS "avatarKey",
           u.created_at AS "createdAt", u.role::text AS role, u.suspended_at AS "suspendedAt",
           coalesce(stats.post_count, 0) AS posts,
           (coalesce(stats.follower_count, 0)
            - (SELECT count(*) FROM users AS suspended WHERE NOT ${accountRowShown("suspended")} AND (
                 SELECT 1 FROM follows WHERE follows.follower_id = suspended.id AND follows.followee_id = u.id) IS NOT NULL))::int AS followers,
           (coalesce(stats.following_count, 0)
            - (SELECT count(*) FROM users AS suspended WHERE NOT ${accountRowShown("suspended")} AND (
                 SELECT 1 FROM follows WHERE follows.follower_id = u.id AND follows.followee_id = suspended.id) IS NOT NULL))::int AS following,
           ${relationshipColumnsSql(viewer, Prisma.sql`u.id`)},
           ${viewerFollowsColumnSql(viewer, Prisma.sql`u.id`)}
    FROM users AS u LEFT JOIN user_stats AS stats ON stats.user_id = u.id
    WHERE u.username = ${username}`);
}

/** A profile with its counts, as its header shows it. */
export type Profile = NonNullable<Awaited<ReturnType<typeof readProfile>>>["profile"];

/**
 * The profile as `viewer` may see it, with where the viewer stands with it
 * (`relationship`, lib/safety; `viewerFollows`), or null. A suspended account's profile exists
 * only for admins, who need it to lift the suspension; the profile of an
 * account that blocked the viewer does not exist for them (the same answer as
 * a missing one). Cached per request like readProfile.
 */
export const getVisibleProfile = cache(async (username: string, viewer: Pick<CurrentUser, "role" | "id"> | null) => {
  const read = await readProfile(username, viewer?.id ?? null);
  if (!read || (read.profile.suspendedAt && !isAdmin(viewer)) || read.relationship.blockedBy) return null;
  return { ...read.profile, relationship: read.relationship, viewerFollows: read.viewerFollows };
});

/**
 * Whether `username` names a suspended account that `viewer` is not shown (getVisibleProfile):
 * its pages then say it was suspended, as other networks' do, rather than that it does not
 * exist, and show nothing else of it. An account that blocked the viewer still does not exist
 * for them, suspended or not. Shares readProfile's per-request cache.
 */
export async function isSuspendedFor(username: string, viewer: Pick<CurrentUser, "role" | "id"> | null): Promise<boolean> {
  const read = await readProfile(username, viewer?.id ?? null);
  return read !== null && read.profile.suspendedAt !== null && !isAdmin(viewer) && !read.relationship.blockedBy;
}

/** The title of `username`'s pages when `viewer` is not shown the account: suspended, or not found. */
export async function missingProfileTitle(username: string, viewer: Pick<CurrentUser, "role" | "id"> | null): Promise<string> {
  return (await isSuspendedFor(username, viewer)) ? "Account suspended" : "Profile not found";
}

/** What the settings page edits: the signed-in user's own name, bio and picture. */
export async function getOwnProfileSettings(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { username: true, displayName: true, bio: true, avatarKey: true },
  });
}

/**
 * Which of `usernames` (lower-case) name accounts that are shown: the "@name"s
 * of a text that become links. One statement for all of a page's names, none
 * when there are none.
 */
export async function shownUsernames(usernames: readonly string[]): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await db.user.findMany({ where: { username: { in: [...usernames] }, ...activeAccount }, select: { username: true } });
  return rows.map((row) => row.username);
}
