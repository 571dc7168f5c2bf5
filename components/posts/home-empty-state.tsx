import Link from "next/link";
import { FollowSuggestions } from "@/components/follows/follow-suggestions";

/** What a new member sees instead of an empty feed: what to do next. */
export function HomeEmptyState({ userId }: { userId: string }) {
  return (
    <div className="space-y-2">
      <p className="font-medium text-zinc-900 dark:text-zinc-100">Your home feed is empty.</p>
      <p>
        Posts from people you follow appear here. Write your first post above, or{" "}
        <Link href="/explore" className="font-medium text-sky-700 underline dark:text-sky-400">
          explore
        </Link>{" "}
        to find people to follow.
      </p>
      <FollowSuggestions userId={userId} />
    </div>
  );
}
