import { answeredPageAddress } from "@/lib/actions/page-notices";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";
import { setCardState } from "@/lib/posts/card-form";
import { BOOKMARKS_PATH, cardAnchor, postHref } from "@/lib/routes";
import { hostHeaders, pageFormWasSentFrom } from "@/lib/navigation/form-page";
import { CROSS_SITE_MESSAGE, isThisSite } from "@/lib/security/request-guard";
import { recordId } from "@/lib/validation/ids";

const TEXT = { "content-type": "text/plain; charset=utf-8" };
const NO_SUCH_POST = "There is no such post.";

/**
 * A card's like, repost and bookmark form without JavaScript
 * (components/posts/card-actions.tsx, lib/posts/card-form.ts). A plain form
 * post rather than a server action, whose hidden inputs cost every card of a
 * feed about 150 bytes (issue 11's page bytes); it gets the checks a server
 * action gets: sent from this site (its Origin, which browsers send with every
 * form post; the session cookie is SameSite=Lax besides), then setCardState
 * reads the session and parses the form with its action's schema. It answers as the
 * server action did: with the page it was sent from, now re-rendered (303),
 * at the card's place in it (or the one that takes its place: setCardState), or
 * the login page for a reader whose session ended, which leads back to that card. A refusal's
 * sentence, which the action says next to the button, comes back as a code the page says
 * (answeredPageAddress).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const origin = request.headers.get("origin");
  if (origin === null || !isThisSite(origin, hostHeaders(request.headers))) return new Response(CROSS_SITE_MESSAGE, { status: 403, headers: TEXT });
  const form = await request.formData().catch(() => null);
  if (!form) return new Response(UNREADABLE_FORM_MESSAGE, { status: 400, headers: TEXT });

  const { id } = await params;
  // The address names the post, and the answer's Location repeats it: one no post can have
  // (a decoded line break, an emoji) would make that header throw.
  if (!recordId().safeParse(id).success) return new Response(NO_SUCH_POST, { status: 404, headers: TEXT });
  const page = pageFormWasSentFrom(request.headers.get("referer"), hostHeaders(request.headers));
  const result = await setCardState(id, form, page?.pathname === BOOKMARKS_PATH);
  const landing = result.ok ? result.landing : id;
  const location = page ? answeredPageAddress(page, result, landing && cardAnchor(landing)) : answeredPageAddress(new URL(postHref(id), request.url), result, null);
  return new Response(null, { status: 303, headers: { location } });
}
