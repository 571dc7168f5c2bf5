import type { Metadata } from "next";
import { ComposeForm } from "@/components/posts/compose-form";
import { requireUser } from "@/lib/auth/current-user";
import { getQuotablePost } from "@/lib/posts/queries";
import { quotePostHref } from "@/lib/routes";
import { recordId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "New post" };

/**
 * The composer on a page of its own: where the phones' tab bar leads (Home also has it, above the feed),
 * and where "Quote" leads, with `?quote=<id>`: the post to quote is shown in the form. Posting leads to the home feed.
 */
export default async function ComposePage({ searchParams }: PageProps<"/compose">) {
  const { quote } = await searchParams;
  const quoteParam = typeof quote === "string" ? quote : null;
  const viewer = await requireUser(quoteParam && recordId().safeParse(quoteParam).success ? quotePostHref(quoteParam) : "/compose");
  const quoted = quoteParam ? await getQuotablePost(quoteParam, viewer.id) : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">{quoted ? "Quote post" : "New post"}</h1>
      {quoteParam && !quoted && (
        <p role="status" className="mb-4 rounded-lg border border-zinc-200 p-3 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          The post you wanted to quote is unavailable. You can still write a post of your own.
        </p>
      )}
      <ComposeForm quote={quoted ?? undefined} redirectTo="home" autoFocus />
    </>
  );
}
