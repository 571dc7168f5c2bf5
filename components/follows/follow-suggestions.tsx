import { listFollowSuggestions } from "@/lib/follows/queries";
import { RowRemovalFocus } from "@/components/ui/row-removal-focus";
import { UserListItem } from "./user-list-item";

type FollowSuggestionsProps = { userId: string; limit?: number };

/**
 * "Who to follow": people who have posted lately and whom `userId` does not
 * follow yet. Renders nothing when there is no one to suggest. Following
 * someone revalidates the page, so they leave the list, and the keyboard goes
 * on to whoever takes their place.
 */
export async function FollowSuggestions({ userId, limit = 5 }: FollowSuggestionsProps) {
  const suggestions = await listFollowSuggestions(userId, limit);
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="follow-suggestions-heading" className="text-left text-zinc-900 dark:text-zinc-100">
      <h2 id="follow-suggestions-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        Who to follow
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">People who have posted lately.</p>
      <RowRemovalFocus>
        <ul aria-labelledby="follow-suggestions-heading" className="mt-2">
          {suggestions.map((user) => (
            <UserListItem key={user.id} user={{ ...user, followedByViewer: false }} viewerId={userId} />
          ))}
        </ul>
      </RowRemovalFocus>
    </section>
  );
}
