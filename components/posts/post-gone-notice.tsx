import { FocusedStatus } from "@/components/ui/focused-status";
import type { PostGone } from "@/lib/routes";

const SAID: Record<PostGone, string> = { deleted: "Post deleted.", removed: "Post removed." };

/** What the home page says, focused, after a post was deleted (or removed by an admin) from its own page, which is gone (lib/posts/actions.ts). */
export function PostGoneNotice({ how }: { how: PostGone }) {
  return <FocusedStatus className="mb-4">{SAID[how]}</FocusedStatus>;
}
