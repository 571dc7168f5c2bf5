import { HiddenByMutedWords } from "@/components/safety/hidden-by-muted-words";

/** Said instead of "No posts match" when the reader's muted words hid every post that matched. */
export function PostsHiddenByMutedWords({ query }: { query: string }) {
  return (
    <HiddenByMutedWords>
      Posts matching “<bdi>{query}</bdi>” are hidden by your muted words.
    </HiddenByMutedWords>
  );
}
