import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { Feed } from "@/components/posts/feed";
import { HiddenByMutedWords } from "@/components/safety/hidden-by-muted-words";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { tagHref } from "@/lib/routes";
import { listTaggedPosts, listsHideTag, mutedWordsHideTag } from "@/lib/tags/queries";
import { tagParam } from "@/lib/tags/schema";

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  const tag = tagParam.safeParse((await params).tag);
  return { title: tag.success ? `#${tag.data}` : "Not a hashtag" };
}

/** The posts tagged "#tag", newest first; "/tags/Garden" and "/tags/garden" are one page, at the normalised address. */
export default async function TagPage({ params, searchParams }: PageProps<"/tags/[tag]">) {
  const [raw, query] = await Promise.all([params, searchParams]);
  const tag = tagParam.safeParse(raw.tag);
  if (!tag.success) return missingPage(<PageNotFound />);
  const href = tagHref(tag.data);
  if (href !== `/tags/${raw.tag}` && decodeURIComponent(href) !== `/tags/${raw.tag}`) permanentRedirect(href);

  const viewer = await getCurrentUser();
  const cursorToken = cursorParam(query);
  const page = await listTaggedPosts(tag.data, viewer?.id ?? null, cursorToken);
  // Asked only of an empty first page: a full one, or one past the end, costs nothing more.
  const emptied = !cursorToken && page.items.length === 0;
  const [hiddenByMutedWords, hiddenByLists] = emptied
    ? await Promise.all([mutedWordsHideTag(tag.data, viewer?.id ?? null), listsHideTag(tag.data, viewer?.id ?? null)])
    : [false, false];
  return (
    <>
      <h1 className="feed-title break-words">#{tag.data}</h1>
      <p className="feed-lead">Posts tagged #{tag.data}, newest first.</p>
      <Feed
        source={{ kind: "tag", tag: tag.data }}
        firstPage={page}
        viewerId={viewer?.id ?? null}
        viewerIsAdmin={isAdmin(viewer)}
        basePath={href}
        empty={
          hiddenByMutedWords ? (
            <HiddenByMutedWords>Posts tagged #{tag.data} are hidden by your muted words.</HiddenByMutedWords>
          ) : hiddenByLists ? (
            `The posts tagged #${tag.data} are from accounts you muted or blocked, so they are hidden.`
          ) : (
            `No posts are tagged #${tag.data} yet.`
          )
        }
        end={`That’s every post tagged #${tag.data}.`}
      />
    </>
  );
}
