import { opaqueTextSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { activeAccount } from "@/lib/moderation/visibility";

// What one person chose not to see, and what others chose not to show them:
// blocks (both ways), mutes and muted words. One definition per rule, as
// Prisma fragments for reads built with Prisma and SQL fragments for raw SQL,
// applied in the queries themselves (never to a page after it was read, so a
// page still holds a full page of what is shown). A signed-out viewer
// (`viewerId` null) has blocked and muted no one, and no one blocked them.
// The suspended rule stays in lib/moderation/visibility.ts; these add to it.
//
// - Block: between the two accounts, each sees the other as missing. It also deletes their
//   follows and their likes and reposts of each other's posts (triggers), so no count counts them.
// - Mute: the muted account's posts, reposts, comments and notifications leave
//   the muter's pages (profiles and a post's own page still show them).
// - Muted words: posts matching any of the viewer's words in force leave their
//   home, explore, tag pages and search (see the migrations add_blocks_and_mutes and
//   muted_words_by_lookup: case-insensitive, whole words, literal), and a tag that is
//   one of the words leaves their trending tags.

const TRUE = Prisma.sql`TRUE`;

/**
 * The viewer in SQL fragments: an id, or an SQL expression for one (a notification's recipient column, or
 * the viewer of a statement whose plan is kept, `opaqueTextSql`), or null when signed out.
 */
export type Viewer = string | Prisma.Sql | null;

/** A signed-in viewer in SQL fragments. */
export type SignedInViewer = NonNullable<Viewer>;

/**
 * The viewer of a statement whose plan is kept (keptPlanSql): opaque to the planner
 * (opaqueTextSql), so that every viewer's plan costs what the generic plan costs.
 */
export function keptPlanViewer(viewerId: string | null): Viewer {
  return viewerId === null ? null : opaqueTextSql(viewerId);
}

/** Prisma: accounts that neither blocked the viewer nor were blocked by them. */
export function notBlockedWith(viewerId: string | null): Prisma.UserWhereInput {
  if (!viewerId) return {};
  return { blockedBy: { none: { blockerId: viewerId } }, blocking: { none: { blockedId: viewerId } } };
}

/**
 * Prisma: accounts whose profile the viewer can open, so that an "@name" of theirs is a link: not
 * suspended, and not blocking the viewer (whose profile does not exist for them). An account the
 * viewer blocked still has its profile, with Unblock.
 */
export function profileOpenTo(viewerId: string | null): Prisma.UserWhereInput {
  return viewerId ? { ...activeAccount, blocking: { none: { blockedId: viewerId } } } : activeAccount;
}

/** SQL: the account in `column` has not blocked the viewer (a probe of blocks_pkey), as profileOpenTo. */
export function notBlockingViewerSql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${Prisma.raw(column)} AND b.blocked_id = ${viewerId}) IS NULL`;
}

/** Prisma: accounts the viewer is shown at all: not suspended (lib/moderation), and no block between them either way. */
export function accountShownTo(viewerId: string | null): Prisma.UserWhereInput {
  return { ...activeAccount, ...notBlockedWith(viewerId) };
}

/** Prisma: accounts whose content reaches the viewer's lists: not blocked either way, not muted. */
export function inListsOf(viewerId: string | null): Prisma.UserWhereInput {
  if (!viewerId) return {};
  return { ...notBlockedWith(viewerId), mutedBy: { none: { muterId: viewerId } } };
}

/**
 * SQL: the account in `column` and the viewer do not block each other. Two
 * probes of the blocks indexes (blocks_pkey, blocks_blocked_idx) per row, as
 * scalar subqueries so they stay probes for the few rows that reach them.
 */
export function notBlockedWithSql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  const account = Prisma.raw(column);
  return Prisma.sql`((SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${viewerId} AND b.blocked_id = ${account}) IS NULL
     AND (SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${account} AND b.blocked_id = ${viewerId}) IS NULL)`;
}

/** SQL: the viewer has not muted the account in `column` (a probe of mutes_pkey). */
export function notMutedBySql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(SELECT 1 FROM mutes AS m WHERE m.muter_id = ${viewerId} AND m.muted_id = ${Prisma.raw(column)}) IS NULL`;
}

/**
 * SQL: the viewer blocked or muted the account in `column`: what an empty page may tell them hid
 * it. Being blocked is left out: it shows as nothing there, as the blocker's profile does.
 */
export function hiddenByOwnListsSql(viewerId: SignedInViewer, column: string): Prisma.Sql {
  const account = Prisma.raw(column);
  return Prisma.sql`(EXISTS (SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${viewerId} AND b.blocked_id = ${account})
     OR EXISTS (SELECT 1 FROM mutes AS m WHERE m.muter_id = ${viewerId} AND m.muted_id = ${account}))`;
}

/**
 * SQL: `inListsOfSql` for a walk down a long index that a LIMIT ends (explore, a tag's posts).
 * As NOT EXISTS the planner makes anti-joins against the viewer's own rows and estimates them
 * from the tables' statistics. The probes above are each guessed to let 0.5 % of rows through:
 * together they made a feed look one row long, and the planner then sorted a tag's every post
 * (160 ms for 4,700 posts at a million posts) instead of walking its index. Inside a subquery run
 * once per row (notifications, comments) the probes stay: there an anti-join would hash the
 * viewer's whole lists again for every row (4,572 buffers for an unread count, against 1,162).
 */
export function inListsOfSqlInWalk(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  const account = Prisma.raw(column);
  return Prisma.sql`(NOT EXISTS (SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${viewerId} AND b.blocked_id = ${account})
     AND NOT EXISTS (SELECT 1 FROM blocks AS b WHERE b.blocker_id = ${account} AND b.blocked_id = ${viewerId})
     AND NOT EXISTS (SELECT 1 FROM mutes AS m WHERE m.muter_id = ${viewerId} AND m.muted_id = ${account}))`;
}

/** SQL: the account in `column` reaches the viewer's feeds, comments and notifications (`inListsOf`). */
export function inListsOfSql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(${notBlockedWithSql(viewerId, column)} AND ${notMutedBySql(viewerId, column)})`;
}

/**
 * SQL: the viewer has no muted word in force: one probe of
 * muted_words_user_phrase_key, written into the statement (so planned with it)
 * and computed once per run, as are the three values of `holdsNoMutedWordSql`.
 * Tested with IS NULL, which the planner expects almost every row to pass.
 */
function noMutedWordInForceSql(viewerId: SignedInViewer): Prisma.Sql {
  return Prisma.sql`(SELECT 1 FROM muted_words AS in_force
                     WHERE in_force.user_id = ${viewerId} AND (in_force.expires_at IS NULL OR in_force.expires_at > now()) LIMIT 1) IS NULL`;
}

/**
 * SQL: the text of the `posts` row named `alias` holds none of the viewer's
 * muted words in force (see the migration muted_words_by_lookup).
 */
export function noMutedWordSql(viewerId: Viewer, alias: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(${noMutedWordInForceSql(viewerId)} OR ${holdsNoMutedWordSql(viewerId, alias)})`;
}

/** The same for the post whose id is in `column`: its row is read only when the viewer has muted words in force. */
export function postByIdHasNoMutedWordSql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(${noMutedWordInForceSql(viewerId)}
    OR (SELECT ${holdsNoMutedWordSql(viewerId, "muted_post")} FROM posts AS muted_post WHERE muted_post.id = ${Prisma.raw(column)}))`;
}

/**
 * SQL: whether `hidden` (a SELECT, LIMIT 1, of what the viewer would see but for a muted word:
 * `holdsMutedWordSql`) finds a row. Asked to say why a page is empty; for a viewer without muted
 * words in force it stops at their probe and reads nothing else.
 */
export function mutedWordsHideAnySql(viewerId: SignedInViewer, hidden: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT CASE WHEN ${noMutedWordInForceSql(viewerId)} THEN FALSE ELSE EXISTS (${hidden}) END AS hidden`;
}

/** SQL: the text of the `posts` row named `alias` holds one of the viewer's muted words in force (see `noMutedWordSql`). */
export function holdsMutedWordSql(viewerId: SignedInViewer, alias: string): Prisma.Sql {
  return Prisma.sql`NOT ${holdsNoMutedWordSql(viewerId, alias)}`;
}

/**
 * The same for the post whose id is in `column`, read by primary key row by row of a walk: joined
 * instead, the planner guessed the words' test rare and read all of posts first.
 */
export function postByIdHoldsMutedWordSql(viewerId: SignedInViewer, column: string): Prisma.Sql {
  return Prisma.sql`(SELECT ${holdsMutedWordSql(viewerId, "muted_post")} FROM posts AS muted_post WHERE muted_post.id = ${Prisma.raw(column)}) IS TRUE`;
}

/**
 * A one-word muted word is looked up in the row's `words`; the regular
 * expression of the others runs only on texts that hold all of one's words.
 * Each value is an uncorrelated subquery (an InitPlan): computed once per run,
 * and only when a row needs it. IS [NOT] TRUE reads a null value (no muted word
 * of that kind) as no match, and the planner still expects almost every row
 * to pass (`NOT coalesce(…, FALSE)` was guessed to halve the rows).
 */
function holdsNoMutedWordSql(viewerId: SignedInViewer, alias: string): Prisma.Sql {
  const words = Prisma.raw(`${alias}.words`);
  return Prisma.sql`((${words} @@ ${mutedWordValueSql(viewerId, "exact", "muted_words_exact")}) IS NOT TRUE
    AND ((${words} @@ ${mutedWordValueSql(viewerId, "phrase_candidates", "muted_phrases_candidates")}) IS TRUE
         AND ${Prisma.raw(`${alias}.text`)} ~* ${mutedWordValueSql(viewerId, "phrase_pattern", "muted_phrases_pattern")}) IS NOT TRUE)`;
}

/**
 * SQL: one of the viewer's muted-word values, as stored in muted_word_sets when their words last
 * changed (one probe of its primary key), or computed by `compute` once a word has expired since
 * (`good_until`). Computing all three on every read cost a guarded home page 0.55–0.8 ms
 * (BENCHMARKS.md, session 19). Null, as the functions answer, for a viewer without muted words.
 */
function mutedWordValueSql(viewerId: SignedInViewer, column: string, compute: string): Prisma.Sql {
  return Prisma.sql`(SELECT CASE WHEN sets.good_until IS NULL OR sets.good_until > now() THEN sets.${Prisma.raw(column)}
                                 ELSE ${Prisma.raw(compute)}(${viewerId}) END
                     FROM muted_word_sets AS sets WHERE sets.user_id = ${viewerId})`;
}

/**
 * SQL: the tag in `column` is not one the viewer muted: a muted word in force that is the tag's
 * name, with or without its "#" (both are stored lower-case and NFC). The words are read once
 * per run and looked up in a hash, as trending tests every tag of the day: left out before
 * the LIMIT, the list stays full.
 */
export function tagNotMutedSql(viewerId: Viewer, column: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`${Prisma.raw(column)} NOT IN (
    SELECT CASE WHEN w.phrase LIKE '#%' THEN substr(w.phrase, 2) ELSE w.phrase END FROM muted_words AS w
    WHERE w.user_id = ${viewerId} AND (w.expires_at IS NULL OR w.expires_at > now()))`;
}

/** SQL: the row of `posts` named `alias` belongs in the viewer's feeds: its author is not blocked either way nor muted, and its text has no muted word. */
export function postRowInFeedsOfSql(viewerId: Viewer, alias: string): Prisma.Sql {
  if (!viewerId) return TRUE;
  return Prisma.sql`(${inListsOfSql(viewerId, `${alias}.author_id`)} AND ${noMutedWordSql(viewerId, alias)})`;
}
