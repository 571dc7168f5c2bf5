import { IntentLink } from "@/components/ui/intent-link";
import { type RepostLine, repostLineText } from "@/lib/reposts/repost-line";
import { profileHref } from "@/lib/routes";

/**
 * "Ada reposted" above a post that a repost brought into a feed; the line
 * links to the newest reposter's profile (app/styles/reposts.css).
 */
export function RepostedLine({ line, viewerId }: { line: RepostLine; viewerId: string | null }) {
  const newest = line.names[0];
  const text = repostLineText(line, viewerId);
  return (
    // .reposted draws the arrows before the line (app/styles/reposts.css).
    <p className="reposted">
      {newest ? <IntentLink href={profileHref(newest.username)}>{text}</IntentLink> : text}
    </p>
  );
}
