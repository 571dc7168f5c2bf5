import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginUrl } from "@/lib/auth/callback-url";
import { ACCOUNT_GONE } from "@/lib/follows/schema";
import { hostHeaders, pageFormWasSentFrom } from "@/lib/navigation/form-page";
import { type DoneNotice, REFUSAL_NOTICES, REFUSAL_PARAM, type RefusalNotice, pageAddress } from "@/lib/navigation/page-notice";
import { POST_GONE } from "@/lib/posts/schema";
import { SUSPENSION_LIFTED } from "@/lib/moderation/schema";
import { DECISION_DONE } from "@/lib/reports/schema";
import { FOLLOWS_REACHED_SENTENCE, followLimitMessage } from "@/lib/services/write-limits";
import { SIGNED_OUT_MESSAGE } from "./authed";
import type { ActionResult } from "./result";
import { UNAVAILABLE_MESSAGE } from "./unavailable";

// The refusals of the forms a card or a person's row sends without JavaScript (like, repost,
// bookmark, follow, block, mute), each as the code its page is sent back with
// (lib/navigation/page-notice.ts) and the sentence that code says there: the one the form says
// in place with JavaScript. Blocked, suspended and deleted accounts and posts all answer
// "no longer available", as they do with JavaScript.

const NOT_DONE = "That did not work. Reload the page and try again.";

const SAID: Record<Exclude<RefusalNotice, "follow-limit">, string> = {
  "post-gone": POST_GONE,
  "account-gone": ACCOUNT_GONE,
  "signed-out": SIGNED_OUT_MESSAGE,
  unavailable: UNAVAILABLE_MESSAGE,
  "not-done": NOT_DONE,
};

/** What a success sent back with a code says: what the form says in place with JavaScript, or what its row going away meant. */
export const DONE_SAID: Record<DoneNotice, string> = {
  unblocked: "Unblocked.",
  muted: "Muted.",
  unmuted: "Unmuted.",
  "reports-dismissed": DECISION_DONE.dismiss,
  "suspension-lifted": SUSPENSION_LIFTED,
};

/** The code for a refusal's message; one without a code of its own (a form altered in the page) is "not-done". */
export function refusalNoticeFor(message: string | undefined): RefusalNotice {
  if (message?.startsWith(FOLLOWS_REACHED_SENTENCE)) return "follow-limit";
  return REFUSAL_NOTICES.find((notice) => notice !== "follow-limit" && SAID[notice] === message) ?? "not-done";
}

/** What `notice` says to `viewerId`: the follow limit with how long to wait now, read only here. */
export async function refusalNoticeText(notice: RefusalNotice, viewerId: string | null): Promise<string> {
  if (notice !== "follow-limit") return SAID[notice];
  return viewerId ? followLimitMessage(viewerId) : FOLLOWS_REACHED_SENTENCE;
}

/**
 * Where a form sent without JavaScript from `page` comes back to: the page at `anchor`, saying
 * why when `result` is a refusal, and `done` when given and it succeeded; for a reader whose
 * session ended (or who was suspended), the login page, which says so and leads back to it.
 */
export function answeredPageAddress(page: URL, result: ActionResult, anchor: string | null, done: DoneNotice | null = null): string {
  if (result.ok) return pageAddress(page, null, anchor, done);
  const notice = refusalNoticeFor(result.message);
  if (notice !== "signed-out") return pageAddress(page, notice, anchor);
  return `${loginUrl(pageAddress(page, null, anchor))}&${REFUSAL_PARAM}=${notice}`;
}

/**
 * Sends a form-only server action's browser back to the page its form was on (answeredPageAddress),
 * so that a reload sends nothing again. A form from no page of this site (no Referer) is left to
 * Next.js, which answers with the page it was posted to.
 */
export async function returnToFormPage(result: ActionResult, anchor: string | null, done: DoneNotice | null = null): Promise<void> {
  const request = await headers();
  const page = pageFormWasSentFrom(request.get("referer"), hostHeaders(request));
  if (page) redirect(answeredPageAddress(page, result, anchor, done));
}
