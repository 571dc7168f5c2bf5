import { z } from "zod";
import { recordId } from "@/lib/validation/ids";

/**
 * The repost form: which post, and the state the person wants (reposted or
 * not), so a double submit, a retry or a second tab cannot undo itself.
 */
export const setRepostSchema = z.object({
  postId: recordId("Unknown post."),
  repost: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export type SetRepostInput = z.output<typeof setRepostSchema>;
