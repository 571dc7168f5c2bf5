// What the page that a form sent without JavaScript comes back to says of it: why it was refused,
// or what it did when that shows only as something gone or changed (a row unblocked in the
// settings). Its answer (a 303) carries one of these known codes in the address, and the page
// says the sentence for it (lib/actions/page-notices.ts). The address never carries a sentence:
// anyone can write one.

import { POST_OUTCOME_PARAM } from "@/lib/routes";

/** The query parameter that carries the code: "/@ada/followers?refused=follow-limit#person-…". */
export const REFUSAL_PARAM = "refused";

export const REFUSAL_NOTICES = ["post-gone", "account-gone", "follow-limit", "signed-out", "unavailable", "not-done"] as const;

export type RefusalNotice = (typeof REFUSAL_NOTICES)[number];

/** The query parameter of a success: "/settings/safety?said=unblocked". */
export const DONE_PARAM = "said";

export const DONE_NOTICES = ["unblocked", "muted", "unmuted", "reports-dismissed", "suspension-lifted"] as const;

export type DoneNotice = (typeof DONE_NOTICES)[number];

/**
 * The request headers in which proxy.ts hands the root layout (which Next.js gives no address)
 * the code of a page asked for with one; absent on every other request.
 */
export const REFUSAL_NOTICE_HEADER = "x-refusal-notice";
export const DONE_NOTICE_HEADER = "x-done-notice";

/** `value` if it is one of the codes; anything else is ignored. */
export function refusalNoticeNamed(value: string | null): RefusalNotice | null {
  return REFUSAL_NOTICES.find((notice) => notice === value) ?? null;
}

/** `value` if it is one of the success codes; anything else is ignored. */
export function doneNoticeNamed(value: string | null): DoneNotice | null {
  return DONE_NOTICES.find((notice) => notice === value) ?? null;
}

/**
 * `page` as a path, opened at `anchor` (an element id) when given, saying `notice` (or `done`) when
 * given and no earlier one, nor the home page's news of a post ("Posted.", said once when it came).
 */
export function pageAddress(page: URL, notice: RefusalNotice | null, anchor: string | null, done: DoneNotice | null = null): string {
  const address = new URL(page);
  for (const said of [REFUSAL_PARAM, DONE_PARAM, POST_OUTCOME_PARAM]) address.searchParams.delete(said);
  if (notice) address.searchParams.set(REFUSAL_PARAM, notice);
  else if (done) address.searchParams.set(DONE_PARAM, done);
  address.hash = anchor ?? "";
  return `${address.pathname}${address.search}${address.hash}`;
}
