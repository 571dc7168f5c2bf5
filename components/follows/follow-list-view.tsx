import { IntentLink } from "@/components/ui/intent-link";
import type { UserPage } from "@/lib/follows/queries";
import type { Profile } from "@/lib/profiles/queries";
import { type FollowList, followListHref, profileHref, withCursor } from "@/lib/routes";
import { UserList } from "./user-list";

type FollowListViewProps = { list: FollowList; profile: Profile; page: UserPage; cursor: string | null; viewerId: string | null };

export function followListTitle(list: FollowList, profile: Pick<Profile, "displayName">): string {
  return list === "followers" ? `People following ${profile.displayName}` : `People ${profile.displayName} follows`;
}

function EmptyList({ list, profile, isOwn }: { list: FollowList; profile: Profile; isOwn: boolean }) {
  if (list === "followers") {
    return isOwn ? (
      <p>No one follows you yet. Post something and say hello to people: followers will show up here.</p>
    ) : (
      <p>No one follows @{profile.username} yet.</p>
    );
  }
  if (!isOwn) return <p>@{profile.username} doesn’t follow anyone yet.</p>;
  return (
    <p>
      You don’t follow anyone yet.{" "}
      <IntentLink href="/explore" className="font-medium text-sky-700 underline dark:text-sky-400">
        Explore
      </IntentLink>{" "}
      to find people whose posts you’d like in your home feed.
    </p>
  );
}

function ListTab({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <IntentLink
      href={href}
      aria-current={current ? "page" : undefined}
      className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 aria-[current=page]:border-sky-700 aria-[current=page]:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:text-zinc-100"
    >
      {children}
    </IntentLink>
  );
}

/** A profile's followers or following: heading, a switch between the two lists, one page of people. */
export function FollowListView({ list, profile, page, cursor, viewerId }: FollowListViewProps) {
  const { followers, following } = profile._count;
  return (
    <>
      <IntentLink href={profileHref(profile.username)} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← <bdi>{profile.displayName}</bdi> (@{profile.username})
      </IntentLink>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{followListTitle(list, profile)}</h1>
      <nav aria-label="Follow lists" className="mt-4 flex gap-2 border-b border-zinc-200 dark:border-zinc-800">
        <ListTab href={followListHref(profile.username, "followers")} current={list === "followers"}>
          Followers ({followers.toLocaleString("en")})
        </ListTab>
        <ListTab href={followListHref(profile.username, "following")} current={list === "following"}>
          Following ({following.toLocaleString("en")})
        </ListTab>
      </nav>
      <UserList
        users={page.items}
        viewerId={viewerId}
        label={list === "followers" ? "Followers" : "Following"}
        empty={<EmptyList list={list} profile={profile} isOwn={viewerId === profile.id} />}
        moreHref={page.nextCursor && withCursor(followListHref(profile.username, list), page.nextCursor)}
        keptRowsPage={list === "following" && viewerId === profile.id ? (cursor ?? "first") : undefined}
      />
    </>
  );
}
