import { z } from "zod";
import { db, queryKeptPlan } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { cursorPlaceSql, keptPlanSql, opaqueTextSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ReportReason } from "@/lib/generated/prisma/enums";
import { accountShown as shownToEveryone } from "@/lib/moderation/visibility";
import { inListsOfSql, notBlockedWithSql } from "@/lib/safety/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { ACTION_KINDS, type NotificationFilter, UNREAD_SHOWN_MAX } from "./schema";

// A notification is a row of notification_groups, kept by triggers on the actions' tables
// (migration 20261201140400_notifications). Who did it is read from the actions themselves,
// a few names a line, so an actor who is suspended later disappears at once (visibility.ts).
// A moderators' line (a removal, a report's outcome) names no one (moderators act for the site)
// and is always shown to its reader.

/**
 * SQL: the actor in `column` is shown to the group's recipient: not suspended,
 * and neither blocked either way nor muted by the recipient (lib/safety). Every
 * kind's actions pass it, so an action by someone hidden from the recipient
 * neither names them nor, alone, makes a notification.
 */
function accountShown(column: string): Prisma.Sql {
  return Prisma.sql`${shownToEveryone(column)} AND ${inListsOfSql(Prisma.raw("g.recipient_id"), column)}`;
}

/** How many names a line spells out before "and N others". */
export const NAMED_ACTORS = 2;

type ActionsOptions = {
  /** `false` takes any of them, for "is there one" or "how many": no sort, and the first shown row may end the scan. */
  ordered: boolean;
  /** SQL: the actor in the column is shown (`accountShown`, probes for the few rows read, unless told otherwise). */
  shown?: (column: string) => Prisma.Sql;
};

/** SQL: the actions of group `g` whose actor is shown, newest first, at most `limit` per kind (null: all). */
function shownActions(limit: number | null, { ordered, shown = accountShown }: ActionsOptions = { ordered: true }): Prisma.Sql {
  const newestFirst = (order: string) => (ordered ? Prisma.sql`ORDER BY ${Prisma.raw(order)}` : Prisma.empty);
  // Written into the statement, not bound: see rowCountSql.
  const atMost = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${rowCountSql(limit)}`;
  const inDay = (column: string) =>
    Prisma.sql`${Prisma.raw(column)} >= notification_day_start(g.day) AND ${Prisma.raw(column)} < notification_day_start(g.day + 1)`;
  return Prisma.sql`
    (SELECT likes.user_id AS actor_id, likes.created_at AS at FROM likes
     WHERE g.kind = 'like' AND likes.post_id = g.post_id AND ${inDay("likes.created_at")}
       AND likes.user_id <> g.recipient_id AND ${shown("likes.user_id")}
     ${newestFirst("likes.created_at DESC, likes.user_id DESC")} ${atMost})
    UNION ALL
    (SELECT follows.follower_id, follows.created_at FROM follows
     WHERE g.kind = 'follow' AND follows.followee_id = g.recipient_id AND ${inDay("follows.created_at")}
       AND ${shown("follows.follower_id")}
     ${newestFirst("follows.created_at DESC, follows.follower_id DESC")} ${atMost})
    UNION ALL
    (SELECT reposts.user_id, reposts.created_at FROM reposts
     WHERE g.kind = 'repost' AND reposts.post_id = g.post_id AND ${inDay("reposts.created_at")}
       AND reposts.user_id <> g.recipient_id AND ${shown("reposts.user_id")}
     ${newestFirst("reposts.created_at DESC, reposts.user_id DESC")} ${atMost})
    UNION ALL
    (SELECT comments.author_id, comments.created_at FROM comments
     WHERE g.kind IN ('comment', 'reply', 'mention') AND comments.id = g.comment_id AND ${shown("comments.author_id")})
    UNION ALL
    (SELECT posts.author_id, posts.created_at FROM posts
     WHERE (g.kind = 'quote' OR (g.kind = 'mention' AND g.comment_id IS NULL)) AND posts.id = g.post_id
       AND ${shown("posts.author_id")})`;
}

/**
 * SQL: the accounts whose actions `reader`'s groups count but do not show: the suspended
 * (users_suspended_idx: few) and those in the reader's own lists, blocked either way or muted.
 * UNION, so an account both suspended and muted is taken off once.
 */
function hiddenFrom(reader: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    (SELECT users.id FROM users WHERE users.suspended_at IS NOT NULL
     UNION SELECT blocks.blocked_id FROM blocks WHERE blocks.blocker_id = ${reader}
     UNION SELECT blocks.blocker_id FROM blocks WHERE blocks.blocked_id = ${reader}
     UNION SELECT mutes.muted_id FROM mutes WHERE mutes.muter_id = ${reader})`;
}

/**
 * SQL: group `g`'s recipient is shown the post whose author is in `postAuthor`: their own, or one
 * by an account that is not suspended and that neither blocks nor is blocked by them. A line about
 * a comment (a comment, a reply, a mention in a comment) under any other post would lead to a
 * thread that is not there for them. Mutes do not count: a reply to you is not the muted account's.
 */
function postShownToRecipient(postAuthor: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(postAuthor)} = g.recipient_id
     OR (${shownToEveryone(postAuthor)} AND ${notBlockedWithSql(Prisma.raw("g.recipient_id"), postAuthor)}))`;
}

/**
 * SQL: group `g` is not about a comment, or the comment's post is shown to its recipient
 * (`postShownToRecipient`), probed by primary key for the few groups read, so the groups stay
 * in their index's order.
 */
const threadShownToRecipient = Prisma.sql`(g.comment_id IS NULL
     OR EXISTS (SELECT 1 FROM posts AS thread WHERE thread.id = g.post_id AND ${postShownToRecipient("thread.author_id")}))`;

/** SQL: how many of group `g`'s likes, follows or reposts are by the accounts in `hidden.id`, probed by primary key. */
const actionsOfHidden = Prisma.sql`
     (g.kind = 'like' AND EXISTS (SELECT 1 FROM likes WHERE likes.user_id = hidden.id AND likes.post_id = g.post_id
        AND likes.created_at >= notification_day_start(g.day) AND likes.created_at < notification_day_start(g.day + 1)))
     OR (g.kind = 'follow' AND EXISTS (SELECT 1 FROM follows WHERE follows.follower_id = hidden.id AND follows.followee_id = g.recipient_id
        AND follows.created_at >= notification_day_start(g.day) AND follows.created_at < notification_day_start(g.day + 1)))
     OR (g.kind = 'repost' AND EXISTS (SELECT 1 FROM reposts WHERE reposts.user_id = hidden.id AND reposts.post_id = g.post_id
        AND reposts.created_at >= notification_day_start(g.day) AND reposts.created_at < notification_day_start(g.day + 1)))`;

/** Groups up to this many actions are counted action by action; larger ones from the hidden accounts' side. */
const COUNTED_ONE_BY_ONE_MAX = 1_000;

/**
 * SQL: how many actors of group `g` the reader sees, for "and N others". The group's count
 * includes everyone. A group of up to COUNTED_ONE_BY_ONE_MAX actions is counted through its index
 * range, each actor checked against the hidden accounts hashed once for the statement (`NOT IN`
 * an uncorrelated subquery); probing blocks and mutes per action instead cost 5,000 buffers a page
 * for a reader with 2,000 accounts in their lists. A larger group takes off one probe per hidden account.
 */
function shownActorCount(reader: Prisma.Sql): Prisma.Sql {
  const notHidden = (column: string) => Prisma.sql`${Prisma.raw(column)} NOT IN ${hiddenFrom(reader)}`;
  return Prisma.sql`
    CASE WHEN g.actor_count <= ${COUNTED_ONE_BY_ONE_MAX}
      THEN (SELECT count(*)::INTEGER FROM (${shownActions(null, { ordered: false, shown: notHidden })}) AS shown)
      ELSE g.actor_count - (SELECT count(*)::INTEGER FROM ${hiddenFrom(reader)} AS hidden WHERE ${actionsOfHidden})
    END`;
}

/**
 * SQL: the lines `filter`'s tab lists. Mentions are the mention lines and the comment, reply and
 * quote lines whose text names their recipient, written as the predicate of the tab's partial
 * index (notification_groups_mentions_idx) so the planner reads that index.
 */
function tabSql(filter: NotificationFilter): Prisma.Sql {
  return filter === "mentions" ? Prisma.sql`AND (g.kind = 'mention' OR g.mentions_recipient)` : Prisma.empty;
}

function olderThanCursor(cursor: Cursor | null): Prisma.Sql {
  return cursor ? Prisma.sql`AND (g.latest_at, g.id) < ${cursorPlaceSql(cursor)}` : Prisma.empty;
}

/** SQL: group `g` is a moderators' line (a removal, or the outcome of the reader's report), which names no one. */
const isModeratorsLine = Prisma.sql`g.kind IN ('removal', 'report_outcome')`;

/**
 * One page of `userId`'s notifications on `filter`'s tab, newest first, after `cursor`: the page's
 * groups through notification_groups_recipient_latest_idx (keyset, never OFFSET), each with
 * its first shown actors in one lateral query. A group none of whose actors is shown is left out.
 * A moderators' line reads what was decided from its moderation log entry, by primary key.
 * Its plan is kept (keptPlanSql): for a reader of 100,000 notifications planning took 5–16 ms,
 * about as long as running it (BENCHMARKS.md, "session 16"). The reader is opaque to the planner:
 * bound plainly, every plan made for a reader's values looked cheaper than the generic one, and
 * no connection kept it (BENCHMARKS.md, "session 22").
 */
export function notificationsStatement(userId: string, filter: NotificationFilter, cursor: Cursor | null): Prisma.Sql {
  const reader = opaqueTextSql(userId);
  return keptPlanSql(Prisma.sql`
    SELECT g.id, g.kind::TEXT AS kind, g.latest_at AS "latestAt", ${shownActorCount(reader)} AS "actorCount",
           actors.list AS actors, g.post_id AS "postId", left(posts.text, 280) AS "postText",
           posts.content_warning AS "postContentWarning", g.comment_id AS "commentId", comments.text AS "commentText",
           CASE WHEN g.kind = 'removal' THEN json_build_object(
             'content', CASE decision.action WHEN 'POST_REMOVED' THEN 'post' ELSE 'comment' END,
             'excerpt', decision.excerpt, 'reasons', to_json(decision.reasons)) END AS removal,
           CASE WHEN g.kind = 'report_outcome' THEN json_build_object(
             'decision', decision.action, 'username', decision.username) END AS outcome
    FROM notification_groups AS g
    CROSS JOIN LATERAL (
      SELECT json_agg(json_build_object('username', actor.username, 'displayName', actor.display_name, 'avatarKey', actor.avatar_key) ORDER BY shown.at DESC, shown.actor_id DESC) AS list
      FROM (${shownActions(NAMED_ACTORS)}) AS shown JOIN users AS actor ON actor.id = shown.actor_id
    ) AS actors
    LEFT JOIN posts ON posts.id = g.post_id
    LEFT JOIN comments ON comments.id = g.comment_id
    LEFT JOIN moderation_log AS decision ON decision.id = g.moderation_id
    WHERE g.recipient_id = ${reader} ${tabSql(filter)} ${olderThanCursor(cursor)} AND (actors.list IS NOT NULL OR ${isModeratorsLine})
      AND ${threadShownToRecipient}
    ORDER BY g.latest_at DESC, g.id DESC
    LIMIT ${rowCountSql(PAGE_SIZE + 1)}`);
}

const actor = z.object({ username: z.string(), displayName: z.string(), avatarKey: z.string().nullable() });
/** What a moderator removed: the start of its text and the reasons of the reports it answered, from the log. */
const removedContent = z.object({ content: z.enum(["post", "comment"]), excerpt: z.string(), reasons: z.array(z.enum(ReportReason)) });
/** What the moderators decided on the reader's report, and whose content or account it was about, from the log. */
const reportOutcome = z.object({
  decision: z.enum(["POST_REMOVED", "COMMENT_REMOVED", "ACCOUNT_SUSPENDED", "REPORTS_DISMISSED"]),
  username: z.string(),
});
const lineRow = {
  id: z.string(),
  latestAt: z.date(),
  actorCount: z.number().int(),
  postId: z.string().nullable(),
  postText: z.string().nullable(),
  postContentWarning: z.string().nullable(),
  commentId: z.string().nullable(),
  commentText: z.string().nullable(),
};
const noActors = z.null().transform((): NotificationActor[] => []);
const notificationRow = z.discriminatedUnion("kind", [
  z.object({ ...lineRow, kind: z.enum(ACTION_KINDS), actors: z.array(actor).min(1), removal: z.null(), outcome: z.null() }),
  // Moderators' lines name no one: their actors' list is empty (null from the statement).
  z.object({ ...lineRow, kind: z.literal("removal"), actors: noActors, removal: removedContent, outcome: z.null() }),
  z.object({ ...lineRow, kind: z.literal("report_outcome"), actors: noActors, removal: z.null(), outcome: reportOutcome }),
]);

export type NotificationActor = z.infer<typeof actor>;
export type Notification = z.infer<typeof notificationRow> & { unread: boolean };
export type NotificationPage = { items: Notification[]; nextCursor: string | null };

/**
 * One page of `userId`'s notifications; those changed after `readAt` (the reader's previous
 * visit) are unread. Only ever the reader's own: the id comes from the session.
 */
export async function listNotifications(
  userId: string,
  filter: NotificationFilter,
  options: { cursorToken?: string | null; readAt: Date | null },
): Promise<NotificationPage> {
  const rows = parseRows(notificationRow, await queryKeptPlan(notificationsStatement(userId, filter, decodeCursor(options.cursorToken))));
  const page = toPage(rows.map((row) => ({ ...row, createdAt: row.latestAt })));
  return {
    items: page.items.map(({ createdAt, ...row }) => ({ ...row, unread: options.readAt !== null && createdAt > options.readAt })),
    nextCursor: page.nextCursor,
  };
}

/** SQL: the unread groups of the user `recipient` names, up to one past what the bell shows. */
function unreadGroupsOf(recipient: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
      SELECT 1 FROM notification_groups AS g
      WHERE g.recipient_id = ${recipient}
        AND g.latest_at > (SELECT users.notifications_read_at FROM users WHERE users.id = ${recipient})
        AND (${isModeratorsLine} OR EXISTS (${shownActions(1, { ordered: false })}))
        AND ${threadShownToRecipient}
      LIMIT ${rowCountSql(UNREAD_SHOWN_MAX + 1)}`;
}

/**
 * How many of `userId`'s notifications are unread, counted up to one past what the bell shows
 * ("99+"): the newest groups through the page's index, each kept if an actor is shown (or it is a moderators' line).
 */
export function unreadCountStatement(userId: string): Prisma.Sql {
  return unreadCountOf(Prisma.sql`${userId}`);
}

/** SQL: unreadCountStatement for the user `recipient` names, also a column of an enclosing statement (getCurrentUser's). */
export function unreadCountOf(recipient: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::INTEGER AS unread FROM (${unreadGroupsOf(recipient)}) AS unread_groups`;
}

const unreadRow = z.object({ unread: z.number().int() });

export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = parseRows(unreadRow, await db.$queryRaw(unreadCountStatement(userId)));
  return row?.unread ?? 0;
}

/** The unread counts of many people in one statement (live updates: one notification for many readers at once). */
export async function countUnreadNotificationsOf(userIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw`
    SELECT reader.id AS "userId",
           (SELECT count(*)::INTEGER FROM (${unreadGroupsOf(Prisma.sql`reader.id`)}) AS unread_groups) AS unread
    FROM unnest(${[...userIds]}::TEXT[]) AS reader(id)`;
  return new Map(parseRows(z.object({ userId: z.string(), unread: z.number().int() }), rows).map((row) => [row.userId, row.unread]));
}

/** Where `userId`'s read mark stands: lines changed after it are unread. */
export async function notificationsReadAt(userId: string): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notificationsReadAt: true } });
  return user?.notificationsReadAt ?? null;
}
