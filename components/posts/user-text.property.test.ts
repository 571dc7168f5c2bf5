import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "@/components/comments/comment-body";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { hostileString, runs } from "@/test/hostile/input";
import { PostText } from "./post-text";

// Components that show what users typed, rendered as the server does: whatever
// the text, it must come out as text, never as markup of its own.

const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "\"'><svg onload=alert(1)>",
  "https://x.test/\"><script>",
  "javascript:alert(1)",
  "@ada",
  "@Ada_\"><b>",
];

const userText = fc.oneof(
  hostileString,
  fc.tuple(hostileString, fc.constantFrom(...PAYLOADS), hostileString).map((parts) => parts.join("")),
);

function tagNames(markup: string): Set<string> {
  return new Set(Array.from(markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g), (match) => match[1]!.toLowerCase()));
}

/** The text a browser shows for `markup`: tags dropped, entities decoded. */
function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

function expectOnly(markup: string, allowed: string[]) {
  expect([...tagNames(markup)].filter((tag) => !allowed.includes(tag))).toEqual([]);
  for (const [tag] of markup.matchAll(/<[a-zA-Z][^>]*>/g)) expect(tag).not.toMatch(/\son\w+=/i);
}

describe("user text in rendered components", () => {
  it("PostText shows any text verbatim, with links to http(s) addresses only", () => {
    fc.assert(
      fc.property(userText, (text) => {
        const markup = renderToStaticMarkup(createElement(PostText, { text }));

        expectOnly(markup, ["p", "a"]);
        for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
        expect(visibleText(markup)).toBe(text);
      }),
      { numRuns: runs.many * 2 },
    );
  });

  it("the comment list shows a comment's text and its author's name as text", () => {
    fc.assert(
      fc.property(userText, userText, (text, displayName) => {
        const author = { id: "u1", username: "ada", displayName, avatarKey: null, role: "USER" as const };
        const comment = { id: "c1", parentId: null, depth: 1, state: "shown" as const, text, createdAt: new Date(), author, hasReplies: false, moreReplies: false };
        const markup = renderToStaticMarkup(
          createElement(CommentBody, { postId: "p1", comment, viewerId: null, viewerIsAdmin: false, postAuthorId: "u2" }),
        );

        expectOnly(markup, ["ol", "li", "span", "div", "a", "time", "p"]);
        expect(visibleText(markup)).toContain(displayName);
        expect(visibleText(markup)).toContain(text);
      }),
      { numRuns: runs.many },
    );
  });

  it("the profile header shows a display name and bio as text", () => {
    fc.assert(
      fc.property(userText, userText, (displayName, bio) => {
        const profile = {
          id: "u1",
          username: "ada",
          displayName,
          bio,
          avatarKey: null,
          role: "USER" as const,
          suspendedAt: null,
          createdAt: new Date("2026-01-01"),
          _count: { posts: 1, followers: 0, following: 0 },
        };
        const markup = renderToStaticMarkup(createElement(ProfileHeader, { profile, viewerId: "u1", viewerIsAdmin: false, viewerFollows: false }));

        expectOnly(markup, ["section", "div", "span", "a", "h1", "p", "time", "strong"]);
        expect(visibleText(markup)).toContain(displayName);
        if (bio) expect(visibleText(markup)).toContain(bio);
        // The bio's links: http(s) addresses, and profiles of this site for @names.
        for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|\/@[a-z0-9_]{3,30}(\/followers|\/following)?$|\/settings$)/);
      }),
      { numRuns: runs.many },
    );
  });
});
