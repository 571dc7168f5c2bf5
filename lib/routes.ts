// The app's addresses, built in one place. Usernames are [a-z0-9_] and post ids
// and cursors are URL-safe, so nothing here needs encoding. Search addresses are
// built by `searchHref` (lib/search/schema.ts), beside the parser that reads them,
// and the login address by `loginUrl` (lib/auth/callback-url.ts), which vets the callback.

import type { AskedDecision, ReportTargetType } from "@/lib/reports/schema";

export type FollowList = "followers" | "following";

/** A profile as people write it: "/@ada" (next.config.ts rewrites it to /u/ada). */
export function profileHref(username: string): string {
  return `/@${username}`;
}

/** A profile's followers or following: "/@ada/followers". */
export function followListHref(username: string, list: FollowList): string {
  return `${profileHref(username)}/${list}`;
}

/** A post's own page: "/p/<id>". */
export function postHref(postId: string): string {
  return `/p/${postId}`;
}

/** The people who liked a post: "/p/<id>/likes". */
export function postLikesHref(postId: string): string {
  return `${postHref(postId)}/likes`;
}

/** The people who reposted a post: "/p/<id>/reposts". */
export function postRepostsHref(postId: string): string {
  return `${postHref(postId)}/reposts`;
}

/** The author's form to edit a post: "/p/<id>/edit". */
export function postEditHref(postId: string): string {
  return `${postHref(postId)}/edit`;
}

/** A post's earlier versions: "/p/<id>/history". */
export function postHistoryHref(postId: string): string {
  return `${postHref(postId)}/history`;
}

/** The posts that quote a post: "/p/<id>/quotes". */
export function postQuotesHref(postId: string): string {
  return `${postHref(postId)}/quotes`;
}

/** A post's card's element id, which the card's form without JavaScript comes back to (app/p/[id]/state/route.ts). */
export function cardAnchor(postId: string): string {
  return `post-${postId}`;
}

/** A person's row in a list of people (components/follows/user-list-item.tsx), where their follow form comes back to without JavaScript. */
export function personAnchor(userId: string): string {
  return `person-${userId}`;
}

/** The signed-in person's bookmarks. */
export const BOOKMARKS_PATH = "/bookmarks";

/** Where a card's like, repost and bookmark form posts without JavaScript: "/p/<id>/state" (app/p/[id]/state/route.ts). */
export function cardStateHref(postId: string): string {
  return `${postHref(postId)}/state`;
}

/** What was just done to a post from a page it leaves: posted from the composer's own page, or deleted (removed, by an admin) from its own. */
export type PostOutcome = "posted" | "deleted" | "removed";
export const POST_OUTCOMES: readonly PostOutcome[] = ["posted", "deleted", "removed"];

/** The home page (the home feed for a member). */
export const HOME_PATH = "/";

/** The query parameter by which the home page says what was just done to a post: news once. */
export const POST_OUTCOME_PARAM = "post";

/** The home page, saying what was just done to a post: "/?post=deleted". */
export function homeAfterPostHref(outcome: PostOutcome): string {
  return `/?${POST_OUTCOME_PARAM}=${outcome}`;
}

/** A post's page after its author saved an edit, which it says, focused: "/p/<id>?post=edited". */
export function postEditedHref(postId: string): string {
  return `${postHref(postId)}?${POST_OUTCOME_PARAM}=edited`;
}

/** The composer with a post to quote: "/compose?quote=<id>". */
export function quotePostHref(postId: string): string {
  return `/compose?quote=${postId}`;
}

// Confirmation pages: where a destructive button leads without JavaScript (with it, it asks in place).

/** Confirms deleting (or, for an admin, removing) a post: "/p/<id>/delete". */
export function deletePostHref(postId: string): string {
  return `${postHref(postId)}/delete`;
}

/** Confirms deleting (or removing) a comment: "/comments/<id>/delete". */
export function deleteCommentHref(commentId: string): string {
  return `/comments/${commentId}/delete`;
}

/** Confirms an admin's suspension of an account: "/@ada/suspend". */
export function suspendHref(username: string): string {
  return `${profileHref(username)}/suspend`;
}

/** Confirms blocking an account: "/@ada/block". */
export function blockHref(username: string): string {
  return `${profileHref(username)}/block`;
}

/** Confirms deleting your own account, with your password. */
export const DELETE_ACCOUNT_PATH = "/settings/delete-account";

/** The signed-in person's settings: profile, picture, email, password, and links to the rest. */
export const SETTINGS_PATH = "/settings";

/** What a settings form sent without JavaScript saved, which the settings page then says (lib/accounts/settings-saved.ts). */
export type SettingsSaved = "profile" | "picture" | "picture-removed" | "email" | "password";
export const SETTINGS_SAVED: readonly SettingsSaved[] = ["profile", "picture", "picture-removed", "email", "password"];

/** The settings page, saying what was just saved: "/settings?saved=profile". */
export function settingsSavedHref(saved: SettingsSaved): string {
  return `${SETTINGS_PATH}?saved=${saved}`;
}

/** The verification page once a new link was mailed from the banner without JavaScript, which it says. */
export const VERIFICATION_RESENT_HREF = "/verify-email?resent=1";

/**
 * The forgot-password page once a reset link was asked for without JavaScript, which it says. The
 * same for every address, known or not, and naming none: the answer tells no one who has an account.
 */
export const RESET_REQUESTED_HREF = "/forgot-password?sent=1";

/** The signed-in devices of the person, with "sign out" for each (issue 17). */
export const SESSIONS_PATH = "/settings/sessions";

/** Settings → two-factor login: set it up, see how many recovery codes are left, turn it off. */
export const TWO_FACTOR_PATH = "/settings/two-factor";

/** What a two-factor form sent without JavaScript did, which the two-factor page then says: the set-up started, it turned off, or a confirmation found it on (sent again by a reload). */
export type TwoFactorChange = "started" | "off" | "on";
export const TWO_FACTOR_CHANGES: readonly TwoFactorChange[] = ["started", "off", "on"];

/** The two-factor page after a change: "/settings/two-factor?done=off". */
export function twoFactorChangedHref(change: TwoFactorChange): string {
  return `${TWO_FACTOR_PATH}?done=${change}`;
}

/** The sessions page after `ended` sessions were signed out, which it says. */
export function sessionsEndedHref(ended: number): string {
  return `${SESSIONS_PATH}?ended=${ended}`;
}

/**
 * A post's comments, on its page: "/p/<id>#comments". With `cursor`, the page showing those after it
 * too, "/p/<id>?cursor=<token>", which lands on the first of them (its `autofocus`, which a
 * fragment's target would cancel).
 */
export function postCommentsHref(postId: string, cursor?: string): string {
  return cursor ? withCursor(postHref(postId), cursor) : `${postHref(postId)}#comments`;
}

/** What was done to a comment from a page it leaves: deleted, or removed by an admin (as for posts, PostOutcome). */
export type CommentOutcome = "deleted" | "removed";
export const COMMENT_OUTCOMES: readonly CommentOutcome[] = ["deleted", "removed"];

/**
 * A post's page once one of its comments was deleted (removed, by an admin) from a page it leaves:
 * "/p/<id>?comment=deleted", whose comments say so, focused. No #comments: a fragment's target would
 * cancel the `autofocus`.
 */
export function postCommentsAfterDeletionHref(postId: string, outcome: CommentOutcome): string {
  return `${postHref(postId)}?comment=${outcome}`;
}

/**
 * A comment's permalink, "/p/<id>/c/<comment>": its thread, rooted at it and
 * with it highlighted; `cursor` opens a later page of its replies, landing on
 * the first of them (as postCommentsHref).
 */
export function commentHref(postId: string, commentId: string, cursor?: string): string {
  const path = `${postHref(postId)}/c/${commentId}`;
  return cursor ? withCursor(path, cursor) : path;
}

/**
 * Where a comment sent without JavaScript leads: back to the page its form was on, the post's
 * ("/p/<id>?sent=<comment>") or, for a reply, its parent's ("/p/<id>/c/<parent>?sent=<reply>"),
 * which shows it marked and focused. A reload of it sends nothing again.
 */
export function commentSentHref(postId: string, parentId: string | null, commentId: string): string {
  return `${parentId ? commentHref(postId, parentId) : postHref(postId)}?sent=${commentId}`;
}

/** Reply to a comment without JavaScript: its permalink, its reply box focused, "/p/<id>/c/<comment>?reply=1". */
export function commentReplyHref(postId: string, commentId: string): string {
  return `${commentHref(postId, commentId)}?reply=1`;
}

/** The next page of a paged list at `path`: "/explore?cursor=<token>". */
export function withCursor(path: string, cursor: string): string {
  return `${path}?cursor=${cursor}`;
}

/** A hashtag's page: "/tags/<tag>", the tag normalised (lib/validation/links.ts) and encoded (it may be any script). */
export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

/** The signed-in person's notifications: "/notifications", "?filter=mentions" for the Mentions tab, `cursor` for an older page. */
export const NOTIFICATIONS_PATH = "/notifications";

export function notificationsHref(filter: "all" | "mentions", cursor?: string): string {
  const query = new URLSearchParams({ ...(filter === "mentions" ? { filter } : {}), ...(cursor ? { cursor } : {}) }).toString();
  return query ? `${NOTIFICATIONS_PATH}?${query}` : NOTIFICATIONS_PATH;
}

/** The form to report a post, a comment or an account: "/report?post=<id>" (or comment=, account=). */
export function reportHref(target: "post" | "comment" | "account", id: string): string {
  return `/report?${target}=${id}`;
}

/** A report sent without JavaScript: a new one, or one that updated the reporter's earlier report of the same thing. */
export type ReportOutcome = "sent" | "updated";
export const REPORT_OUTCOMES: readonly ReportOutcome[] = ["sent", "updated"];

const REPORT_QUERY_KEY = { POST: "post", COMMENT: "comment", ACCOUNT: "account" } as const;

/** The report page once its report was sent without JavaScript, which says so in place of the form: "/report?post=<id>&sent=updated". */
export function reportSentHref(targetType: ReportTargetType, id: string, outcome: ReportOutcome): string {
  return `${reportHref(REPORT_QUERY_KEY[targetType], id)}&sent=${outcome}`;
}

/** The moderation queue and the moderation log, for admins; `cursor` opens a later page. */
export function adminReportsHref(cursor?: string): string {
  return cursor ? withCursor("/admin/reports", cursor) : "/admin/reports";
}

/**
 * Confirms an admin's decision on a target's reports in the queue: "/admin/reports/post/<id>/remove"
 * (read by decisionPageSchema); `cursor`, the queue's page it was asked from, which it goes back to.
 */
export function reportDecisionHref(targetType: ReportTargetType, targetId: string, decision: AskedDecision, cursor?: string): string {
  const path = `${adminReportsHref()}/${targetType.toLowerCase()}/${targetId}/${decision}`;
  return cursor ? withCursor(path, cursor) : path;
}

export function adminLogHref(cursor?: string): string {
  return cursor ? withCursor("/admin/log", cursor) : "/admin/log";
}

/** Settings' blocked and muted accounts and muted words; `list` and `cursor` open a later page of one list. */
export const SAFETY_SETTINGS_PATH = "/settings/safety";

export function safetySettingsHref(list?: "blocked" | "muted", cursor?: string): string {
  return list && cursor ? `${SAFETY_SETTINGS_PATH}?${list}=${encodeURIComponent(cursor)}#${list}` : SAFETY_SETTINGS_PATH;
}

/** The muted words' section of the safety settings (the id SettingsSection gives its heading). */
export const MUTED_WORDS_HREF = `${SAFETY_SETTINGS_PATH}#section-muted-words`;

/** The safety settings once a muted word was added without JavaScript, which they say: "/settings/safety?muted-word=<id>". */
export function mutedWordAddedHref(wordId: string): string {
  return `${SAFETY_SETTINGS_PATH}?muted-word=${wordId}`;
}
