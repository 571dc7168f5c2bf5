import { ContentWarning } from "@/components/posts/content-warning";
import { IntentLink } from "@/components/ui/intent-link";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { Notification, NotificationActor } from "@/lib/notifications/queries";
import type { ActionKindName } from "@/lib/notifications/schema";
import { REPORT_REASONS } from "@/lib/reports/schema";
import { commentHref, followListHref, postHref, postLikesHref, profileHref } from "@/lib/routes";

const linkStyle = "font-semibold hover:underline";

/** "Ada", "Ada and Bruno", "Ada and 3 others": the newest names, then a link to everyone. */
function Actors({ actors, count, everyoneHref }: { actors: NotificationActor[]; count: number; everyoneHref: string | null }) {
  const [first, second] = actors.map((actor) => (
    <IntentLink key={actor.username} href={profileHref(actor.username)} className={linkStyle}>
      <bdi>{actor.displayName}</bdi>
    </IntentLink>
  ));
  if (count <= 1 || !second) return first;
  if (count === 2) return <>{first} and {second}</>;
  const rest = `${count - 1} others`;
  return (
    <>
      {first} and{" "}
      {everyoneHref ? (
        <IntentLink href={everyoneHref} className={linkStyle}>
          {rest}
        </IntentLink>
      ) : (
        rest
      )}
    </>
  );
}

type RemovalNotification = Extract<Notification, { kind: "removal" }>;
type ReportOutcomeNotification = Extract<Notification, { kind: "report_outcome" }>;
type ActionNotification = Exclude<Notification, RemovalNotification | ReportOutcomeNotification>;

/** What the moderators did about the reader's report, by the decision the log keeps. */
const OUTCOMES = {
  POST_REMOVED: (username: string) => `removed the post by @${username} you reported`,
  COMMENT_REMOVED: (username: string) => `removed the comment by @${username} you reported`,
  ACCOUNT_SUSPENDED: (username: string) => `suspended @${username}, whom you reported`,
  REPORTS_DISMISSED: (username: string) => `reviewed your report about @${username} and took no action`,
} as const satisfies Record<ReportOutcomeNotification["outcome"]["decision"], (username: string) => string>;

/** What happened, after the names. */
const VERBS = {
  follow: "followed you",
  like: "liked your post",
  comment: "commented on your post",
  reply: "replied to your comment",
  mention: "mentioned you in a post",
  repost: "reposted your post",
  quote: "quoted your post",
} as const satisfies Record<ActionKindName, string>;

function verb(kind: ActionKindName, commentId: string | null): string {
  return kind === "mention" && commentId ? "mentioned you in a comment" : VERBS[kind];
}

/** One line of the notifications page; unread ones say so to everyone (a dot, and words for screen readers). */
export function NotificationLine({ notification, username }: { notification: Notification; username: string }) {
  if (notification.kind === "removal") return <RemovalLine notification={notification} />;
  if (notification.kind === "report_outcome") return <ReportOutcomeLine notification={notification} />;
  return <ActionLine notification={notification} username={username} />;
}

const detailStyle = "mt-1 text-sm text-zinc-600 dark:text-zinc-400";

/**
 * A line of the moderators, who act for the site and are never named: their mark in place of an
 * avatar, what they did (`said`, after "Moderators"), when, and what follows it.
 */
function ModeratorsLine({ notification, said, children }: { notification: Notification; said: string; children: React.ReactNode }) {
  const { latestAt, unread } = notification;
  return (
    <li className="notification" data-unread={unread || undefined}>
      <span aria-hidden="true" className="notification-moderators">
        <svg viewBox="0 0 16 16" className="h-5 w-5" fill="currentColor">
          <path d="M8 1 2.5 3v4.5c0 3.3 2.3 6.3 5.5 7.5 3.2-1.2 5.5-4.2 5.5-7.5V3L8 1Z" />
        </svg>
      </span>
      <div className="min-w-0 flex-1">
        <p>
          {unread && <span className="sr-only">Unread: </span>}
          Moderators {said}
          {" · "}
          <RelativeTime date={latestAt} className="text-zinc-600 dark:text-zinc-400" />
        </p>
        {children}
      </div>
    </li>
  );
}

/**
 * The moderators decided on the reader's report. The reported account is named, as the reader
 * named it, but not linked: it may be suspended, and its content may be gone.
 */
function ReportOutcomeLine({ notification }: { notification: ReportOutcomeNotification }) {
  const { outcome } = notification;
  return (
    <ModeratorsLine notification={notification} said={OUTCOMES[outcome.decision](outcome.username)}>
      <p className={detailStyle}>Thank you for your report.</p>
    </ModeratorsLine>
  );
}

/**
 * A moderator removed the reader's post or comment: said with the words it had, kept by the
 * moderation log since the content is gone, and what it was reported as. No link: there is
 * nothing left to lead to.
 */
function RemovalLine({ notification }: { notification: RemovalNotification }) {
  const { removal } = notification;
  return (
    <ModeratorsLine notification={notification} said={`removed your ${removal.content}`}>
      {removal.excerpt && <p className="notification-removed">{removal.excerpt}</p>}
      {removal.reasons.length > 0 && <p className={detailStyle}>Reported as: {removal.reasons.map((reason) => REPORT_REASONS[reason]).join(", ")}</p>}
    </ModeratorsLine>
  );
}

function ActionLine({ notification, username }: { notification: ActionNotification; username: string }) {
  const { kind, actors, actorCount, postId, postText, postContentWarning, commentId, commentText, latestAt, unread } = notification;
  // A like line names two people at most: "others" leads to all the post's likers, a follow line's to one's followers.
  const everyoneHref = kind === "like" && postId ? postLikesHref(postId) : kind === "follow" ? followListHref(username, "followers") : null;
  // The words of a comment, reply, quote or mention, else the post's; they lead to the comment's thread or the post.
  const quoted = commentId ? commentText : postText;
  const quoteHref = postId ? (commentId ? commentHref(postId, commentId) : postHref(postId)) : null;
  // A post's words stay folded behind its content warning, as on its card; comments have none.
  const warning = commentId ? "" : (postContentWarning ?? "");
  return (
    <li className="notification" data-unread={unread || undefined}>
      <Avatar user={actors[0]!} size={40} />
      <div className="min-w-0 flex-1">
        <p>
          {unread && <span className="sr-only">Unread: </span>}
          <Actors actors={actors} count={actorCount} everyoneHref={everyoneHref} /> {verb(kind, commentId)}
          {" · "}
          <RelativeTime date={latestAt} className="text-zinc-600 dark:text-zinc-400" />
        </p>
        {quoteHref ? (
          <ContentWarning warning={warning}>
            <IntentLink href={quoteHref} className="notification-quote">
              {quoted || "View the post"}
            </IntentLink>
          </ContentWarning>
        ) : null}
      </div>
    </li>
  );
}
