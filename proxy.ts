import { type NextRequest, NextResponse } from "next/server";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/logging/request-id";
import {
  DONE_NOTICE_HEADER,
  DONE_PARAM,
  REFUSAL_NOTICE_HEADER,
  REFUSAL_PARAM,
  doneNoticeNamed,
  refusalNoticeNamed,
} from "@/lib/navigation/page-notice";
import { exceededBodyLimit } from "@/lib/security/body-limit";
import { contentSecurityPolicy } from "@/lib/security/headers";

/**
 * Every request gets an id (the caller's, if well formed): the app's log lines
 * carry it and the response returns it. Pages also get a fresh CSP nonce;
 * Next.js reads it from the request header and puts it on its scripts, and the
 * refusal or success their address says, if any (lib/navigation/page-notice.ts). A body
 * over the limit is refused here, with a message, before anything reads it.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const exceeded = exceededBodyLimit(request.headers);
  if (exceeded) {
    return new NextResponse(exceeded.message, {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8", [REQUEST_ID_HEADER]: requestId },
    });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  let policy: string | undefined;
  if (servesPage(request)) {
    // 128 random bits, as base64: a page carries its nonce some thirty times (issue 11's page bytes).
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }
  // Only a page opened with a code says it: not one that a form without JavaScript is posted to
  // from it, which Next.js answers at the same address.
  requestHeaders.delete(REFUSAL_NOTICE_HEADER);
  requestHeaders.delete(DONE_NOTICE_HEADER);
  if (policy && request.method === "GET") {
    const query = request.nextUrl.searchParams;
    const refused = refusalNoticeNamed(query.get(REFUSAL_PARAM));
    const done = doneNoticeNamed(query.get(DONE_PARAM));
    if (refused) requestHeaders.set(REFUSAL_NOTICE_HEADER, refused);
    else if (done) requestHeaders.set(DONE_NOTICE_HEADER, done);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** Pages only need a policy: uploads, API answers and prefetches carry no scripts. */
function servesPage(request: NextRequest): boolean {
  if (/^\/(api|uploads)(\/|$)/.test(request.nextUrl.pathname)) return false;
  return !request.headers.has("next-router-prefetch") && request.headers.get("purpose") !== "prefetch";
}

export const config = {
  // Static build files carry neither logs nor scripts.
  matcher: ["/((?!_next/static|_next/image|icon.svg|robots.txt).*)"],
};
