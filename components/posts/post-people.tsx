import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/follows/user-list";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { listLikers, listReposters } from "@/lib/posts/likers-and-reposters";
import { type PostCard, getPost } from "@/lib/posts/queries";
import { postHref, postLikesHref, postRepostsHref, withCursor } from "@/lib/routes";

/** The two lists of people behind a post's counts, each in its own words. */
const LISTS = {
  likes: {
    count: (post: PostCard) => post.likeCount,
    list: listLikers,
    href: postLikesHref,
    heading: "Liked by",
    units: ["like", "likes"],
    did: "liked",
  },
  reposts: {
    count: (post: PostCard) => post.repostCount,
    list: listReposters,
    href: postRepostsHref,
    heading: "Reposted by",
    units: ["repost", "reposts"],
    did: "reposted",
  },
} as const;

export type PostPeopleKind = keyof typeof LISTS;

export async function postPeopleMetadata(kind: PostPeopleKind, postId: string): Promise<Metadata> {
  const post = await getPost(postId, (await getCurrentUser())?.id ?? null);
  return { title: post ? `People who ${LISTS[kind].did} ${post.author.displayName}’s post` : "Post not found" };
}

/** Who liked or reposted a post (/p/<id>/likes, /p/<id>/reposts): the list behind its count, by the same rule as the count. */
export async function PostPeople({ kind, postId, query }: { kind: PostPeopleKind; postId: string; query: Record<string, string | string[] | undefined> }) {
  const { count: countOf, list, href, heading, units, did } = LISTS[kind];
  const viewer = await getCurrentUser();
  const viewerId = viewer?.id ?? null;
  const post = await getPost(postId, viewerId);
  if (!post) return missingPage(<PostNotFound />);
  const page = await list(post.id, cursorParam(query), viewerId);
  const count = countOf(post);

  return (
    <>
      <Link href={postHref(post.id)} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← Post by {post.author.displayName}
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{heading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{`${count.toLocaleString("en")} ${count === 1 ? units[0] : units[1]}`}</p>
      <UserList
        users={page.items}
        viewerId={viewerId}
        label={`People who ${did} this post`}
        // The count is everyone's; the list leaves out the accounts a block stands between.
        empty={<p>{count > 0 && viewerId ? `The people who ${did} it are hidden from you by a block.` : `No one has ${did} this post yet.`}</p>}
        moreHref={page.nextCursor && withCursor(href(post.id), page.nextCursor)}
      />
    </>
  );
}
