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
  "@<script>",
  "@ada<script>alert(1)</script>",
  '#"><img onerror=alert(1)>',
  "#tag\"><img src=x onerror=alert(1)>",
  "#javascript:alert(1)",
  "https://x.test/#\"><svg onload=alert(1)>",
  "JaVaScRiPt:alert(1)",
  "\u202E#gnp.exe\u202C",
  "#ab\u200Dcd @ada\u200Dx",
  "\u200F@ada\u200E #שלום",
  "#café #CAFE\u0301",
];

/** The accounts a page found shown among the mentions (the rest stay text). */
const MENTIONED = ["ada", "ada_"];

/** Where a rendered link may point: outside http(s) addresses, the profiles of MENTIONED, tag pages, and `more`. */
function expectSafeHrefs(markup: string, more?: RegExp) {
  for (const [, href = ""] of markup.matchAll(/href="([^"]*)"/g)) {
    if (more?.test(href) || /^https?:\/\//.test(href)) continue;
    if (href.startsWith("/tags/")) {
      expect(decodeURIComponent(href.slice("/tags/".length))).toMatch(/^[\p{L}\p{M}\p{N}_]+$/u);
      continue;
    }
    expect(MENTIONED.map((username) => `/@${username}`)).toContain(href);
  }
}

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
  it("PostText shows any text verbatim, with links to http(s) addresses, shown mentions and tag pages only", () => {
    fc.assert(
      fc.property(userText, (text) => {
        const markup = renderToStaticMarkup(createElement(PostText, { text, mentioned: MENTIONED }));

        expectOnly(markup, ["p", "a", "span"]);
        expectSafeHrefs(markup);
        expect(visibleText(markup)).toBe(text);
      }),
      { numRuns: runs.many * 2 },
    );
  });

  it("the comment list shows a comment's text and its author's name as text", () => {
    fc.assert(
      fc.property(userText, userText, (text, displayName) => {
        const author = { id: "u1", username: "ada", displayName, avatarKey: null, role: "USER" as const };
        const comment = { id: "c1", parentId: null, depth: 1, state: "shown" as const, text, createdAt: new Date(), author, hasReplies: false, moreReplies: false, mentioned: MENTIONED };
        const markup = renderToStaticMarkup(
          createElement(CommentBody, { postId: "p1", comment, viewerId: null, viewerIsAdmin: false, postAuthorId: "u2" }),
        );

        expectOnly(markup, ["ol", "li", "span", "div", "a", "bdi", "time", "p"]);
        // Besides the text's own links: the comment's permalink, on its time.
        expectSafeHrefs(markup, /^\/p\/p1\/c\/c1$/);
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
          bioMentioned: MENTIONED,
          _count: { posts: 1, followers: 0, following: 0 },
        };
        const markup = renderToStaticMarkup(createElement(ProfileHeader, { profile, viewerId: "u1", viewerIsAdmin: false, viewerFollows: false }));

        expectOnly(markup, ["section", "div", "span", "a", "h1", "p", "time", "strong"]);
        expect(visibleText(markup)).toContain(displayName);
        if (bio) expect(visibleText(markup)).toContain(bio);
        // The bio's links, and the header's own: the profile's lists and settings.
        expectSafeHrefs(markup, /^(\/@ada\/(followers|following)|\/settings)$/);
      }),
      { numRuns: runs.many },
    );
  });
});

describe("mentions and tags in rendered text", () => {
  it("links a mention of a shown account and a tag, and leaves any other @name as text", () => {
    const markup = renderToStaticMarkup(createElement(PostText, { text: "@Ada meets @ghost at #Café", mentioned: ["ada"] }));
    expect(markup).toBe('<p class="user-text"><a href="/@ada">@Ada</a> meets @ghost at <a href="/tags/caf%C3%A9">#Café</a></p>');
  });

  it("shows a long address shortened, with all of it in the link and its text", () => {
    const url = "https://www.example.com/a/very/long/path/to/somewhere";
    const markup = renderToStaticMarkup(createElement(PostText, { text: url }));
    expect(markup).toContain(`href="${url}" rel="nofollow ugc noopener noreferrer" target="_blank"`);
    expect(markup).toContain('aria-label="example.com/a/very/long/path/t…"');
    expect(visibleText(markup)).toBe(url);
    expect(markup).toContain('<span class="link-hidden">https://www.</span>example.com/a/very/long/path/t<span class="link-hidden link-cut">');
  });
});
