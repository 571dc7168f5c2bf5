import { ContentWarning } from "@/components/posts/content-warning";
import { IntentLink } from "@/components/ui/intent-link";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { Notification, NotificationActor } from "@/lib/notifications/queries";
import type { NotificationKindName } from "@/lib/notifications/schema";
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

/** What happened, after the names. */
const VERBS = {
  follow: "followed you",
  like: "liked your post",
  comment: "commented on your post",
  reply: "replied to your comment",
  mention: "mentioned you in a post",
  repost: "reposted your post",
  quote: "quoted your post",
} as const satisfies Record<NotificationKindName, string>;

function verb({ kind, commentId }: Notification): string {
  return kind === "mention" && commentId ? "mentioned you in a comment" : VERBS[kind];
}

/** One line of the notifications page; unread ones say so to everyone (a dot, and words for screen readers). */
export function NotificationLine({ notification, username }: { notification: Notification; username: string }) {
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
          <Actors actors={actors} count={actorCount} everyoneHref={everyoneHref} /> {verb(notification)}
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
