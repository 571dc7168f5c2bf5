import { FocusedStatus } from "@/components/ui/focused-status";
import type { PostOutcome } from "@/lib/routes";

// As the home page's composer says it in place.
const SAID: Record<PostOutcome, string> = { posted: "Posted.", deleted: "Post deleted.", removed: "Post removed." };

/**
 * What the home page says, focused, after a post was sent from the composer's own page, or deleted
 * (removed by an admin) from its own page, which is gone (lib/posts/actions.ts).
 */
export function PostOutcomeNotice({ outcome }: { outcome: PostOutcome }) {
  return <FocusedStatus className="mb-4">{SAID[outcome]}</FocusedStatus>;
}
