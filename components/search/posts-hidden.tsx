import { HiddenByMutedWords } from "@/components/safety/hidden-by-muted-words";
import type { PostsHiddenBy } from "@/lib/search/queries";

/** Said instead of "No posts match" when the reader's own muted words, blocks or mutes hid every post that matched. */
export function PostsHidden({ query, by }: { query: string; by: PostsHiddenBy }) {
  if (by === "muted words") {
    return (
      <HiddenByMutedWords>
        Posts matching “<bdi>{query}</bdi>” are hidden by your muted words.
      </HiddenByMutedWords>
    );
  }
  return (
    <p className="font-medium text-zinc-900 dark:text-zinc-100">
      The posts matching “<bdi>{query}</bdi>” are from accounts you muted or blocked, so they are hidden.
    </p>
  );
}
