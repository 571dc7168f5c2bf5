import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPostForm } from "@/components/posts/edit-post-form";
import { BackLink } from "@/components/ui/back-link";
import { requireUser } from "@/lib/auth/current-user";
import { getEditablePost } from "@/lib/posts/queries";
import { postEditHref, postHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Edit post" };

/** The author's edit form; anyone else finds no such page. */
export default async function EditPostPage({ params }: PageProps<"/p/[id]/edit">) {
  const { id } = await params;
  const viewer = await requireUser(postEditHref(id));
  const post = await getEditablePost(id, viewer.id);
  if (!post) notFound();
  return (
    <>
      <BackLink href={postHref(post.id)}>Back to the post</BackLink>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Edit post</h1>
      <EditPostForm post={post} />
    </>
  );
}
