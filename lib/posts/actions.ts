"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, failure, fieldFailure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/logging/request-logger";
import { removablePostsBy } from "@/lib/moderation/permissions";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import { saveUploadedImage } from "@/lib/uploads/save";
import type { ImageUploadResult } from "@/lib/uploads/validate";
import { writeLike } from "./likes";
import { visibleLikeCount } from "./queries";
import { MAX_IMAGES_PER_POST, POST_GONE, altTextSchema, likeSchema, postIdSchema, postSchema, postTextEcho } from "./schema";

type StoredImage = Extract<ImageUploadResult, { ok: true }>;

function chosenImages(formData: FormData): File[] {
  return formData.getAll("images").filter((value): value is File => value instanceof File && value.size > 0);
}

export const createPost = authedAction({ fields: ["text"], schema: postSchema, echo: postTextEcho }, async (user, input, formData) => {
  const files = chosenImages(formData);
  const values = { text: input.text };
  if (files.length > MAX_IMAGES_PER_POST) {
    return fieldFailure("images", `Attach at most ${MAX_IMAGES_PER_POST} images.`, values);
  }
  const alts = z.array(altTextSchema).safeParse(files.map((_, index) => formData.getAll("alt")[index] ?? ""));
  if (!alts.success) return fieldFailure("images", alts.error.issues[0]?.message ?? "Check the image descriptions.", values);

  // Every image is processed before the post exists; if one is refused or the
  // insert fails, the files stored so far are removed again: no post without
  // its images, no image without its post.
  const stored: StoredImage[] = [];
  try {
    for (const file of files) {
      const saved = await saveUploadedImage(file, "post");
      if (!saved.ok) {
        await deleteUnreferencedFiles(stored.map((image) => image.key));
        return fieldFailure("images", `${file.name || "An image"}: ${saved.message}`, values);
      }
      stored.push(saved);
    }
    await db.post.create({
      data: {
        authorId: user.id,
        text: input.text,
        images: {
          create: stored.map((image, position) => ({
            position,
            fileKey: image.key,
            width: image.width,
            height: image.height,
            alt: alts.data[position] ?? "",
          })),
        },
      },
    });
  } catch (error) {
    // If the database is what failed, this cleanup fails too and the files stay
    // behind; the original error is the one worth reporting either way.
    await deleteUnreferencedFiles(stored.map((image) => image.key)).catch(() => undefined);
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Posted." };
});

export const deletePost = authedAction(
  { fields: ["postId", "redirectTo"], schema: postIdSchema.extend({ redirectTo: z.enum(["", "home"]) }) },
  async (user, input) => {
    let deleted;
    try {
      // Its author or an admin: the rule is part of the delete itself, so nothing happens between checking and deleting.
      deleted = await db.post.delete({
        where: { id: input.postId, AND: [removablePostsBy(user)] },
        select: { images: { select: { fileKey: true } } },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
        return failure("This post is gone or is not yours to delete.");
      }
      throw error;
    }
    (await requestLogger()).info({ event: "post-deleted", postId: input.postId, userId: user.id }, "Post deleted");
    await deleteUnreferencedFiles(deleted.images.map((image) => image.fileKey));
    revalidatePath("/", "layout");
    if (input.redirectTo === "home") redirect("/");
    return { ok: true, message: "Post deleted." };
  },
);

/**
 * Sets (rather than toggles) the viewer's like, so a double click, a second tab
 * or a retried request cannot undo itself; the unique key makes races harmless.
 */
export const setLike = authedAction({ fields: ["postId", "like"], schema: likeSchema }, async (user, input): Promise<
  { ok: true; liked: boolean; likeCount: number } | ActionFailure
> => {
  if (!(await writeLike(user.id, input.postId, input.like))) return failure(POST_GONE);
  const likeCount = await visibleLikeCount(input.postId);
  revalidatePath("/", "layout");
  return { ok: true, liked: input.like, likeCount };
});
