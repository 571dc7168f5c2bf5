import { IntentLink } from "@/components/ui/intent-link";
import { type RepostLine, repostLineText } from "@/lib/reposts/repost-line";
import { profileHref } from "@/lib/routes";

/**
 * "Ada reposted" above a post that a repost brought into a feed; the line
 * links to the newest reposter's profile (app/styles/reposts.css).
 * "You reposted" alone is marked `data-yours`: it goes the moment the reader
 * undoes the repost on the card (by CSS, from the button's aria-pressed), and
 * comes back if that fails, as the button does.
 */
export function RepostedLine({ line, viewerId }: { line: RepostLine; viewerId: string | null }) {
  const newest = line.names[0];
  const text = repostLineText(line, viewerId);
  const yoursAlone = line.total === 1 && newest?.id === viewerId;
  return (
    // .reposted draws the arrows before the line (app/styles/reposts.css).
    <p className="reposted" data-yours={yoursAlone || undefined}>
      {newest ? <IntentLink href={profileHref(newest.username)}>{text}</IntentLink> : text}
    </p>
  );
}
