import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PostVersions } from "@/components/posts/post-versions";
import { BackLink } from "@/components/ui/back-link";
import { NextPageLink } from "@/components/ui/next-page-link";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { getPostHistory } from "@/lib/posts/history";
import { postHistoryHref, postHref, profileHref, withCursor } from "@/lib/routes";

/** A post's versions from `cursor` on, or null when the viewer cannot see the post: asked once for the page and its title. */
const postHistory = cache(async (id: string, cursor: string | null) => getPostHistory(id, (await getCurrentUser())?.id ?? null, cursor));

export async function generateMetadata({ params, searchParams }: PageProps<"/p/[id]/history">): Promise<Metadata> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return { title: (await postHistory(id, cursorParam(query))) ? "Edit history" : "Post not found" };
}

/** A post's versions, newest first, for anyone who can see the post. */
export default async function PostHistoryPage({ params, searchParams }: PageProps<"/p/[id]/history">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const history = await postHistory(id, cursorParam(query));
  if (!history) return missingPage(<PostNotFound />);
  const { post } = history;
  return (
    <>
      <BackLink href={postHref(post.id)}>Back to the post</BackLink>
      <h1 className="text-2xl font-bold tracking-tight">Edit history</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {"A post by "}
        <Link href={profileHref(post.author.username)} className="font-medium text-sky-700 underline dark:text-sky-400">
          {post.author.displayName}
        </Link>
        {post.editedAt ? ", newest version first." : ". It has not been edited."}
      </p>
      <PostVersions versions={history.versions} postCreatedAt={post.createdAt} mentioned={history.mentioned} />
      {history.nextCursor && <NextPageLink href={withCursor(postHistoryHref(post.id), history.nextCursor)}>Earlier versions</NextPageLink>}
    </>
  );
}
