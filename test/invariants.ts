import { readdir } from "node:fs/promises";
import { expect } from "vitest";
import type { EchoLimits } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { uploadDir } from "@/lib/uploads/storage";
import { RedirectError } from "./next/runtime";

// What property tests check after every hostile request: the action answered
// with a result a form can show (or redirected), and a refusal changed nothing.

export type TableCounts = Record<
  | "users"
  | "posts"
  | "postImages"
  | "postRevisions"
  | "comments"
  | "likes"
  | "bookmarks"
  | "reposts"
  | "follows"
  | "retiredUsernames"
  | "rateLimitEvents"
  | "postMentions"
  | "commentMentions"
  | "postTags"
  | "reports"
  | "moderationLog",
  number
>;

/** Row counts of every table the app writes. */
export async function countRows(): Promise<TableCounts> {
  const [users, posts, postImages, postRevisions, comments, likes, bookmarks, reposts, follows, retiredUsernames, rateLimitEvents, postMentions, commentMentions, postTags] = await Promise.all([
    db.user.count(),
    db.post.count(),
    db.postImage.count(),
    db.postRevision.count(),
    db.comment.count(),
    db.like.count(),
    db.bookmark.count(),
    db.repost.count(),
    db.follow.count(),
    db.retiredUsername.count(),
    db.rateLimitEvent.count(),
    db.postMention.count(),
    db.commentMention.count(),
    db.postTag.count(),
  ]);
  const [reports, moderationLog] = await Promise.all([db.report.count(), db.moderationLogEntry.count()]);
  return { users, posts, postImages, postRevisions, comments, likes, bookmarks, reposts, follows, retiredUsernames, rateLimitEvents, postMentions, commentMentions, postTags, reports, moderationLog };
}

/** Row counts of everything but the throttle's bookkeeping, which refused logins and sign-ups are meant to add to. */
export async function countContentRows(): Promise<Omit<TableCounts, "rateLimitEvents">> {
  const counts: Partial<TableCounts> = await countRows();
  delete counts.rateLimitEvents;
  return counts as Omit<TableCounts, "rateLimitEvents">;
}

/** The files in UPLOAD_DIR, temporary ones included. */
export async function uploadedFiles(): Promise<string[]> {
  return (await readdir(uploadDir()).catch(() => [])).sort();
}

/** Row counts and upload folder together: what a refused request must leave as it found it. */
export async function snapshot() {
  const [rows, files] = await Promise.all([countRows(), uploadedFiles()]);
  return { rows, files };
}

/**
 * The same without the throttling counters: a refused password check is
 * meant to leave one behind.
 */
export async function contentSnapshot() {
  const [rows, files] = await Promise.all([countContentRows(), uploadedFiles()]);
  return { rows, files };
}

/** A user's whole row, password hash and timestamps included, so any write shows. */
export function userRow(id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
}

export type Outcome<Result> = { redirectedTo: string } | { result: Result };

/** Runs an action; a redirect (how actions end on success) is an outcome, any other throw fails the test. */
export async function settle<Result>(action: () => Promise<Result>): Promise<Outcome<Result>> {
  try {
    return { result: await action() };
  } catch (error) {
    if (error instanceof RedirectError) return { redirectedTo: error.url };
    throw error;
  }
}

type AnyResult = { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined>; values?: Record<string, string> };

/**
 * The result is success, or a refusal with a message or at least one field
 * error a person can read, that echoes only the fields in `echo` (none by
 * default), each within its limit.
 */
export function expectFormResult(result: AnyResult, echo: EchoLimits = {}): void {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) return;
  for (const [field, value] of Object.entries(result.values ?? {})) {
    expect(Object.keys(echo), `"${field}" is echoed`).toContain(field);
    expect(value.length, `"${field}" is echoed within its limit`).toBeLessThanOrEqual(echo[field] ?? 0);
  }
  const fieldMessages = Object.values(result.fieldErrors ?? {}).flat();
  const messages = [result.message, ...fieldMessages].filter((message) => message !== undefined);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message).toMatch(/[A-Za-z]{3,}/);
}


/**
 * Submits a hostile form the way every action property checks it: the action
 * answers with a result a form can show (not a redirect) echoing only `echo`'s
 * fields within their limits, and a refusal leaves every table and the upload
 * folder as it found them. Returns the result and the snapshots around it for
 * the property's own checks.
 */
export async function submitHostileForm<Result extends AnyResult>(action: () => Promise<Result>, echo: EchoLimits = {}) {
  const before = await snapshot();
  const outcome = await settle(action);
  if (!("result" in outcome)) throw new Error(`The action redirected to ${outcome.redirectedTo} instead of answering the form.`);
  expectFormResult(outcome.result, echo);
  const after = await snapshot();
  if (!outcome.result.ok) expect(after).toEqual(before);
  return { result: outcome.result, before, after };
}

/** Percent-decodes what decodes, leaving malformed escapes alone. */
function decodeOnce(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16)));
}

const OTHER_HOST = /^\/[/\\]/;

/**
 * What every redirect target must be: a path on this site that a browser, on
 * any page of the site, resolves to the same site and to the same path (so no
 * later normalisation changes its meaning), which does not start with "//" or
 * "/\" even after one more percent-decoding.
 */
export function expectSameOriginPath(target: string) {
  expect(target).toMatch(/^\/[\x21-\x7e]*$/);
  expect(target).not.toMatch(OTHER_HOST);
  expect(decodeOnce(target)).not.toMatch(OTHER_HOST);
  for (const page of ["https://commons.example/", "https://commons.example/a/b/c?q=1#h"]) {
    const resolved = new URL(target, page);
    expect(resolved.origin).toBe("https://commons.example");
    expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(target);
  }
}
