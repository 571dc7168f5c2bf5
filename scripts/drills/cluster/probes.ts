import { createHash } from "node:crypto";
import { INVALID_CREDENTIALS } from "@/lib/auth/authenticate";
import { type FormPicker, allOf, byAction, byButton, formSubmission, postedForm } from "../../lib/http/form-action";
import { cardStateHref } from "@/lib/routes";
import { logIn } from "../../lib/http/sessions";
import { type Stream, openStream } from "../live";
import type { Instance } from "./instances";
import { pngImage } from "./images";
import type { DrillEnvironment } from "../environment";
import { acknowledgesPost } from "../traffic";

// What only several instances can get wrong, each shown by going to one instance and then to
// another directly (bypassing HAProxy), while the mixed load runs through HAProxy.

type Query = DrillEnvironment["query"];

const TIMEOUT_MS = 15_000;
const THROTTLED = "Too many attempts";

async function fetchPage(url: string, cookie = ""): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  return { status: response.status, html: await response.text() };
}

/** Submits the form `pick` selects on `pageUrl`, as a browser without JavaScript. */
export async function submitOn(pageUrl: string, cookie: string, pick: FormPicker, fields: Record<string, string | Blob> = {}) {
  const page = await fetchPage(pageUrl, cookie);
  const { url, init } = formSubmission(pageUrl, postedForm(page.html, pick), { cookie, fields });
  const sentAt = performance.now();
  // Not followed: a form's redirect is its answer (a post leads to the home feed, acknowledgesPost).
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  return { status: response.status, html: await response.text(), location: response.headers.get("location"), sentAt };
}

/** Whether `cookie` is signed in on `instance`: /notifications answers 200 rather than sending to log in. */
async function signedInOn(instance: Instance, cookie: string): Promise<boolean> {
  return (await fetchPage(`${instance.url}/notifications`, cookie)).status === 200;
}

export type SessionProbe = { signedInOn: string[]; loggedOutOn: string; stillSignedInAfterLogout: string[] };

/**
 * A session made through HAProxy works on every instance, and logging out on one ends it on
 * all of them (the session row is in PostgreSQL; the cookie alone no longer suffices).
 */
export async function probeSessions(instances: Instance[], proxyUrl: string, username: string): Promise<SessionProbe> {
  const cookie = await logIn(proxyUrl, username);
  const signedIn: string[] = [];
  for (const instance of instances) if (await signedInOn(instance, cookie)) signedIn.push(instance.name);
  const [first, outOn, ...rest] = instances;
  await submitOn(`${outOn!.url}/`, cookie, byButton("Log out"));
  const still: string[] = [];
  for (const instance of [first!, ...rest]) if (await signedInOn(instance, cookie)) still.push(instance.name);
  return { signedInOn: signedIn, loggedOutOn: outOn!.name, stillSignedInAfterLogout: still };
}

export type RateLimitProbe = { attempts: { instance: string; answer: "wrong" | "throttled" | "other" }[] };

/**
 * Wrong passwords for one account from one address, each on the next instance: five are
 * allowed in 15 minutes (lib/auth/throttle.ts), so the sixth is refused wherever it lands.
 */
export async function probeRateLimit(instances: Instance[], username: string): Promise<RateLimitProbe> {
  const attempts: RateLimitProbe["attempts"] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const instance = instances[attempt % instances.length]!;
    const { html } = await submitOn(`${instance.url}/login`, "", byButton("Log in"), { identifier: username, password: `not the password ${attempt}` });
    const answer = html.includes(THROTTLED) ? "throttled" : html.includes(INVALID_CREDENTIALS) ? "wrong" : "other";
    attempts.push({ instance: instance.name, answer });
  }
  return { attempts };
}

export type ImageProbe = { postedOn: string; acknowledged: boolean; key: string | null; servedBy: string[]; refusedBy: string[] };

/** A post with an image made on one instance; its file must come, byte for byte, from every other instance and through HAProxy. */
export async function probeImage(instances: Instance[], proxyUrl: string, cookie: string, query: Query): Promise<ImageProbe> {
  const [postOn, ...others] = instances;
  const text = `Cluster drill image probe ${Date.now()}`;
  const image = new Blob([new Uint8Array(await pngImage(1_000_000))], { type: "image/png" });
  const answer = await submitOn(`${postOn!.url}/`, cookie, byButton("Post"), { text, images: image });
  const [row] = await query<{ file_key: string }>(
    "SELECT post_images.file_key FROM post_images JOIN posts ON posts.id = post_images.post_id WHERE posts.text = $1",
    [text],
  );
  const key = row?.file_key ?? null;
  const servedBy: string[] = [];
  const refusedBy: string[] = [];
  if (key) {
    for (const [name, base] of [...others.map((instance) => [instance.name, instance.url]), ["HAProxy", proxyUrl]] as [string, string][]) {
      const response = await fetch(`${base}/uploads/${key}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      const bytes = Buffer.from(await response.arrayBuffer());
      const sameFile = response.status === 200 && response.headers.get("content-type") === "image/webp" && `${createHash("sha256").update(bytes).digest("hex")}.webp` === key;
      (sameFile ? servedBy : refusedBy).push(name);
    }
  }
  return { postedOn: postOn!.name, acknowledged: acknowledgesPost(answer), key, servedBy, refusedBy };
}

export type LiveProbe = { streamOn: string; likedOn: string; deliveredMs: number | null };

/** Someone new, with a post and nothing to be notified of yet: their unread count can only go from 0 to 1. */
async function freshReader(query: Query): Promise<{ username: string; postId: string }> {
  const suffix = createHash("sha256").update(String(Date.now() + Math.random())).digest("hex").slice(0, 8);
  const username = `cluster_reader_${suffix}`;
  await query(
    `WITH made AS (
       INSERT INTO users (id, username, email, password_hash, display_name, updated_at)
       SELECT 'cluster' || $1::TEXT, $2::TEXT, $2::TEXT || '@example.com', (SELECT password_hash FROM users WHERE password_hash IS NOT NULL LIMIT 1), 'Cluster reader', now()
       RETURNING id)
     INSERT INTO posts (id, author_id, text) SELECT 'clusterpost' || $1::TEXT, id, 'Waiting for a like' FROM made`,
    [suffix, username],
  );
  return { username, postId: `clusterpost${suffix}` };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A reader's live stream held on one instance; someone likes their post on another instance.
 * Only PostgreSQL's NOTIFY (lib/live) connects the two processes.
 */
export async function probeLive(instances: Instance[], proxyUrl: string, likerCookie: string, query: Query): Promise<LiveProbe> {
  const [streamOn, likeOn] = instances;
  const reader = await freshReader(query);
  const readerCookie = await logIn(proxyUrl, reader.username);
  const stream: Stream = await withTimeout(openStream(streamOn!.url, readerCookie), TIMEOUT_MS, "/api/live");
  try {
    const before = stream.unread ?? 0;
    // The card's one form says what to change by the button pressed: a browser sends its name and value.
    const { sentAt } = await submitOn(`${likeOn!.url}/p/${reader.postId}`, likerCookie, allOf(byAction(cardStateHref(reader.postId)), byButton(/^Like\b/)), { like: "true" });
    const deadline = Date.now() + TIMEOUT_MS;
    while ((stream.unread ?? 0) <= before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    return { streamOn: streamOn!.name, likedOn: likeOn!.name, deliveredMs: (stream.unread ?? 0) > before ? stream.at - sentAt : null };
  } finally {
    stream.request.destroy();
  }
}
