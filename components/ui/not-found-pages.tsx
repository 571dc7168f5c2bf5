"use client";

import { NotFoundMessage } from "./not-found-message";

// Client components on purpose: every page's RSC payload carries its layouts' not-found
// element, and a client one travels as a reference of a few bytes instead of its whole
// markup (twice per layout, in the HTML and in navigations). The not-found files around
// them stay on the server, where a title can be exported.

export function PageNotFound() {
  return <NotFoundMessage title="Page not found" reason="The page you are looking for does not exist or was removed." />;
}

export function PostNotFound() {
  return <NotFoundMessage title="This post isn’t here" reason="It may have been deleted." />;
}

export function CommentNotFound() {
  return <NotFoundMessage title="This comment isn’t here" reason="It may have been deleted, or the post it was on." />;
}
