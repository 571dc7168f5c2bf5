import { z } from "zod";
import { findSessionUser } from "@/lib/auth/current-user";
import type { SessionIds } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { countUnreadNotificationsOf } from "@/lib/notifications/queries";
import { LiveHub } from "./hub";
import { liveListener } from "./listener";
import { type StreamOptions, openLiveStream } from "./stream";

/** Streams one person may hold open at once (tabs, devices): a few, not unbounded. */
export const MAX_STREAMS_PER_USER = Number(process.env.LIVE_MAX_STREAMS_PER_USER ?? 6);

/**
 * Of `userIds`, those whose home feed the posts of `authorIds` reach: their followers (by the
 * follows primary key). Not the authors: their own page shows their post as they publish it.
 */
async function followersAmong(authorIds: string[], userIds: string[]): Promise<string[]> {
  const rows = await db.$queryRaw`
    SELECT DISTINCT follows.follower_id AS "userId" FROM follows
    WHERE follows.followee_id = ANY(${authorIds}::TEXT[]) AND follows.follower_id = ANY(${userIds}::TEXT[])`;
  return parseRows(z.object({ userId: z.string() }), rows).map((row) => row.userId);
}

const globalForLive = globalThis as unknown as { liveHub?: LiveHub };

/** The process's hub, fed by its one listener. */
export function liveHub(): LiveHub {
  if (!globalForLive.liveHub) {
    const hub = new LiveHub({ maxPerUser: MAX_STREAMS_PER_USER, followersAmong, countUnread: countUnreadNotificationsOf });
    liveListener().subscribe(hub.receive);
    globalForLive.liveHub = hub;
  }
  return globalForLive.liveHub;
}

export function liveStreamOptions(hub: LiveHub): StreamOptions {
  return {
    hub,
    sessionValid: async (session: SessionIds) => (await findSessionUser(session)) !== null,
    heartbeatMs: 25_000,
    sessionCheckMs: 60_000,
  };
}

/** The live stream of `session`'s reader in this process, or null when they hold too many already. */
export function openProcessLiveStream(session: SessionIds, abort: AbortSignal) {
  const hub = liveHub();
  return openLiveStream(session, abort, liveStreamOptions(hub));
}
