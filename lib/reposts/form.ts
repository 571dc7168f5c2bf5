import { userForm } from "@/lib/actions/authed";
import { refusedForm } from "@/lib/actions/result";
import { afterPostChange } from "@/lib/actions/revalidate";
import { setRepostSchema } from "./schema";
import * as reposts from "./service";

// Not in actions.ts: a "use server" module exports only its actions, and the cards' form without
// JavaScript submits this one for a reader it has already read (lib/posts/card-form.ts).

/** Reposts or takes back the repost of the post the form names (see service.ts). */
export const repostForm = userForm({ fields: [], given: ["postId", "repost"], schema: setRepostSchema }, async (user, input) => {
  const reposted = await reposts.setRepost(user, input);
  if (!reposted.ok) return refusedForm(reposted);
  // A repost shows in followers' home feeds, on the reposter's profile and in every card's count.
  afterPostChange();
  return reposted;
});
