import type { Metadata } from "next";
import { cache } from "react";
import { EditPostForm } from "@/components/posts/edit-post-form";
import { BackLink } from "@/components/ui/back-link";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { getEditablePost } from "@/lib/posts/queries";
import { postEditHref, postHref } from "@/lib/routes";

/** The viewer's own post to edit, or null: asked once for the page and its title. */
const editablePost = cache(async (id: string) => {
  const viewer = await getCurrentUser();
  return viewer && getEditablePost(id, viewer.id);
});

export async function generateMetadata({ params }: PageProps<"/p/[id]/edit">): Promise<Metadata> {
  return { title: (await editablePost((await params).id)) ? "Edit post" : "Post not found" };
}

/** The author's edit form; anyone else finds no such page. */
export default async function EditPostPage({ params }: PageProps<"/p/[id]/edit">) {
  const { id } = await params;
  await requireUser(postEditHref(id));
  const post = await editablePost(id);
  if (!post) return missingPage(<PostNotFound />);
  return (
    <>
      <BackLink href={postHref(post.id)}>Back to the post</BackLink>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Edit post</h1>
      <EditPostForm post={post} />
    </>
  );
}
